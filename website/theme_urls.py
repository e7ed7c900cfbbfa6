from django.urls import path

from website import theme_views as views

app_name = "themes"

urlpatterns = [
    path("", views.ThemeListView.as_view(), name="list"),
    path("<slug:slug>/", views.ThemeDetailView.as_view(), name="detail"),
]

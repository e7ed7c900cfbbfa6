from django.urls import path

from website import reform_views as views

app_name = "reforms"

urlpatterns = [
    path("", views.ReformListView.as_view(), name="list"),
    path("<slug:slug>/", views.ReformDetailView.as_view(), name="detail"),
]

from django.urls import path

from home import reform_views as views

app_name = "reforms"

urlpatterns = [
    path("", views.ReformListView.as_view(), name="list"),
    path("<slug:slug>/", views.ReformDetailView.as_view(), name="detail"),
]

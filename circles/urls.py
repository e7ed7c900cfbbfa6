from django.urls import path

from circles import views

app_name = "circles"

urlpatterns = [
    path("circles/", views.circle_list_page, name="list"),
    # Two segments, so no circle's slug can shadow it.
    path("circles/join/thanks/", views.confirmation, name="confirmation"),
    path("circles/join/confirm/<str:token>/", views.confirm, name="confirm"),
    path("circles/join/confirmed/", views.confirmed, name="confirmed"),
    path("circles/<slug:slug>/", views.circle_detail, name="detail"),
    path("privacy/", views.privacy, name="privacy"),
]

from django.urls import path

from website import views

app_name = "home"

urlpatterns = [
    path("", views.home, name="home"),
    path("about/", views.about, name="about"),
    path("about/contact/", views.contact, name="contact"),
    path("about/accessibility/", views.accessibility, name="accessibility"),
    path("about/privacy/", views.privacy, name="privacy"),
    path("open-data/", views.open_data, name="open-data"),
]

from django.urls import path

from website import member_views as views

app_name = "members"

urlpatterns = [
    path("", views.MemberListView.as_view(), name="list"),
    path("<slug:slug>/", views.MemberDetailView.as_view(), name="detail"),
]

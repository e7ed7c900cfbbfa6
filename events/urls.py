from django.urls import path

from events import views

app_name = "meetings"

urlpatterns = [
    path("", views.MeetingListView.as_view(), name="list"),
    path("<slug:slug>/", views.MeetingDetailView.as_view(), name="detail"),
    path("<slug:slug>/calendar.ics", views.meeting_calendar, name="calendar"),
    path(
        "<slug:slug>/sessions/<slug:session_slug>/calendar.ics",
        views.session_calendar,
        name="session_calendar",
    ),
]

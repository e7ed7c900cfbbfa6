from django.urls import path, re_path

from plans.views import CommitmentListView
from website.commitment_views import CommitmentDetailView

app_name = "commitments"

urlpatterns = [
    path("", CommitmentListView.as_view(), name="list"),
    # OGP's ids (ARCRR0003) in either case: lower case redirects to capitals.
    re_path(
        r"^(?P<ogp_id>[A-Za-z]{2,8}[0-9]{4})/$",
        CommitmentDetailView.as_view(),
        name="detail",
    ),
]

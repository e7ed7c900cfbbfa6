"""A URLconf for the server-error tests: the project's, plus views that fail."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from ogplocal.urls import urlpatterns as project_urlpatterns

# What a bug's exception might carry; none of it may reach the visitor.
FAILURE = "SELECT password FROM auth_user WHERE SECRET_KEY='x' -- boom"


def fail(request):
    # A form's fields are read, as a real view would, before the bug strikes.
    fields = request.POST.dict()
    raise RuntimeError(f"{FAILURE} ({len(fields)} fields)")


urlpatterns = [
    path("api/v1/fail/", fail),
    *i18n_patterns(path("fail/", fail), prefix_default_language=True),
    *project_urlpatterns,
]

handler400 = "common.http.errors.bad_request"
handler500 = "common.http.errors.server_error"

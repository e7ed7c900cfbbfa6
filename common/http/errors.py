"""The site's error answers: a page in the request's language, or JSON
``{"detail": …}`` under the API.

Django's handlers (handler400, handler500), the middleware in front of every view
(the query-string guard, the API's rate limit) and the pages all answer through
these, so a request reads the same refusal wherever it is refused. An error page
touches neither the database nor a context processor, so that it cannot fail in
turn.
"""

import sys

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.csrf import requires_csrf_token
from django_guid import get_guid

from common.http.health import part_failures
from common.http.request_language import is_api_request, request_language

# Seconds a client is asked to wait before trying again when the database is down.
RETRY_AFTER_SECONDS = 30


def error_page(request, *, status, template_name, **context):
    """An error page in the request's language that touches neither the database
    nor a context processor, so that it cannot fail in turn."""
    with translation.override(request_language(request).interface):
        html = loader.get_template(template_name).render(
            {"LANGUAGE_CODE": translation.get_language(), **context}
        )
    return HttpResponse(html, status=status)


def bad_request_response(request, *, status=400, page_message, api_detail):
    """A refused request: JSON ``{"detail": …}`` under the API, else the 400
    page with the message. Both messages are lazy, translated here."""
    with translation.override(request_language(request).interface):
        if is_api_request(request):
            return JsonResponse({"detail": str(api_detail)}, status=status)
        return error_page(
            request,
            status=status,
            template_name="400.html",
            message=str(page_message),
        )


@requires_csrf_token
def bad_request(request, exception):
    """Django's answer to a request it refuses before any view (handler400): a body
    too large (413), too many fields, a host not served. It says which, in the
    visitor's language (JSON under the API)."""
    if isinstance(exception, RequestDataTooBig):
        return bad_request_response(
            request,
            status=413,
            page_message=_(
                "What you sent is too large for us to read. Shorten it and "
                "send it again."
            ),
            api_detail=_("The request body is too large."),
        )
    if isinstance(exception, TooManyFieldsSent):
        return bad_request_response(
            request,
            page_message=_(
                "The address or the form holds too many fields for us to read."
            ),
            api_detail=_("The request holds too many parameters."),
        )
    return bad_request_response(
        request,
        page_message=_("We could not understand this request."),
        api_detail=_("The request could not be understood."),
    )


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """The 500 page in the visitor's language (the language of the URL), with the
    request id the visitor can quote to us (the log line carries the same id).

    Django's own handler renders without a request or language; this one keeps the
    template free of anything that could fail again (no database, no request
    context processors). Under the API the answer is JSON, like its other errors.
    """
    request_id = get_guid()
    if database_unavailable(sys.exc_info()[1]):
        return service_unavailable(request, request_id)
    if is_api_request(request):
        with translation.override(request_language(request).interface):
            return JsonResponse(
                {
                    "detail": str(_("A server error occurred.")),
                    "request_id": request_id,
                },
                status=500,
            )
    return error_page(
        request, status=500, template_name=template_name, request_id=request_id
    )


def database_unavailable(error):
    """Whether ``error`` (the exception being handled) says the database could not
    be reached or stopped answering, rather than a fault in our code."""
    return isinstance(error, OperationalError | InterfaceError) or (
        isinstance(error, DatabaseError)
        and isinstance(error.__cause__, OperationalError | InterfaceError)
    )


def service_unavailable(request, request_id):
    """The 503 answer while the database is unreachable: the page in the visitor's
    language (JSON under the API), with Retry-After."""
    part_failures.failed("database")
    if is_api_request(request):
        with translation.override(request_language(request).interface):
            response = JsonResponse(
                {
                    "detail": str(
                        _(
                            "The service is briefly unavailable. Please try again "
                            "in a minute."
                        )
                    ),
                    "request_id": request_id,
                },
                status=503,
            )
    else:
        response = error_page(
            request, status=503, template_name="503.html", request_id=request_id
        )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def api_not_found(request, *args, **kwargs):
    """Any address under /api/ that names no endpoint: a JSON 404, like the
    API's own."""
    return JsonResponse({"detail": _("Not found.")}, status=404)


def too_many_requests(request, seconds):
    """The API's 429 answer: when to try again, in the header and in words."""
    with translation.override(request_language(request).interface):
        detail = ngettext(
            "Request was throttled. Expected available in %(seconds)d second.",
            "Request was throttled. Expected available in %(seconds)d seconds.",
            seconds,
        ) % {"seconds": seconds}
    response = JsonResponse({"detail": detail}, status=429)
    response["Retry-After"] = str(seconds)
    return response

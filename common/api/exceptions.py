"""Errors are JSON, whatever format was asked for: the exception handler writes
the body, ``JSONErrors`` (mixed into every API view) renders it."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import exceptions
from rest_framework.response import Response

from common.api.renderers import JSONRenderer


def exception_handler(exc, context):
    """DRF's handler, minus two things, and always rendered as JSON.

    The body is ``{"detail": "…"}`` or ``{"parameter": ["message"]}``, with
    Retry-After on a 429; a client that asked for CSV or iCal still gets readable
    JSON (see JSONErrors). Unlike DRF's: a Django 404 reads "Not found." (not the model's name), and
    nothing is rolled back: the API's views run outside a transaction (they only
    read), so DRF's set_rollback() could only break an enclosing one.
    """
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    if not isinstance(exc, exceptions.APIException):
        return None
    headers = {}
    if getattr(exc, "wait", None):
        headers["Retry-After"] = str(int(exc.wait))
    data = exc.detail if isinstance(exc.detail, list | dict) else {"detail": exc.detail}
    return Response(data, status=exc.status_code, headers=headers)


class JSONErrors:
    """An API view whose error answers are JSON whatever format was negotiated: a
    client that asked for CSV or iCal reads why it got none, and an error in an
    unknown ``?format=`` has no other format to be written in. DRF's
    ``finalize_response`` gives the answer the negotiated renderer; here an error
    answer gets the JSON one instead."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if isinstance(response, Response) and response.status_code >= 400:
            response.accepted_renderer = JSONRenderer()
            response.accepted_media_type = JSONRenderer.media_type
        return response

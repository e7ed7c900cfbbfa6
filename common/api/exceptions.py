"""Errors are JSON, whatever format was asked for."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import exceptions
from rest_framework.response import Response

from common.api.renderers import JSONRenderer


def exception_handler(exc, context):
    """DRF's handler, minus two things, and always rendered as JSON.

    The body is ``{"detail": "…"}`` or ``{"parameter": ["message"]}``, with
    Retry-After on a 429; a client that asked for CSV or iCal still gets readable
    JSON. Unlike DRF's: a Django 404 reads "Not found." (not the model's name), and
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
    request = context.get("request")
    if request is not None:
        request.accepted_renderer = JSONRenderer()
        request.accepted_media_type = JSONRenderer.media_type
    return Response(data, status=exc.status_code, headers=headers)

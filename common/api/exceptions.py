"""Errors are JSON, whatever format was asked for."""

from rest_framework.renderers import JSONRenderer
from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc, context):
    """DRF's handler (``{"detail": …}`` or ``{"parameter": ["message"]}``, with
    Retry-After on a 429), always rendered as JSON: a client that asked for CSV or
    iCal still gets a readable error."""
    response = drf_exception_handler(exc, context)
    request = context.get("request")
    if response is not None and request is not None:
        request.accepted_renderer = JSONRenderer()
        request.accepted_media_type = JSONRenderer.media_type
    return response

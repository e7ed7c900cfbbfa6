"""A request id on every request, response and log line.

A proxy's X-Request-ID is kept when it looks like an id (so one id follows a request
through every tier); otherwise one is made. Log records carry it as ``request_id``.
"""

import contextvars
import logging
import re
import uuid

HEADER = "X-Request-ID"
VALID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")

_current = contextvars.ContextVar("request_id", default="-")


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get(HEADER, "")
        request_id = incoming if VALID.fullmatch(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = _current.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            _current.reset(token)
        response[HEADER] = request_id
        return response


class RequestIdFilter(logging.Filter):
    """Adds ``record.request_id`` (``-`` outside a request) for the log format."""

    def filter(self, record):
        # django.request logs a response's status after the middleware has finished,
        # but hands the request to the record.
        request = getattr(record, "request", None)
        record.request_id = getattr(request, "request_id", None) or _current.get()
        return True


def current_request_id():
    """The id of the request being handled (``-`` outside a request)."""
    return _current.get()

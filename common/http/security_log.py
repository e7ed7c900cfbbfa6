"""Requests with a bad Host header are the internet's background noise.

Scanners reach the server by its address or under names it does not serve.
Django answers them with a 400 and logs each on the
``django.security.DisallowedHost`` logger at ERROR with the whole traceback:
dozens of lines for something nobody needs to act on, which buries real errors
and pages whoever watches ERROR. On that logger (settings.LOGGING) this filter
turns each record into one WARNING line: Django's own message, which names the
host (quoted with ``%r``, so a forged header cannot start a new line).
"""

import logging


class OneWarningLineFilter(logging.Filter):
    """Rewrites every record it sees as a WARNING without traceback."""

    def filter(self, record):
        record.levelno = logging.WARNING
        record.levelname = logging.getLevelName(logging.WARNING)
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True

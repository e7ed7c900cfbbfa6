"""Health endpoints for load balancers and orchestrators, and what they know.

``/healthz`` is the liveness check: the process answers, without touching the
database or the cache (a load balancer polls it often, and an app server must not
be restarted because PostgreSQL is). It says which part failed lately, as seen by
the requests themselves: ``ok``, or ``degraded`` with a line per part. ``/readyz``
checks what a request needs (the database and the cache) and answers 503, naming
the failed part, when one is unavailable.
"""

import logging
import threading
import time
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)

# A part is reported as down for this long after its last failure.
RECENT_SECONDS = 60.0
# The log says a part failed at most once per this many seconds.
QUIET_SECONDS = 30.0


class PartFailures:
    """When each part (``database``, ``cache``) last failed in this process, and
    when its next failure may be logged."""

    def __init__(self):
        self.lock = threading.Lock()
        self.last_failure = {}
        self.next_log_at = {}

    def failed(self, part):
        """Note a failure of ``part``; True when it should be logged (the first
        of each quiet period)."""
        with self.lock:
            now = time.monotonic()
            self.last_failure[part] = now
            if now < self.next_log_at.get(part, 0.0):
                return False
            self.next_log_at[part] = now + QUIET_SECONDS
            return True

    def recent(self):
        """``{"cache": 12.3}``: seconds since each part's failure, if recent."""
        now = time.monotonic()
        with self.lock:
            return {
                part: now - moment
                for part, moment in sorted(self.last_failure.items())
                if now - moment < RECENT_SECONDS
            }

    def clear(self):
        with self.lock:
            self.last_failure.clear()
            self.next_log_at.clear()


part_failures = PartFailures()


class PartFailureFilter(logging.Filter):
    """On the logger of a part's failures (settings.LOGGING): notes each failure
    for /healthz and lets one log record through per quiet period, so that a part
    that is down does not write a line per request."""

    def __init__(self, part):
        super().__init__()
        self.part = part

    def filter(self, record):
        if record.levelno < logging.WARNING:
            return True
        return part_failures.failed(self.part)


@never_cache
def healthz(request):
    recent = part_failures.recent()
    if not recent:
        return HttpResponse("ok", content_type="text/plain")
    lines = ["degraded"] + [
        f"{part}: unavailable {seconds:.0f} s ago" for part, seconds in recent.items()
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def _database_ready():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def _cache_ready():
    key = f"readyz:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=5)
    ready = cache.get(key) == "ok"
    cache.delete(key)
    return ready


CHECKS = {"database": _database_ready, "cache": _cache_ready}


@never_cache
def readyz(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            results[name] = "ok" if check() else "failed"
        except Exception:  # any failure of a dependency means "not ready", never a 500
            logger.warning("readyz: %s check failed", name, exc_info=True)
            results[name] = "failed"
    ready = all(result == "ok" for result in results.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", **results},
        status=200 if ready else 503,
    )

"""Health endpoints for load balancers and orchestrators.

``/healthz`` answers as cheaply as Django can (no database, no cache): the process is
up. ``/readyz`` checks what a request needs (the database and the cache) and answers
503, naming the failed part, when one is unavailable.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    return HttpResponse("ok", content_type="text/plain")


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

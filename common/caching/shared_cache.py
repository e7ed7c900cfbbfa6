"""Reads and writes of Django's cache that survive the cache failing.

The cache only saves work: when it is down (Redis stopped, unreachable), the
request is served as if nothing were remembered, and the log says why. django-redis
does this itself (IGNORE_EXCEPTIONS, settings.py) and logs to the same logger;
these guards give any other backend the same behaviour. The logger's filter
(common.http.health.PartFailureFilter) tells /healthz and keeps the log to a line
per half minute.
"""

import logging

from django.core.cache import caches

logger = logging.getLogger("common.caching")


def cache_get(alias, key):
    """The value under ``key``, or None when absent or the cache fails."""
    try:
        return caches[alias].get(key)
    except Exception as error:  # any backend failure: the request goes on uncached
        logger.warning("Cache %r unavailable, serving uncached: %s", alias, error)
        return None


def cache_set(alias, key, value, timeout):
    """Keep ``value``; a failing cache keeps nothing and the request goes on."""
    try:
        caches[alias].set(key, value, timeout)
    except Exception as error:  # any backend failure: the answer is still served
        logger.warning("Cache %r unavailable, nothing kept: %s", alias, error)

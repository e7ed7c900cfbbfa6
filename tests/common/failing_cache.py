"""A cache backend that fails every call, as an unreachable server would."""

from django.core.cache.backends.base import BaseCache


class FailingCache(BaseCache):
    def __init__(self, location=None, params=None):
        super().__init__(params or {})

    def get(self, key, default=None, version=None):
        raise ConnectionError("the cache server is gone")

    def set(self, key, value, timeout=None, version=None):
        raise ConnectionError("the cache server is gone")

    def add(self, key, value, timeout=None, version=None):
        raise ConnectionError("the cache server is gone")

    def delete(self, key, version=None):
        raise ConnectionError("the cache server is gone")

    def clear(self):
        pass

"""Each process' short-lived copy of the cached answers it serves most.

The shared cache (Redis with CACHE_URL) costs a round trip and an unpickling per
hit; for a large export that is most of the hit. Entries are keyed by the content
stamp like the shared cache, so they cannot go stale; the size limit bounds memory
and the TTL frees what is no longer asked for. cachetools is not thread-safe, and
gunicorn's threaded workers serve several requests at once: hence the lock.
"""

import threading

import cachetools


def entry_size(value):
    """Bytes of a frozen response's body; a learned header list counts as one."""
    if isinstance(value, tuple):
        return max(len(value[2]), 1)
    return 1


class ProcessCopy:
    def __init__(self, *, max_bytes, seconds):
        self.max_bytes = max_bytes
        self.entries = cachetools.TTLCache(
            maxsize=max_bytes, ttl=seconds, getsizeof=entry_size
        )
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            return self.entries.get(key)

    def set(self, key, value):
        if entry_size(value) > self.max_bytes:
            return
        with self.lock:
            self.entries[key] = value

    def clear(self):
        with self.lock:
            self.entries.clear()

    def __len__(self):
        with self.lock:
            return len(self.entries)

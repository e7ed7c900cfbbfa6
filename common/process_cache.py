"""A small least-recently-used store of cached responses inside each process.

The shared cache (local memory by default, Redis with CACHE_URL) pickles what it
keeps, and a hit unpickles it again: for a large export that costs more than the
rest of the hit. Responses are also read far more often than written, so every
worker keeps the ones it serves most in its own memory, as they are, and asks the
shared cache only for the others.

Entries are keyed like the shared cache (by content version), so they cannot go
stale; the byte limit keeps memory bounded.
"""

import threading
from collections import OrderedDict


class ProcessResponseStore:
    """``get``/``set`` of frozen responses, at most ``max_bytes`` of content."""

    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self._entries = OrderedDict()
        self._size = 0
        # gunicorn's threaded workers serve several requests at once.
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def set(self, key, frozen):
        size = len(frozen["content"])
        if size > self.max_bytes:
            return
        with self._lock:
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._size -= len(previous["content"])
            self._entries[key] = frozen
            self._size += size
            while self._size > self.max_bytes:
                _key, evicted = self._entries.popitem(last=False)
                self._size -= len(evicted["content"])

    def clear(self):
        with self._lock:
            self._entries.clear()
            self._size = 0

    def __len__(self):
        return len(self._entries)

"""A request whose database stops answering fails after a deadline, not never.

PostgreSQL ends a slow statement itself (``statement_timeout``) and libpq gives up
connecting after ``connect_timeout``. Neither helps when the server stops answering
on a connection that is already open (a paused container, a frozen host, a network
that silently drops packets): the kernel keeps the socket alive and the worker's
thread waits for as long as TCP does, some two minutes, while the others pile up
behind it. psycopg has no client-side timeout for this, so each process runs one
watchdog thread: a request still running after DATABASE_REQUEST_TIMEOUT seconds
has its database socket shut down, psycopg then raises OperationalError, the
visitor gets the 503 page (common.http.errors.server_error), and Django replaces the
broken connection on the next request (CONN_HEALTH_CHECKS).
"""

import logging
import os
import socket
import threading
import time

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

from common.http.health import part_failures

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.25


class Watchdog:
    def __init__(self):
        self.lock = threading.Lock()
        self.watched = {}  # token → (deadline, database wrapper of the request)
        self.thread = None

    def watch(self, wrapper, seconds):
        with self.lock:
            if self.thread is None or not self.thread.is_alive():
                # One per process, started in the process that serves (after
                # gunicorn's fork, not before it).
                self.thread = threading.Thread(
                    target=self.run, name="database-deadline", daemon=True
                )
                self.thread.start()
            token = object()
            self.watched[token] = (time.monotonic() + seconds, wrapper)
            return token

    def forget(self, token):
        with self.lock:
            self.watched.pop(token, None)

    def run(self):
        while True:
            time.sleep(POLL_SECONDS)
            now = time.monotonic()
            with self.lock:
                late = [
                    token
                    for token, (deadline, _wrapper) in self.watched.items()
                    if deadline <= now
                ]
                wrappers = [self.watched.pop(token)[1] for token in late]
            for wrapper in wrappers:
                cut_off(wrapper)


def cut_off(wrapper):
    """Shut down the socket of ``wrapper``'s open connection, if any: the
    request's thread, waiting on it, then gets an error at once."""
    raw = wrapper.connection
    if raw is None:
        return
    try:
        fd = raw.fileno()
        with socket.socket(fileno=os.dup(fd)) as duplicate:
            duplicate.shutdown(socket.SHUT_RDWR)
    except (OSError, ValueError, AttributeError):
        return  # already closed, or not a socket (SQLite)
    part_failures.failed("database")
    logger.error(
        "The database did not answer within %s s: connection cut off.",
        settings.DATABASE_REQUEST_TIMEOUT,
    )


watchdog = Watchdog()


class DatabaseDeadlineMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.DATABASE_REQUEST_TIMEOUT
        wrapper = connections[DEFAULT_DB_ALIAS]
        if wrapper.vendor != "postgresql" or seconds <= 0:
            return self.get_response(request)
        # The wrapper itself, not the proxy django.db.connection, which the
        # watchdog thread would resolve to a connection of its own.
        token = watchdog.watch(wrapper, seconds)
        try:
            return self.get_response(request)
        finally:
            watchdog.forget(token)

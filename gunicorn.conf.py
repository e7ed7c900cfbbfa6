"""gunicorn settings for `make serve` and production; each one from the environment."""

import gc
import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# Threads let a worker wait on slow clients without blocking its other requests.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", 4))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so a slow leak can never grow without bound; rarely,
# as a new worker costs a second of CPU to start and begins with an empty response
# memory (20,000 recycled each worker every half minute under a benchmark's load).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 250000))
max_requests_jitter = max_requests // 10
accesslog = (
    "-" if os.environ.get("ACCESS_LOG", "").lower() in {"1", "true", "yes"} else None
)
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_worker_init(worker):
    """Spare each request most of the garbage collector's work.

    The objects a worker holds once the app is loaded (modules, settings, URL
    patterns, templates) live as long as it does: ``gc.freeze()`` takes them out of
    every later collection. A request then allocates a few thousand objects, nearly
    all freed by reference counting; with CPython's default threshold (700) the
    collector still ran several times per list request, about a tenth of its time.
    A higher first threshold collects the same cycles, less often.
    """
    gc.freeze()
    gc.set_threshold(
        int(os.environ.get("GC_THRESHOLD", 10000)), *gc.get_threshold()[1:]
    )

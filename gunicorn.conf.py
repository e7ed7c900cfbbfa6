"""gunicorn settings for `make serve` and production; each one from the environment."""

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

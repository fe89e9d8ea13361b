"""gunicorn settings, from the environment (see README, "Configuration")."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", 30))
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 2000))
max_requests_jitter = 200
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_worker_init(worker):
    """The first worker says at startup, in the log, when rate limits would be counted per process.

    The same check as `manage.py check --deploy` (core.W001), which an operator may never run: with
    several workers and a local-memory cache, every limit is multiplied by the number of workers.
    """
    if worker.age != 1 or worker.cfg.workers < 2:
        return
    from core.checks import shared_cache_for_rate_limits

    for warning in shared_cache_for_rate_limits():
        worker.log.warning("%s (%s) %s", warning.msg, warning.id, warning.hint)

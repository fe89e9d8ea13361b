"""Periodic jobs that apps register for the worker (`manage.py mail_worker`), like slots for pages.

The kernel's worker cannot import the apps; an app registers its job in AppConfig.ready():

    from core import jobs
    jobs.register("trainings.holds", registration_holds_expire, every=60)

The worker runs each job at most every `every` seconds, after delivering the outbox. A job must be
idempotent and safe to run from several workers at once (lock what it changes).
"""

import logging

logger = logging.getLogger(__name__)

_registry = {}


def register(name, function, *, every):
    _registry[name] = (function, every)


def registered():
    return dict(_registry)


def run_due(last_runs, now):
    """Run the jobs whose interval has passed (`last_runs`: name -> monotonic time, updated in place)."""
    for name, (function, every) in sorted(_registry.items()):
        if now - last_runs.get(name, float("-inf")) < every:
            continue
        last_runs[name] = now
        try:
            function()
        except Exception:  # noqa: BLE001 - one failing job must not stop the outbox or the other jobs
            logger.exception("periodic job failed: %s", name)

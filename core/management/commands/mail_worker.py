"""Deliver the outbox: a long-running loop next to gunicorn, or one pass with `--once` (cron).

`--retry-failed` requeues every failed message (after an outage longer than the retries) and exits.

Every few seconds (`--interval`, EMAIL_WORKER_INTERVAL) the worker delivers the messages that are
due (core.mail.deliver_queued: retries with back-off, permanent refusals failed at once), and once
a day it purges sent and failed messages older than EMAIL_RETENTION_DAYS. SIGTERM or SIGINT stops
it cleanly: the message being sent is finished and recorded, then the loop ends.

Several workers may run at once on PostgreSQL: each message is locked while it is sent and the
others skip it (SKIP LOCKED). On SQLite run one worker: each send holds the database's single
write lock (bounded by EMAIL_TIMEOUT). The logs hold counts and message ids, never an address.
"""

import logging
import signal
import threading
import time
import traceback
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections

from core import jobs
from core.mail import BATCH, deliver_queued, emails_retry_failed, mask_addresses, purge_older_than

logger = logging.getLogger("core.mail_worker")

PURGE_EVERY = 24 * 3600  # seconds


class StopFlag:
    """Set by a signal handler or another thread; `wait` sleeps in short slices so a stop is seen quickly.

    (A threading.Event set from a signal handler can deadlock if the signal lands inside its own
    wait(); a plain flag cannot.)
    """

    SLICE = 0.2

    def __init__(self):
        self.requested = False

    def set(self):
        self.requested = True

    def is_set(self):
        return self.requested

    def wait(self, seconds):
        deadline = time.monotonic() + seconds
        while not self.requested and (remaining := deadline - time.monotonic()) > 0:
            time.sleep(min(self.SLICE, remaining))


@contextmanager
def stop_on_signals(stop):
    """SIGTERM (systemd, `kill`) and SIGINT (Ctrl-C) request a clean stop; handlers restored after."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be installed in the main thread
        return
    signals = (signal.SIGTERM, signal.SIGINT)
    previous = {signum: signal.getsignal(signum) for signum in signals}

    def handler(signum, frame):
        stop.set()

    for signum in signals:
        signal.signal(signum, handler)
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


def deliver_due(stop=None):
    """Deliver everything that is due now, batch after batch; returns the total counts."""
    total = {"sent": 0, "requeued": 0, "failed": 0}
    while True:
        counts = deliver_queued(stop=stop.is_set if stop else None)
        for outcome, count in counts.items():
            total[outcome] += count
        if sum(counts.values()) < BATCH or (stop and stop.is_set()):
            return total


def run(stop, *, interval, retention_days, purge_every=PURGE_EVERY, clock=time.monotonic):
    """The worker's loop, until `stop` is set. A failing pass (database down) is logged and retried."""
    logger.info("mail worker started: every %ss, retention %s days", interval, retention_days)
    next_purge = clock()
    job_runs = {}
    while not stop.is_set():
        close_old_connections()  # reconnect after a database restart, honour CONN_MAX_AGE
        try:
            deliver_due(stop)
            if clock() >= next_purge and not stop.is_set():
                purged = purge_older_than(retention_days)
                logger.info("outbox purged: %s message(s) older than %s days", purged, retention_days)
                next_purge = clock() + purge_every
            if not stop.is_set():
                jobs.run_due(job_runs, clock())  # the apps' periodic jobs (core.jobs), e.g. registration holds
        except Exception as error:  # noqa: BLE001 - the worker outlives a database or disk hiccup
            logger.error(
                "mail worker pass failed, next try in %ss: %s",
                interval,
                mask_addresses("".join(traceback.format_exception(error)).strip()),
            )
        stop.wait(interval)
    close_old_connections()
    logger.info("mail worker stopped")


class Command(BaseCommand):
    help = (
        "Envoie les courriels en file d'attente toutes les quelques secondes, réessaie avec un délai croissant, "
        "et purge chaque jour les courriels envoyés ou en échec de plus de EMAIL_RETENTION_DAYS jours. "
        "S'arrête proprement sur SIGTERM ou Ctrl-C. --once : un seul passage (envoi puis purge), pour cron ; "
        "--retry-failed : remet en file les courriels en échec."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Un seul passage (envoi puis purge), puis s'arrête.")
        parser.add_argument(
            "--retry-failed",
            action="store_true",
            help="Remet en file tous les courriels en échec (après une longue panne), puis s'arrête.",
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=None,
            help="Secondes entre deux passages (par défaut : EMAIL_WORKER_INTERVAL, 5).",
        )

    def handle(self, *args, once=False, interval=None, retry_failed=False, **options):
        interval = settings.EMAIL_WORKER_INTERVAL if interval is None else interval
        retention_days = settings.EMAIL_RETENTION_DAYS
        if interval <= 0:
            raise CommandError("L'intervalle doit être un nombre de secondes positif.")
        if retention_days < 1:
            raise CommandError("EMAIL_RETENTION_DAYS doit valoir au moins 1 jour.")
        if retry_failed:
            count = emails_retry_failed()
            self.stdout.write(f"{count} courriel(s) en échec remis en file d'envoi.")
            return
        if once:
            counts = deliver_due()
            purged = purge_older_than(retention_days)
            jobs.run_due({}, time.monotonic())
            self.stdout.write(
                f"{counts['sent']} courriel(s) envoyé(s), {counts['requeued']} à réessayer plus tard, "
                f"{counts['failed']} en échec ; {purged} ancien(s) courriel(s) purgé(s)."
            )
            return
        stop = StopFlag()
        with stop_on_signals(stop):
            run(stop, interval=interval, retention_days=retention_days)

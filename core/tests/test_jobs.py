"""The periodic jobs apps register for the worker (core/jobs.py)."""

from io import StringIO

import pytest
from django.core.management import call_command

from core import jobs


@pytest.fixture
def registry(monkeypatch):
    monkeypatch.setattr(jobs, "_registry", {})
    return jobs


def test_a_job_runs_at_most_once_per_interval(registry):
    calls = []
    registry.register("test.job", lambda: calls.append(1), every=60)
    runs = {}
    registry.run_due(runs, now=1000.0)
    registry.run_due(runs, now=1030.0)
    assert calls == [1]
    registry.run_due(runs, now=1060.0)
    assert calls == [1, 1]


def test_a_failing_job_does_not_stop_the_others(registry, caplog):
    calls = []

    def broken():
        raise RuntimeError("panne")

    registry.register("a.broken", broken, every=1)
    registry.register("b.working", lambda: calls.append(1), every=1)
    registry.run_due({}, now=5.0)
    assert calls == [1]
    assert "periodic job failed: a.broken" in caplog.text


@pytest.mark.django_db
def test_the_worker_runs_the_registered_jobs_once(registry):
    calls = []
    registry.register("test.job", lambda: calls.append(1), every=60)
    call_command("mail_worker", "--once", stdout=StringIO())
    assert calls == [1]

"""The one rate limiter (core/ratelimit.py): a fixed window per scope and key, in the shared cache."""

import logging
import time

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from core.clientip import client_key
from core.ratelimit import RateLimit


@pytest.fixture(autouse=True)
def own_cache(settings):
    """A local-memory cache of this test's own (the limiter uses whatever `default` is)."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "rl"}}
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def clock(monkeypatch):
    """Move the cache's clock forward: `clock.advance(seconds)`."""

    class Clock:
        offset = 0.0

        def advance(self, seconds):
            self.offset += seconds

    clock = Clock()
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + clock.offset)
    return clock


def test_the_limit_counts_every_attempt_then_refuses():
    limiter = RateLimit("tests.form", limit=3, window=60)
    assert [limiter.hit("k") for _ in range(5)] == [True, True, True, False, False]
    assert limiter.count("k") == 5


def test_allowed_reads_without_counting():
    limiter = RateLimit("tests.form", limit=2, window=60)
    assert limiter.allowed("k") and limiter.allowed("k") and limiter.count("k") == 0
    limiter.hit("k")
    assert limiter.allowed("k")
    limiter.hit("k")
    assert not limiter.allowed("k")


def test_a_limit_of_zero_refuses_the_first_attempt():
    limiter = RateLimit("tests.form", limit=0, window=60)
    assert limiter.hit("k") is False
    assert limiter.allowed("k") is False


def test_the_window_starts_with_the_first_attempt_and_then_everything_is_forgotten(clock):
    limiter = RateLimit("tests.form", limit=2, window=60)
    limiter.hit("k")
    clock.advance(30)
    limiter.hit("k")
    assert not limiter.allowed("k")
    clock.advance(29)  # 59 s after the first attempt: still in the window
    assert not limiter.allowed("k")
    clock.advance(2)  # 61 s: a new window
    assert limiter.allowed("k") and limiter.count("k") == 0
    assert limiter.hit("k") and limiter.count("k") == 1


def test_keys_and_scopes_are_counted_apart():
    report = RateLimit("actors.report", limit=1, window=60)
    survey = RateLimit("surveys.submit", limit=1, window=60)
    assert report.hit("a")
    assert not report.hit("a")
    assert report.hit("b")  # another client
    assert survey.hit("a")  # the same client, another form
    assert (report.count("a"), report.count("b"), survey.count("a")) == (2, 1, 1)


def test_reset_forgets_one_key():
    limiter = RateLimit("tests.form", limit=1, window=60)
    limiter.hit("a")
    limiter.hit("b")
    limiter.reset("a")
    assert (limiter.count("a"), limiter.count("b")) == (0, 1)


def test_a_counter_that_expires_between_add_and_incr_starts_again(monkeypatch):
    limiter = RateLimit("tests.form", limit=2, window=60)
    limiter.hit("k")

    def expired(key, delta=1, version=None):
        raise ValueError(f"Key '{key}' not found")

    monkeypatch.setattr(cache, "add", lambda *args, **kwargs: False)
    monkeypatch.setattr(cache, "incr", expired)
    assert limiter.hit("k") is True
    monkeypatch.undo()
    assert limiter.count("k") == 1


def test_the_cache_never_holds_the_address(settings):
    settings.PROXY_COUNT = 0
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.7")
    limiter = RateLimit("surveys.submit", limit=5, window=60)
    limiter.hit(client_key(request, "surveys.submit"))
    keys = list(cache._cache)  # LocMemCache's own store: the full keys as written
    assert len(keys) == 1
    assert keys[0].startswith(":1:rl:surveys.submit:")
    assert "203.0.113.7" not in keys[0]


def test_a_refusal_is_logged_with_the_scope_and_a_short_key_only(caplog):
    limiter = RateLimit("actors.report", limit=1, window=60)
    key = "f" * 32
    limiter.hit(key)
    with caplog.at_level(logging.WARNING, logger="core.ratelimit"):
        assert not limiter.allowed(key)
    assert caplog.messages == ["rate limit reached: scope=actors.report client=ffffffffffff"]

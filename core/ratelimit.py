"""One rate limiter for the whole portal: a fixed-window counter in the configured cache.

Counters live in the default cache, so they are shared by every worker and every app server
when the cache is Redis (production; see `REDIS_URL`). A key is made of a scope (what is
limited: "actors.report", "surveys.submit") and a key (usually `core.clientip.client_key`),
never a raw address or e-mail.

    limiter = RateLimit("actors.report", limit=5, window=3600)
    if not limiter.allowed(key):  # read-only check
        ...
    limiter.hit(key)  # count one attempt; returns True while still within the limit
"""

import logging
from dataclasses import dataclass

from django.core.cache import cache

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RateLimit:
    scope: str
    limit: int
    window: int  # seconds

    def _cache_key(self, key: str) -> str:
        return f"rl:{self.scope}:{key}"

    def count(self, key: str) -> int:
        return cache.get(self._cache_key(key)) or 0

    def allowed(self, key: str) -> bool:
        """True while fewer than `limit` attempts were counted in the current window (counts nothing)."""
        allowed = self.count(key) < self.limit
        if not allowed:
            logger.warning("rate limit reached: scope=%s client=%s", self.scope, key[:12])
        return allowed

    def hit(self, key: str) -> bool:
        """Count one attempt; True if it is still within the limit."""
        cache_key = self._cache_key(key)
        if cache.add(cache_key, 1, timeout=self.window):
            return self.limit >= 1
        try:
            value = cache.incr(cache_key)
        except ValueError:  # expired between add and incr
            cache.set(cache_key, 1, timeout=self.window)
            value = 1
        return value <= self.limit

    def reset(self, key: str) -> None:
        cache.delete(self._cache_key(key))

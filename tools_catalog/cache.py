"""A version number of the catalogue, to cache what only changes when coordinators edit it.

`catalogue_version()` is part of the cache keys (the list page's filter counts without search or
filter); `bump_catalogue_version()` is called by the signals (tools_catalog/signals.py) whenever a
tool, a need, a tag or their links change, so that a cached value is never served stale. Bulk
writes that send no signal (the benchmark generator) call it themselves; cached values also
expire after CACHE_SECONDS as a safety net.
"""

import time

from django.core.cache import cache

VERSION_KEY = "tools_catalog:version"
CACHE_SECONDS = 600


def catalogue_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        # Time-based start, so that a lost version key never brings back an older cached value.
        version = time.time_ns()
        if not cache.add(VERSION_KEY, version, timeout=None):
            version = cache.get(VERSION_KEY, version)
    return version


def bump_catalogue_version():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet (or evicted)
        cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def cached(name, compute):
    """compute(), cached under `name` for the current catalogue version."""
    return cache.get_or_set(f"tools_catalog:{name}:{catalogue_version()}", compute, timeout=CACHE_SECONDS)

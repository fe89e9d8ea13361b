"""The portal's seed: every app's shipped content (`<app>/seed.py`, KINDS) in dependency order.

`seeder()` is what `manage.py seed_content` and the admin of the shipped content (ptca/admin.py) run;
the engine and the rules of a run are in core/seed.py.
"""

import logging
from importlib import import_module

from core.seed import Seeder

logger = logging.getLogger(__name__)

# The order follows the dependencies: a kind only refers to kinds of the apps before it.
SEED_APPS = ["tools_catalog", "actors", "trainings", "surveys", "equipment"]


def kinds():
    return [kind for app in SEED_APPS for kind in import_module(f"{app}.seed").KINDS]


def seeder():
    return Seeder(kinds())


def pending():
    """The shipped entries waiting for a coordinator: (conflicts, updates), each a list of core.seed.Item
    with its differing fields. A read (`--check`): nothing is written or logged."""
    from core.seed import CONFLICT, UPDATE

    report = seeder().run(write=False, mode="check", log=False)
    conflicts = [item for item in report.of(CONFLICT) if not item.kept]
    updates = [item for item in report.of(UPDATE) if not item.kept]
    return conflicts, updates


def choose(selector, *, take):
    """The coordinator's choice for one entry ("kind:key"): take the shipped version (the same code path
    as `seed_content --take-upstream`) or keep the version here (`--keep-local`: the shipped version is
    acknowledged and no longer offered). Returns the run's report; SeedError when it cannot be applied."""
    option = "take_upstream" if take else "keep_local"
    report = seeder().run(write=True, create=False, mode="coordination", **{option: [selector]})
    logger.info("seed_content choice=%s entry=%s", "take_upstream" if take else "keep_local", selector)
    return report

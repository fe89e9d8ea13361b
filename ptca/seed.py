"""The portal's seed: every app's shipped content (`<app>/seed.py`, KINDS) in dependency order.

`seeder()` is what `manage.py seed_content` and the admin of the shipped content (ptca/admin.py) run;
the engine and the rules of a run are in core/seed.py.
"""

from importlib import import_module

from core.seed import Seeder

# The order follows the dependencies: a kind only refers to kinds of the apps before it.
SEED_APPS = ["tools_catalog", "actors", "trainings", "surveys", "equipment"]


def kinds():
    return [kind for app in SEED_APPS for kind in import_module(f"{app}.seed").KINDS]


def seeder():
    return Seeder(kinds())

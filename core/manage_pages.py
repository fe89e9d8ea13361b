"""The front-end pages where coordinators edit each model, registered by the app that owns them.

Every app registers, in its AppConfig.ready(), the list page of each model a coordinator edits:

    from core import manage_pages
    manage_pages.register("tools_catalog.tool", "tools_catalog:manage_tool_list", "Outils libres", group="Catalogue")

The coordination space (ptca) shows them as shortcuts, grouped, and a test
(ptca/tests/test_coordination.py) fails when a model coordinators may change has no page. A page
another piece of work is building is declared with `expect(model, owner)`: the test accepts it
until that page is registered. Models that nobody edits by hand (derived tables, answers) are
declared with `exempt(model, reason)`.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class ManagePage:
    model: str  # "app_label.modelname", lower case
    url_name: str  # a URL name without arguments: the list (or the page) where the model is managed
    label: str  # French, shown in the coordination space
    group: str  # French heading of the shortcuts ("Catalogue", "Formations"…)
    order: int


_pages: dict[str, ManagePage] = {}
_shortcuts: dict[str, ManagePage] = {}
_expected: dict[str, str] = {}
_exempt: dict[str, str] = {}


def register(model, url_name, label, *, group, order=50):
    """Say that coordinators manage `model` at the page `url_name` (a URL name without arguments)."""
    model = model.lower()
    _pages[model] = ManagePage(model, url_name, label, group, order)


def shortcut(url_name, label, *, group, order=50):
    """A task page that is not one model's (the outbox, a review queue): a shortcut only."""
    _shortcuts[url_name] = ManagePage("", url_name, label, group, order)


def expect(model, owner):
    """A page for `model` is being built elsewhere (`owner`: who builds it); accepted until registered."""
    _expected[model.lower()] = owner


def exempt(model, reason):
    """`model` is never edited by hand by a coordinator (derived, written by the public…): `reason` says why."""
    _exempt[model.lower()] = reason


def pages():
    """Every registered page, in the order of their group then their own order."""
    return sorted(_pages.values(), key=lambda page: (page.order, page.label))


def page_for(model):
    return _pages.get(model.lower())


def expected():
    """Models whose page is expected from someone else and not registered yet: {model: owner}."""
    return {model: owner for model, owner in _expected.items() if model not in _pages}


def exempted():
    return dict(_exempt)


def grouped():
    """[(group, [pages and shortcuts])] for the coordination space, groups in the order of their first
    page; a URL registered for several models is listed once."""
    groups: dict[str, list[ManagePage]] = {}
    seen = set()
    for page in sorted([*_pages.values(), *_shortcuts.values()], key=lambda page: (page.order, page.label)):
        if page.url_name in seen:
            continue
        seen.add(page.url_name)
        groups.setdefault(page.group, []).append(page)
    return list(groups.items())

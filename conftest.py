"""Fixtures shared by every app's tests: users with roles, and the browser harness.

Browser tests (marker `browser`) drive Debian's Chromium through Playwright against
pytest-django's live_server; `assert_accessible(page)` runs axe-core in the page and fails
on any WCAG 2.1 A/AA violation.
"""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to run
# in a thread with a running loop unless told it is safe (it is: the loop is Playwright's).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
AXE_JS = Path(__file__).parent / "tests" / "vendor" / "axe-core" / "axe.min.js"
VIEWPORTS = {
    "phone": {"width": 375, "height": 740},
    "tablet": {"width": 820, "height": 1180},
    "desktop": {"width": 1280, "height": 900},
}
HAS_BROWSER = bool(shutil.which(CHROMIUM) or os.path.exists(CHROMIUM))


def pytest_collection_modifyitems(config, items):
    from django.conf import settings

    on_sqlite = settings.DATABASES["default"]["ENGINE"].endswith("sqlite3")
    skip_browser = pytest.mark.skip(reason=f"pas de navigateur : {CHROMIUM} est absent (apt-get install chromium)")
    skip_pg = pytest.mark.skip(reason="nécessite PostgreSQL (DATABASE_URL=postgres://…)")
    for item in items:
        if "browser" in item.keywords and not HAS_BROWSER:
            item.add_marker(skip_browser)
        if "postgres" in item.keywords and on_sqlite:
            item.add_marker(skip_pg)


def pytest_terminal_summary(terminalreporter):
    if not HAS_BROWSER:
        terminalreporter.write_line(
            f"ATTENTION : tests navigateur ignorés, {CHROMIUM} est absent (apt-get install chromium).",
            yellow=True,
            bold=True,
        )


@pytest.fixture
def coordinator(db, django_user_model):
    from django.contrib.auth.models import Group

    from core.roles import COORDINATORS, sync_group_permissions

    sync_group_permissions()
    user = django_user_model.objects.create_user("coord", "coord@example.org", "motdepasse-coord")
    user.groups.add(Group.objects.get(name=COORDINATORS))
    return user


@pytest.fixture
def advisor(db, django_user_model):
    from django.contrib.auth.models import Group

    from core.roles import ADVISORS

    user = django_user_model.objects.create_user("conseil", "conseil@example.org", "motdepasse-conseil")
    group, _ = Group.objects.get_or_create(name=ADVISORS)
    user.groups.add(group)
    return user


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.fixture
def advisor_client(client, advisor):
    client.force_login(advisor)
    return client


@pytest.fixture(scope="session")
def browser():
    if not HAS_BROWSER:
        pytest.skip(f"pas de navigateur : {CHROMIUM} est absent")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """Factory: new_page("phone") opens a fresh context (own cookies) at that viewport."""
    contexts = []

    def factory(viewport="desktop", **kwargs):
        context = browser.new_context(viewport=VIEWPORTS[viewport], locale="fr-FR", **kwargs)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield factory
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page("desktop")


@pytest.fixture
def phone_page(new_page):
    return new_page("phone")


def axe_violations(page, tags=("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")):
    """Run axe-core in the page; return its violations of WCAG 2.1 A/AA."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # evaluate() goes through the DevTools protocol, so the page's CSP does not block it.
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", list(tags)
    )
    return result["violations"]


def assert_accessible(page):
    violations = axe_violations(page)
    if violations:
        lines = [
            f"- {v['id']} ({v['impact']}): {v['help']} -> {[node['target'] for node in v['nodes']][:5]}"
            for v in violations
        ]
        pytest.fail(f"axe-core : {len(violations)} violation(s) WCAG sur {page.url}\n" + "\n".join(lines))


@pytest.fixture
def accessible():
    """The axe check as a fixture: `accessible(page)` fails the test on any violation."""
    return assert_accessible


@pytest.fixture
def login_in_browser(live_server):
    """Sign a Playwright page in through the real login form."""

    def do_login(page, username, password):
        page.goto(f"{live_server.url}/compte/login/")
        page.get_by_label("Nom d’utilisateur").fill(username)
        page.get_by_label("Mot de passe").fill(password)
        page.get_by_role("button", name="Se connecter").click()

    return do_login

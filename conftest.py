"""Fixtures shared by every app's tests: users with roles, and the browser harness.

Browser tests (marker `browser`) drive Debian's Chromium through Playwright against
pytest-django's live_server; `assert_accessible(page)` runs axe-core in the page and fails
on any WCAG 2.1 A/AA violation.

Tests that only read the demo content ask for `demo_content`: it is loaded once per worker
(see DemoContent) instead of once per test.
"""

import os
import shutil
from io import StringIO
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

    # The tests that read the demo content run last, one after the other, so that each worker
    # loads it once (stable sort: the order is otherwise kept, the same on every xdist worker).
    items.sort(key=lambda item: DEMO_FIXTURE in getattr(item, "fixturenames", ()))
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


DEMO_FIXTURE = "demo_content"


class DemoContent:
    """The demo content of every app (`manage.py demo_data`), loaded once for many tests.

    It is loaded in a transaction that stays open while a run of tests that read it goes on:
    each of those tests runs in a savepoint inside it (what it writes is undone, as with
    Django's setUpTestData), and the transaction is rolled back before any other test, so no
    other test ever sees the demo content. The tests that read it are sorted last, so a worker
    opens it once. Loading the demo is ~5 s (the catalogue): this keeps it out of every test.
    """

    current = None

    def __init__(self, blocker):
        self.blocker = blocker
        self.atomic = None
        DemoContent.current = self

    @property
    def is_open(self):
        return self.atomic is not None

    def open(self):
        if self.is_open:
            return
        from django.core.management import call_command
        from django.db import connection, transaction

        with self.blocker.unblock():
            if connection.in_atomic_block:
                raise pytest.UsageError("demo_content must be set up before any transaction of the test")
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            try:
                from django.test import override_settings

                with override_settings(DEBUG=True):  # demo_data refuses to run without DEBUG
                    call_command("demo_data", stdout=StringIO())
            except BaseException as error:
                self._rollback(error)
                raise

    def close(self):
        if self.is_open:
            self._rollback(None)

    def _rollback(self, error):
        from django.db import transaction

        atomic, self.atomic = self.atomic, None
        with self.blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(type(error) if error else None, error, None)


FIRST_TEST_ID = 10_001


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every table's ids start at 10,001 in the tests, on both databases.

    Production ids pass 999 early, and the French thousands separator once rendered a primary key
    as "1 389" in form values (a commune's checkbox refused itself). With small ids such a fault
    only showed after enough earlier tests on PostgreSQL; from 10,001 it shows in every test.
    """
    from django.db import connection

    with django_db_blocker.unblock(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT schemaname, sequencename FROM pg_sequences WHERE schemaname = current_schema()")
            for schema, name in cursor.fetchall():
                sequence = connection.ops.quote_name(schema) + "." + connection.ops.quote_name(name)
                cursor.execute(
                    "SELECT setval(%s, GREATEST(%s, (SELECT last_value FROM " + sequence + ")))",
                    [f"{schema}.{name}", FIRST_TEST_ID - 1],
                )
        elif connection.vendor == "sqlite":
            for table in connection.introspection.table_names(cursor):
                cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
                row = cursor.fetchone()
                if row is None:
                    cursor.execute(
                        "INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, FIRST_TEST_ID - 1]
                    )
                elif row[0] < FIRST_TEST_ID - 1:
                    cursor.execute("UPDATE sqlite_sequence SET seq = %s WHERE name = %s", [FIRST_TEST_ID - 1, table])


@pytest.fixture(scope="session")
def _demo_state(django_db_setup, django_db_blocker):
    """Session scope: set up before the first reading test's own transaction, so that one nests in ours."""
    state = DemoContent(django_db_blocker)
    state.open()
    yield state
    state.close()
    DemoContent.current = None


@pytest.fixture
def demo_content(_demo_state, request, db):
    """The demo content, for tests that only read it (what they write is rolled back after each test).

    Not for transactional tests (live_server, transaction=True): they commit and flush the tables.
    """
    marker = request.node.get_closest_marker("django_db")
    transactional = {"transactional_db", "live_server"} & set(request.fixturenames) or (
        marker is not None and marker.kwargs.get("transaction")
    )
    if transactional:
        raise pytest.UsageError("demo_content is for tests that run in a transaction, not transactional ones")
    assert _demo_state.is_open


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before any fixture of a test: open the demo content for a reader, roll it back for any other test."""
    state = DemoContent.current
    if state is None:
        return  # no test has read it yet in this worker
    if DEMO_FIXTURE in item.fixturenames:
        state.open()  # nothing to do while it is open
    else:
        state.close()


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

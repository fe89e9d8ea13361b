"""Portal-wide sweeps over the demo content: every page answers, validates, and resists bad input.

The demo content is loaded once per worker (`demo_content`, conftest.py): these tests only read it.

The crawler follows the links a visitor and a coordinator can follow from the home page, so new
pages are swept as soon as they are linked.
"""

from io import StringIO

import html5lib
import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from core.crawl import crawl, parse

pytestmark = pytest.mark.django_db

XSS = '<script>alert("xss")</script>'
HOSTILE_VALUES = [
    XSS,
    "' OR 1=1 --",
    '"><img src=x onerror=alert(1)>',
    "é" * 3000,
    "\x00\x01",
    "../../../etc/passwd",
    "-1",
    "99999999999999999999",
    '=HYPERLINK("http://evil.example")',
]
HOSTILE_QUERY_STRINGS = [
    "?q=" + XSS,
    "?page=abc",
    "?page=999999",
    "?page=-1",
    "?q=%ZZ",
    "?q=" + "a" * 10_000,
    "?" + "&".join(f"x{i}=1" for i in range(300)),
    "?need=inconnu&platform=%00&access=' OR 1=1&kind=xx&service=zz&format=yy&annee=abc",
]


@pytest.fixture
def coordinator_site(coordinator):
    client = Client()
    client.force_login(coordinator)
    return client


def iter_patterns(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from iter_patterns(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


def test_every_linked_page_answers_and_is_valid_html(demo_content, client, coordinator_site):
    html_parser = html5lib.HTMLParser(strict=True)
    failures = []
    for who, visitor in (("public", client), ("coordinator", coordinator_site)):
        pages = crawl(visitor)
        assert len(pages) > 20, f"the crawl found too few pages as {who}"
        for url, response in pages.items():
            if response.status_code >= 400 and response.status_code != 404:
                failures.append(f"{who} {url}: HTTP {response.status_code}")
                continue
            if "text/html" not in response.get("Content-Type", ""):
                continue
            html = response.content.decode()
            try:
                html_parser.parse(html)
            except html5lib.html5parser.ParseError as error:
                failures.append(f"{who} {url}: HTML invalide ({error})")
            ids = [piece.split('"', 1)[0] for piece in html.split(' id="')[1:]]
            duplicates = {value for value in ids if ids.count(value) > 1}
            if duplicates:
                failures.append(f"{who} {url}: identifiants en double {sorted(duplicates)}")
            if html.count("<h1") != 1:
                failures.append(f"{who} {url}: {html.count('<h1')} titres h1")
    assert not failures, "\n".join(failures)


def test_hostile_query_strings_and_methods_never_give_a_500(demo_content, client):
    pages = crawl(client, limit=150, per_prefix=3)
    failures = []
    for url in pages:
        base = url.split("?")[0]
        for query in HOSTILE_QUERY_STRINGS:
            response = client.get(base + query)
            if response.status_code >= 500:
                failures.append(f"GET {base}{query[:60]}: {response.status_code}")
            elif XSS.encode() in response.content:
                failures.append(f"GET {base}{query[:60]}: script rendered unescaped")
        for method in (client.put, client.delete, client.patch):
            response = method(base)
            if response.status_code >= 500:
                failures.append(f"{method.__name__.upper()} {base}: {response.status_code}")
    assert not failures, "\n".join(failures)


def test_unknown_ids_and_slugs_give_404_not_500(demo_content, client):
    failures = []
    for route in iter_patterns(get_resolver()):
        if route.startswith(("admin/", "__bench__")) or "<" not in route:
            continue
        url = "/" + route
        for name in (
            "slug:slug",
            "slug",
            "int:pk",
            "int:id",
            "pk",
            "id",
            "token",
            "str:token",
            "uidb64",
            "int:year",
            "int:month",
        ):
            url = url.replace(f"<{name}>", "0" if name.startswith("int") else "inexistant-zz9")
        url = url.split("<")[0]
        response = client.get(url)
        if response.status_code >= 500:
            failures.append(f"{url}: {response.status_code}")
    assert not failures, "\n".join(failures)


def test_every_form_resists_hostile_input_and_missing_csrf(demo_content, client, coordinator_site):
    """Post payloads in every field of every form found; then no page shows them unescaped."""
    failures = []
    csrf_client = Client(enforce_csrf_checks=True)
    for visitor in (client, coordinator_site):
        pages = crawl(visitor, limit=200, per_prefix=4)
        for url, response in pages.items():
            if "text/html" not in response.get("Content-Type", ""):
                continue
            for form in parse(response.content.decode()).forms:
                action = form["action"] or url
                if form["method"] != "post" or action.startswith(("/compte/logout", "/admin/")):
                    continue
                # Without CSRF token: refused with the French page.
                refused = csrf_client.post(action, {"x": "y"})
                if refused.status_code != 403:
                    failures.append(f"POST sans CSRF {action}: {refused.status_code}")
                for payload in HOSTILE_VALUES:
                    data = {}
                    for name, field in form["fields"].items():
                        if isinstance(field, dict):
                            keep = field["kind"] == "hidden"
                            data[name] = field["value"] if keep else payload
                        else:
                            data[name] = field
                    answer = visitor.post(action, data)
                    if answer.status_code >= 500:
                        failures.append(f"POST {action} avec {payload[:30]!r}: {answer.status_code}")
                    elif XSS.encode() in answer.content:
                        failures.append(f"POST {action}: script rendered unescaped")
        for url, response in crawl(visitor, limit=200, per_prefix=4).items():
            if XSS.encode() in response.content:
                failures.append(f"{url}: stored payload rendered unescaped")
    assert not failures, "\n".join(failures[:40])


# Hostile input on every public form: control characters, 10,000-character values, floods -------

CONTROL_CHARACTERS = "Bon\x00jour\x01\x07\x1b\u202e\u200b\r\nà tous\x7f"
TEN_THOUSAND = "é" * 10_000
FLOOD = 50
FRENCH_ERROR_MARKERS = ('id="error-summary"', "alert--error", "alert--warning", 'role="alert"')
# Forms that store nothing: they may answer 200 without an error (the visit companion's sheet).
NON_STORING = ("/visite/fiche/", "/visite/")
# Tables that a refused submission may legitimately touch (sessions, login failure counters).
IGNORED_TABLES = {"sessions.Session", "axes.AccessAttempt", "axes.AccessLog", "axes.AccessFailureLog"}


def form_kind(action):
    """The same form on many pages counts once: /acteurs/<slug>/signaler/ -> /acteurs/*/signaler/."""
    parts = action.split("#")[0].split("?")[0].strip("/").split("/")
    if len(parts) >= 3:
        parts[-2 if parts[-1] in ("signaler",) else len(parts) - 1] = "*"
    return "/" + "/".join(parts) + "/"


def public_post_forms(visitor):
    """{action: (page, form)} for each kind of POST form an anonymous visitor reaches from the home page."""
    found, kinds = {}, set()
    for url, response in crawl(visitor, limit=250, per_prefix=3).items():
        if "text/html" not in response.get("Content-Type", ""):
            continue
        for form in parse(response.content.decode()).forms:
            action = form["action"] or url
            if form["method"] != "post" or action.startswith(("/compte/logout", "/admin/")):
                continue
            kind = form_kind(action)
            if kind not in kinds:
                kinds.add(kind)
                found[action] = (url, form)
    return found


def row_counts():
    from django.apps import apps

    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.label not in IGNORED_TABLES and not model._meta.proxy
    }


def filled(form, value, *, page_client=None, page=None):
    """The form's data with `value` in every visible field (hidden ones kept, choices kept)."""
    fields = form["fields"]
    if page_client is not None:  # fresh hidden values (CSRF-independent tokens such as the survey's)
        fields = next(f for f in parse(page_client.get(page).content.decode()).forms if f["action"] == form["action"])[
            "fields"
        ]
    data = {}
    for name, field in fields.items():
        if isinstance(field, dict):
            data[name] = field["value"] if field["kind"] == "hidden" or name == "site_web" else value
            if name == "site_web":
                data[name] = ""  # the honeypot: leave it to the robots
        else:
            data[name] = field
    return data


@pytest.fixture
def demo(settings):
    """The demo content, committed by this test alone: these tests write (posts, floods)."""
    settings.DEBUG = True  # demo_data refuses to run otherwise; the pages are then served as in production
    call_command("demo_data", stdout=StringIO())
    settings.DEBUG = False


def test_public_forms_answer_control_characters_and_huge_values_with_french_errors(demo, client):
    from django.core.cache import cache

    cache.clear()  # counters left by other tests would hide rate-limited forms from the crawl
    forms = public_post_forms(client)
    assert {"/compte/login/", "/compte/password_reset/", "/visite/fiche/"} <= set(forms), sorted(forms)
    assert any("/signaler/" in action for action in forms), sorted(forms)
    assert any(action.startswith("/formations/sessions/") for action in forms), sorted(forms)  # registration
    assert any(action.startswith("/enquetes/") for action in forms), sorted(forms)  # the field survey
    failures = []
    for index, (action, (page, form)) in enumerate(sorted(forms.items())):
        for label, value in (("caractères de contrôle", CONTROL_CHARACTERS), ("10 000 caractères", TEN_THOUSAND)):
            cache.clear()
            visitor = Client(REMOTE_ADDR=f"198.51.100.{index % 250 + 1}")
            before = row_counts()
            response = visitor.post(action, filled(form, value, page_client=visitor, page=page))
            after = row_counts()
            changed = {name: after[name] - before[name] for name in after if after[name] != before[name]}
            where = f"POST {action} ({label})"
            html = response.content.decode(errors="replace")
            if response.status_code >= 500:
                failures.append(f"{where}: HTTP {response.status_code}")
            elif changed and response.status_code not in (302, 303):
                failures.append(f"{where}: écrit {changed} mais répond {response.status_code} (enregistrement partiel)")
            elif not changed and response.status_code in (200, 400, 409):
                if action not in NON_STORING and not any(marker in html for marker in FRENCH_ERROR_MARKERS):
                    failures.append(f"{where}: refusé sans message d'erreur ({response.status_code})")
            elif response.status_code == 429 and "réessayez" not in html.lower() and "bloquée" not in html:
                failures.append(f"{where}: page 429 sans explication en français")
    assert not failures, "\n".join(failures)


def test_public_forms_survive_a_flood_of_50_posts_from_one_client(demo, client):
    import time

    from django.core.cache import cache

    cache.clear()
    forms = public_post_forms(client)
    assert len(forms) >= 5, sorted(forms)
    assert any(action.startswith("/formations/sessions/") for action in forms), sorted(forms)
    assert any(action.startswith("/enquetes/") for action in forms), sorted(forms)
    failures, timings = [], {}
    for index, (action, (page, form)) in enumerate(sorted(forms.items())):
        cache.clear()
        visitor = Client(REMOTE_ADDR=f"203.0.113.{index % 250 + 1}")
        data = filled(form, "Bonjour", page_client=visitor, page=page)
        for name in data:
            if "mail" in name:
                data[name] = "inondation@example.org"
        before = row_counts()
        statuses = []
        started = time.monotonic()
        for _ in range(FLOOD):
            response = visitor.post(action, data)
            statuses.append(response.status_code)
            if response.status_code == 429:
                html = response.content.decode()
                if not ("réessayez" in html.lower() or "bloquée" in html):
                    failures.append(f"POST {action}: page 429 sans explication en français")
        timings[action] = time.monotonic() - started
        after = row_counts()
        if any(status >= 500 for status in statuses):
            failures.append(f"POST {action}: {sorted(set(statuses))}")
        unexpected = set(statuses) - {200, 302, 303, 400, 409, 429}
        if unexpected:
            failures.append(f"POST {action}: réponses inattendues {sorted(unexpected)}")
        saved = sum(1 for status in statuses if status in (302, 303))
        grown = {name: after[name] - before[name] for name in after if after[name] > before[name]}
        if grown and not saved:
            failures.append(f"POST {action}: écrit {grown} sans réponse de succès (enregistrement partiel)")
    assert not failures, "\n".join(failures) + f"\n(durées : {timings})"
    # 50 posts from one client, as fast as the test client sends them (0.8 s to 21 s per form here).
    assert max(timings.values()) < 30, timings

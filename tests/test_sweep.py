"""Portal-wide sweeps over the demo content: every page answers, validates, and resists bad input.

The demo content is loaded once per worker (`demo_content`, conftest.py): these tests only read it.

The crawler follows the links a visitor and a coordinator can follow from the home page, so new
pages are swept as soon as they are linked.
"""

import html5lib
import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests.crawl import crawl, parse

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

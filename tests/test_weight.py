"""Pages stay light: measured in the browser on a cold cache, with no request to another origin."""

from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MAX_BYTES = 100 * 1024
MAX_REQUESTS = 10


def first_tool_url():
    from tools_catalog.models import Tool

    tool = Tool.objects.published().order_by("name").first()
    return tool.get_absolute_url()


def test_main_pages_weigh_less_than_100_kb_in_under_10_requests(live_server, new_page):
    # One load of the demo for the three pages (a live server needs committed data: a
    # transactional test, which cannot share the demo_content fixture).
    from django.test import override_settings

    with override_settings(DEBUG=True):  # demo_data refuses to run otherwise; pages are served as in production
        call_command("demo_data", stdout=StringIO())
    failures = []
    for path in ["/", "/outils/?q=zoom", first_tool_url()]:
        page = new_page("phone")  # a fresh context: a cold cache for each page
        requests = []
        page.on("requestfinished", lambda request, requests=requests: requests.append(request))
        page.goto(live_server.url + path, wait_until="load")
        total = 0
        for request in requests:
            sizes = request.sizes()
            total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        other_origins = [r.url for r in requests if not r.url.startswith(live_server.url)]
        if other_origins:
            failures.append(f"{path}: requêtes vers une autre origine {other_origins}")
        if len(requests) > MAX_REQUESTS:
            failures.append(f"{path}: {len(requests)} requêtes {[r.url for r in requests]}")
        if total >= MAX_BYTES:
            failures.append(f"{path}: {total} octets")
    assert not failures, "\n".join(failures)

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


@pytest.mark.parametrize("path", ["/", "/outils/?q=zoom", "tool"])
def test_main_pages_weigh_less_than_100_kb_in_under_10_requests(live_server, new_page, path, settings):
    settings.DEBUG = True  # demo_data refuses to run otherwise; the pages are then served as in production
    call_command("demo_data", stdout=StringIO())
    settings.DEBUG = False
    if path == "tool":
        path = first_tool_url()
    page = new_page("phone")
    requests = []
    page.on("requestfinished", lambda request: requests.append(request))
    page.goto(live_server.url + path, wait_until="load")
    total = 0
    for request in requests:
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    other_origins = [r.url for r in requests if not r.url.startswith(live_server.url)]
    assert other_origins == []
    assert len(requests) <= MAX_REQUESTS, [r.url for r in requests]
    assert total < MAX_BYTES, f"{path}: {total} octets"

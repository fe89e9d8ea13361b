"""The portal-wide sweeps crawl as a visitor and as a coordinator; these pages are an advisor's: swept here.

Every page is strict HTML with one h1 and unique ids; every form resists hostile input (never a 500,
never a script rendered) and refuses a post without CSRF token.
"""

import html5lib
import pytest
from django.test import Client
from django.utils import timezone

from accompaniments import services
from accompaniments.tests.factories import ReferralFactory, VisitFactory
from core.crawl import parse

pytestmark = pytest.mark.django_db

XSS = '<script>alert("xss")</script>'
HOSTILE = [XSS, "' OR 1=1 --", "é" * 3000, "\x00\x01", "-1", "99999999999999999999", '=HYPERLINK("x")', "2202-13-45"]


@pytest.fixture
def pages(advisor, catalogue):
    followup = services.followup_create(
        advisor=advisor,
        name="Association fictive",
        consent=True,
        commune=catalogue["tours"],
        steps=[services.StepSpec(product=catalogue["products"]["zoom"], tool=catalogue["tools"]["jitsi"]),
               services.StepSpec(need=catalogue["needs"]["accounting"])],
    )  # fmt: skip
    step, need_step = list(followup.steps.ordered())
    ReferralFactory(step=step, actor=catalogue["ip"])
    VisitFactory(followup=followup, visited_on=timezone.localdate())
    token = services.share_link_create(followup=followup)
    base = f"/accompagnement/{followup.pk}/"
    return [
        "/accompagnement/",
        "/accompagnement/?commune=37261&etat=tous",
        "/accompagnement/nouveau/?produits=zoom:jitsi-meet,doodle&besoins=comptabilite:paheko&equipe=benevoles",
        base,
        base + "modifier/",
        base + "confier/",
        base + "visites/nouvelle/",
        base + "etapes/ajouter/",
        f"{base}etapes/{step.pk}/",
        f"{base}etapes/{need_step.pk}/",
        base + "ou-en-sommes-nous/",
        base + "historique/",
        f"/accompagnement/lien/{token}/",
    ]


def test_every_page_is_valid_html_with_one_h1_and_unique_ids(client, advisor, other_advisor, pages):
    client.force_login(advisor)
    parser = html5lib.HTMLParser(strict=True)
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        parser.parse(html)
        ids = [piece.split('"', 1)[0] for piece in html.split(' id="')[1:]]
        assert len(ids) == len(set(ids)), (url, sorted({i for i in ids if ids.count(i) > 1}))
        assert html.count("<h1") == 1, url


def test_every_form_resists_hostile_input_and_a_missing_csrf_token(client, advisor, other_advisor, pages):
    client.force_login(advisor)
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(advisor)
    failures = []
    for url in pages:
        for form in parse(client.get(url).content.decode()).forms:
            action = form["action"] or url
            if form["method"] != "post" or action.startswith("/compte/logout"):
                continue
            if csrf_client.post(action, {"x": "y"}).status_code != 403:
                failures.append(f"POST sans CSRF {action}")
            for payload in HOSTILE:
                data = {
                    name: (field["value"] if field["kind"] == "hidden" else payload)
                    if isinstance(field, dict)
                    else field
                    for name, field in form["fields"].items()
                }
                answer = client.post(action, data)
                if answer.status_code >= 500:
                    failures.append(f"POST {action} {payload[:20]!r}: {answer.status_code}")
                elif XSS.encode() in answer.content:
                    failures.append(f"POST {action}: script rendered")
    for url in pages:
        if XSS.encode() in client.get(url).content:
            failures.append(f"{url}: stored script rendered")
    assert not failures, "\n".join(failures)

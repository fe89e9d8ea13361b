"""Finding 5: the association's name and the advisor's note never travel in an address.

They used to be GET parameters of the visit sheet, so they went to the gunicorn and proxy access
logs, the browser history and the QR code, and a long note broke the QR code (500).
"""

import re

import pytest

from core.qr import qr_svg
from ptca.tests.companion.conftest import build_catalogue
from ptca.tests.gunicorn_server import running_gunicorn

pytestmark = pytest.mark.django_db
SHEET = "/visite/fiche/"
NAME = "Amicale des pêcheurs de Loches"
NOTE = "Trésorière malade, rappeler Mme Dubois au 06 12 34 56 78."


@pytest.fixture
def catalogue(db):
    return build_catalogue()


def test_step_one_sends_the_name_and_the_note_in_a_post_body(client, catalogue):
    html = client.get("/visite/").content.decode()
    form = re.search(r"<form [^>]*visit-form[^>]*>", html).group(0)
    assert 'method="post"' in form
    assert 'name="association"' in html and 'name="note"' in html


def test_the_sheet_shows_them_but_no_address_of_it_carries_them(client, catalogue):
    response = client.post(SHEET, {"produits": "zoom", "association": NAME, "note": NOTE})
    html = response.content.decode()
    assert NAME in html and "rappeler Mme Dubois" in html
    share = response.context["share_url"]
    assert share == "http://testserver/visite/fiche/?produits=zoom"
    # Every link and form target of the page is free of them.
    for target in re.findall(r'(?:href|action|value)="([^"]*)"', html):
        if target in (NAME, NOTE):
            continue  # the hidden fields of "Modifier les choix" (a POST body)
        assert "Dubois" not in target and "pêcheurs" not in target and "Amicale" not in target, target
    assert "no-store" in response["Cache-Control"]


def test_the_qr_code_encodes_only_the_public_address(client, catalogue):
    response = client.post(SHEET, {"produits": "zoom", "association": NAME, "note": NOTE})
    public_only = client.get(SHEET, {"produits": "zoom"})
    qr = re.search(r"<svg[^>]*class=\"qr\".*?</svg>", response.content.decode(), re.S).group(0)
    assert qr == re.search(r"<svg[^>]*class=\"qr\".*?</svg>", public_only.content.decode(), re.S).group(0)


def test_an_old_address_with_the_name_and_note_is_redirected_without_them(client, catalogue):
    response = client.get(SHEET, {"produits": "zoom", "association": NAME, "note": NOTE})
    assert response.status_code == 302
    assert response["Location"] == "/visite/fiche/?produits=zoom"


def test_a_long_note_never_breaks_the_sheet(client, catalogue):
    response = client.post(SHEET, {"produits": "zoom", "association": "A" * 5000, "note": "é" * 10_000})
    assert response.status_code == 200
    assert 'class="qr"' in response.content.decode()


def test_an_address_too_long_for_a_qr_code_gives_no_drawing_not_an_error():
    assert qr_svg("https://portail.example.org/visite/fiche/?produits=" + "a" * 4000) == ""
    assert qr_svg("https://portail.example.org/visite/fiche/?produits=" + "a" * 2000).startswith("<svg")


def test_the_longest_public_sheet_address_still_gets_a_qr_code(client, db):
    """Ten products and eight needs with 120-character slugs: the share link must fit a QR code."""
    from tools_catalog.tests.factories import NeedFactory, ProprietaryProductFactory

    products = [ProprietaryProductFactory(slug=f"{index}-" + "p" * 117) for index in range(10)]
    needs = [NeedFactory(slug=f"{index}-" + "b" * 117) for index in range(8)]
    response = client.get(
        SHEET,
        {
            "produits": ",".join(p.slug for p in products),
            "besoins": ",".join(n.slug for n in needs),
            "equipe": "benevoles",
            "budget": "aucun",
            "aisance": "debutant",
        },
    )
    assert response.status_code == 200
    assert len(response.context["share_url"]) > 2000
    assert 'class="qr"' in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_gunicorn_access_log_never_holds_the_name_or_the_note():
    with running_gunicorn() as server:
        status, html, _headers = server.post_form(
            "/visite/fiche/", {"produits": "zoom", "association": NAME, "note": NOTE}, form_page="/visite/"
        )
        assert status == 200
        assert "Amicale des pêcheurs de Loches" in html
        assert server.request("/visite/fiche/?produits=zoom&note=secret-dans-l-adresse")[0] == 302
        log = server.access_log()
        assert "POST /visite/fiche/ " in log
        for secret in ("Amicale", "p%C3%AAcheurs", "Dubois", "06 12", "06+12"):
            assert secret not in log, secret

"""The visit companion: step 1, the sheet, bad input, constant queries."""

import html
import re

import pytest
from django.urls import reverse

from ptca.companion import visit as visit_lib
from ptca.tests.companion.conftest import build_catalogue

pytestmark = pytest.mark.django_db

SHEET = "/visite/fiche/"


def text_of(response):
    return html.unescape(response.content.decode())


def test_routes():
    assert reverse("visit") == "/visite/"
    assert reverse("visit_sheet") == "/visite/fiche/"
    assert reverse("search") == "/recherche/"


def test_step_one_lists_products_by_need_needs_profile_and_communes(client, catalogue):
    response = client.get("/visite/")
    assert response.status_code == 200
    content = text_of(response)
    # POST: the association's name and the note never travel in an address.
    assert '<form method="post" action="/visite/fiche/"' in content
    assert 'name="csrfmiddlewaretoken"' in content
    assert "<summary>Visioconférence <span" in content  # the shared picker (templates/components/picker.html)
    assert 'name="produits" value="zoom" id="produit-zoom"' in content
    assert 'name="besoins" value="comptabilite"' in content
    assert 'value="37261"' in content and "Tours (37000)" in content
    for label in ("Bénévoles seulement", "Aucun budget", "Débutants", "Nom de l'association", "Note libre"):
        assert label in content
    assert "ptca/visit.js" in content
    # The products filter works without script: its own button reloads step 1 with `filtre`.
    assert 'name="filtre"' in content and 'formaction="/visite/"' in content


def test_step_one_keeps_previous_choices_from_the_address(client, catalogue):
    response = client.get("/visite/", {"produits": "zoom,doodle", "aisance": "debutant", "commune": "37261"})
    content = text_of(response)
    assert 'value="zoom" id="produit-zoom" checked' in content
    assert 'value="doodle" id="produit-doodle" checked' in content
    assert 'value="google-drive" id="produit-google-drive">' in content
    assert 'id="aisance-debutant" checked' in content
    assert 'value="37261" selected' in content


def test_step_one_keeps_the_name_and_note_sent_back_by_post(client, catalogue):
    """ "Modifier les choix" on a sheet posts every value back, the name and the note included."""
    response = client.post(
        "/visite/",
        {"produits": "zoom,doodle", "aisance": "debutant", "association": "Les Amis", "note": "Revoir\nen mai"},
    )
    assert response.status_code == 200
    content = text_of(response)
    assert 'value="zoom" id="produit-zoom" checked' in content
    assert 'value="Les Amis"' in content
    assert ">Revoir\nen mai</textarea>" in content
    assert "no-store" in response["Cache-Control"]


def test_an_address_with_the_name_or_the_note_is_sent_to_the_public_address(client, catalogue):
    """Old links carried the name and the note: they are dropped from the address, never shown."""
    for path in ("/visite/", SHEET):
        response = client.get(
            path, {"produits": "zoom", "association": "Les Amis", "note": "secret", "aisance": "debutant"}
        )
        assert response.status_code == 302
        assert response["Location"] == f"{path}?produits=zoom&aisance=debutant"
        assert client.get(path, {"note": "secret"})["Location"] == path


def test_sheet_for_a_beginner_volunteer_association(client, catalogue):
    response = client.post(
        SHEET,
        {
            "produits": ["zoom", "google-drive"],
            "besoins": "comptabilite",
            "equipe": "benevoles",
            "budget": "aucun",
            "aisance": "debutant",
            "commune": "37261",
            "association": "Club de randonnée",
            "note": "Revoir en mars.\nParler au trésorier.",
        },
    )
    assert response.status_code == 200
    content = text_of(response)
    assert "À la place de Zoom" in content and "À la place de Google Drive" in content
    zoom_part = content.split("À la place de Zoom")[1].split("À la place de Google Drive")[0]
    # Jitsi Meet (hosted by Framasoft) before BigBlueButton (to install).
    assert zoom_part.index("Jitsi Meet") < zoom_part.index("BigBlueButton")
    assert "Proposé parce que c'est un service en ligne proposé chez Framasoft" in zoom_part
    assert "Ce qui se perd" in zoom_part and "Ce qui se gagne" in zoom_part and "Premières étapes" in zoom_part
    # Only the first three migration steps, rendered from Markdown.
    assert "<li>Exporter les données" in zoom_part and "Fermer l'ancien compte" not in zoom_part
    # Google Drive: the paid hosting (Nextcloud) comes after the free tool when there is no budget.
    drive_part = content.split("À la place de Google Drive")[1].split("Pour les besoins sans outil")[0]
    # Its cost note (fixture: "Gratuit.") mentions a free offer: no "il faut payer… budget nul".
    assert "alors que le budget est nul" not in drive_part
    assert "l'abonnement est payant en dehors d'une offre gratuite sous conditions" in drive_part
    # A need without a tool.
    assert "Pour les besoins sans outil" in content and "Paheko" in content and "Grisbi" in content
    # Profile, commune, association name and note, date and portal address.
    assert "Club de randonnée" in content
    assert "Revoir en mars.<br>Parler au trésorier." in content
    assert "Aisance numérique : Débutants" in content and "Commune : Tours" in content
    assert "http://testserver" in content
    # Guides: three at most.
    assert [guide.slug for guide in response.context["guides"]] == ["logiciel-libre", "accompagner", "argumentaire"]
    assert 'href="/outils/guides/argumentaire/"' in content and "/outils/guides/donnees/" not in content
    # The share link is the canonical, short address of the public values; the QR code is inline SVG.
    share = response.context["share_url"]
    assert share == (
        "http://testserver/visite/fiche/?produits=zoom%2Cgoogle-drive&besoins=comptabilite"
        "&equipe=benevoles&budget=aucun&aisance=debutant&commune=37261"
    )
    assert "association" not in share and "note" not in share and "Club" not in share
    # The page holding the name and the note is kept by no cache.
    assert "no-store" in response["Cache-Control"]
    assert "readonly data-share-url" in content
    assert re.search(r'<svg aria-hidden="true" focusable="false" viewBox="[^"]+" class="qr">', content)


def test_a_paid_only_subscription_is_said_so_when_the_budget_is_nil(client, catalogue):
    from tools_catalog.models import Equivalence

    Equivalence.objects.filter(tool=catalogue["tools"]["nextcloud"]).update(
        cost_note="Abonnement chez un hébergeur ou accès via un réseau."
    )
    response = client.get(SHEET, {"produits": "google-drive", "budget": "aucun", "aisance": "debutant"})
    assert "mais il faut payer un abonnement alors que le budget est nul" in text_of(response)


def test_step_one_counts_the_chosen_products_and_the_sheet_says_when_more_than_ten_were_sent(client, catalogue):
    content = text_of(client.get("/visite/"))
    assert 'role="status" aria-live="polite" data-visit-count data-max="10" hidden' in content
    assert "ptca/visit-count.js" in content
    # Without JavaScript eleven products can be sent: the sheet keeps ten and says so.
    eleven = [*catalogue["products"], *(f"produit-{index}" for index in range(6))]
    response = client.post(SHEET, {"produits": eleven})
    assert response.status_code == 200
    assert len(response.context["visit"].product_slugs) == 10
    assert "Une fiche compte au plus 10 produits : seuls les 10 premiers sont pris en compte." in text_of(response)


def test_sheet_renders_the_visit_sheet_slot_with_the_chosen_tools(client, catalogue):
    response = client.get(
        SHEET, {"produits": "zoom", "besoins": "comptabilite", "commune": "37003", "equipe": "benevoles"}
    )
    content = text_of(response)
    slot = response.context["slot_context"]
    assert slot["staff"] == "benevoles"  # the trainings app leaves out modules not meant for volunteers
    assert catalogue["tools"]["jitsi"] in slot["tools"]
    assert [need.slug for need in slot["needs"]] == ["comptabilite"]
    assert slot["commune"] == catalogue["amboise"]
    # The actors app fills the slot: nearest first when a commune is given.
    assert content.index("Amboise numérique") < content.index("Informatique participative")


def test_sheet_opens_with_a_summary_line_per_product_and_its_details_rendered_open(client, catalogue):
    """On a phone: one summary line per product or need with a jump link; the details are rendered
    open (print and no-JS show everything), sheet.js folds them on small screens."""
    response = client.get(SHEET, {"produits": "zoom,google-drive", "besoins": "comptabilite"})
    content = text_of(response)
    summary = content.split('aria-labelledby="sheet-summary"')[1].split("</nav>")[0]
    lines = re.findall(r"<li>(.*?)</li>", summary)
    assert len(lines) == 3
    assert lines[0].startswith('<a href="#fiche-produit-zoom" data-sheet-jump>Zoom</a> → Jitsi Meet')
    assert lines[1].startswith('<a href="#fiche-produit-google-drive" data-sheet-jump>Google Drive</a> → ')
    assert lines[2].startswith('<a href="#fiche-besoin-comptabilite" data-sheet-jump>')
    for anchor in ("fiche-produit-zoom", "fiche-produit-google-drive", "fiche-besoin-comptabilite"):
        assert f'id="{anchor}"' in content
    assert content.count('<details class="sheet-fold" open data-sheet-fold>') == 3
    assert "ptca/sheet.js" in content
    # Nothing recognised: no summary.
    assert 'aria-labelledby="sheet-summary"' not in text_of(client.get(SHEET, {"produits": "inconnu"}))


def test_shared_link_gives_the_same_sheet(client, catalogue):
    first = client.get(SHEET, {"produits": ["zoom", "doodle"], "aisance": "debutant", "commune": "37261"})
    shared = first.context["share_url"].removeprefix("http://testserver")
    second = client.get(shared)
    assert second.status_code == 200
    assert second.context["share_url"] == first.context["share_url"]

    def strip(response):
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())

    assert strip(first) == strip(second)


def test_empty_sheet_invites_to_step_one(client, catalogue):
    response = client.get(SHEET)
    assert response.status_code == 200
    content = text_of(response)
    assert "Aucun outil ni besoin reconnu" in content
    assert 'class="qr"' not in content


@pytest.mark.parametrize(
    "params, message",
    [
        ({"produits": "zoom,inconnu,autre-inconnu"}, "Ignoré, car absent du catalogue : inconnu, autre-inconnu."),
        ({"produits": "zoom,<script>alert(1)</script>"}, "Certaines valeurs de l'adresse n'étaient pas valables"),
        ({"produits": ",".join(f"p{i}" for i in range(40))}, "Une fiche compte au plus 10 produits"),
        ({"besoins": ",".join(f"b{i}" for i in range(40))}, "Une fiche compte au plus 8 besoins"),
        ({"produits": "zoom", "aisance": "expert"}, "Une valeur du profil n'était pas reconnue"),
        ({"produits": "zoom", "commune": "Paris"}, "La commune indiquée n'est pas reconnue"),
        ({"produits": "zoom", "commune": "37999"}, "La commune indiquée n'est pas connue du portail"),
    ],
)
def test_bad_input_is_ignored_with_a_french_message(client, catalogue, params, message):
    response = client.get(SHEET, params)
    assert response.status_code == 200
    assert message in text_of(response)
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_huge_and_odd_query_strings_never_fail(client, catalogue):
    huge = "zoom," + "a" * 10_000
    for params in (
        {"produits": huge, "besoins": huge, "note": "x" * 10_000, "association": "y" * 10_000},
        {"produits": "zoom", "note": "\x00\x07\u202e\ufeff 🎉 é\u0301", "association": "\u0000<b>"},
        {"produits": ["zoom"] * 500},
        {"equipe": "\x00", "budget": "🎉", "aisance": "a" * 5000, "commune": "\x00" * 20},
    ):
        for send in (client.get, client.post):
            response = send(SHEET, params, follow=True)
            assert response.status_code == 200
            step_one = send("/visite/", params, follow=True)
            assert step_one.status_code == 200
    response = client.post(SHEET, {"produits": "zoom", "note": "n" * 10_000, "association": "y" * 10_000})
    assert len(response.context["visit"].note) == visit_lib.MAX_NOTE_LENGTH
    assert len(response.context["visit"].association) == visit_lib.MAX_NAME_LENGTH
    response = client.post(SHEET, {"produits": "zoom", "association": "\u0000<b>"})
    assert "<b>" in response.context["visit"].association
    assert "&lt;b&gt;" in response.content.decode() and "\u0000<b>" not in response.content.decode()


def test_note_and_name_are_escaped(client, catalogue):
    response = client.post(
        SHEET, {"produits": "zoom", "association": "<img src=x onerror=alert(1)>", "note": "<script>x</script>"}
    )
    content = response.content.decode()
    assert "<img src=x" not in content and "<script>x</script>" not in content
    assert "&lt;img src=x onerror=alert(1)&gt;" in content


def test_only_get_and_post_are_allowed_and_post_needs_its_csrf_token(client, catalogue):
    from django.test import Client

    assert client.put(SHEET, {"produits": "zoom"}).status_code == 405
    assert client.delete("/visite/").status_code == 405
    assert client.post(SHEET, {"produits": "zoom"}).status_code == 200
    assert Client(enforce_csrf_checks=True).post(SHEET, {"produits": "zoom"}).status_code == 403


def test_nothing_is_stored(client, catalogue, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.post(SHEET, {"produits": "zoom", "association": "Club", "note": "secret"})
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    assert writes == []
    assert "sessionid" not in client.cookies


def query_count(client, params):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(SHEET, params)
    assert response.status_code == 200
    return len(queries)


def test_sheet_runs_a_constant_number_of_queries(client, db, django_assert_max_num_queries):
    data = build_catalogue(extra_products=8)
    from actors.tests.factories import CommuneFactory

    CommuneFactory(insee_code="37261")
    few = {"produits": "zoom", "besoins": "comptabilite", "commune": "37261", "aisance": "debutant"}
    many = {
        "produits": ",".join(list(data["products"])[:10]),
        "besoins": ",".join(need.slug for need in data["needs"].values()),
        "commune": "37261",
        "aisance": "debutant",
    }
    small = query_count(client, few)
    large = query_count(client, many)
    assert large == small, (small, large)
    with django_assert_max_num_queries(14):
        client.get(SHEET, many)


def test_step_one_runs_a_constant_number_of_queries(client, db, django_assert_max_num_queries):
    build_catalogue()
    with django_assert_max_num_queries(4):
        client.get("/visite/")
    from tools_catalog.tests.factories import ProprietaryProductFactory

    for index in range(25):
        ProprietaryProductFactory(name=f"Autre {index}", slug=f"autre-{index}")
    with django_assert_max_num_queries(4):
        response = client.get("/visite/")
    assert "Autres produits" in response.content.decode()


def test_first_steps_keeps_the_first_items_or_paragraph():
    assert visit_lib.first_steps("1. Un\n2. Deux\n3. Trois\n4. Quatre") == ("1. Un\n2. Deux\n3. Trois", True)
    assert visit_lib.first_steps("- Un\n- Deux") == ("- Un\n- Deux", False)
    assert visit_lib.first_steps("Intro.\n\n- Un\n  suite\n- Deux\n\nFin.") == ("- Un\n  suite\n- Deux", True)
    assert visit_lib.first_steps("Un paragraphe.\n\nUn autre.") == ("Un paragraphe.", True)
    assert visit_lib.first_steps("") == ("", False)


def _listed_products(response):
    return [product.slug for group in response.context["product_groups"] for product in group["products"]]


@pytest.mark.parametrize(
    ("filtre", "expected", "suggestion"),
    [
        ("zoom", {"zoom"}, ""),
        ("drive", {"google-drive"}, ""),
        ("gogle drive", {"google-drive"}, "Google Drive"),  # a typo, corrected
        ("visio", {"zoom"}, ""),  # a need word finds the need's products
        ("planif", {"doodle"}, ""),  # the start of a need's word
    ],
)
def test_step_one_filter_without_script(client, catalogue, filtre, expected, suggestion):
    response = client.get("/visite/", {"filtre": filtre})
    assert response.status_code == 200
    assert set(_listed_products(response)) == expected
    assert response.context["filter_suggestion"] == suggestion
    if suggestion:
        assert f"<span data-picker-suggestion-label>{suggestion}</span>" in text_of(response)
        assert "filtre=google+drive" in response.context["suggestion_url"]


def test_step_one_filter_keeps_the_chosen_products_and_says_when_nothing_matches(client, catalogue):
    response = client.get("/visite/", {"filtre": "zoom", "produits": "doodle"})
    assert set(_listed_products(response)) == {"zoom", "doodle"}  # a chosen product is never hidden
    response = client.get("/visite/", {"filtre": "xqzwvk"})
    assert _listed_products(response) == []
    assert "Aucun produit ne correspond à « xqzwvk »" in text_of(response)


def test_filter_as_json_for_the_script(client, catalogue):
    data = client.get("/visite/produits.json", {"filtre": "gogle drive"}).json()
    assert data == {"produits": ["google-drive"], "suggestion": "Google Drive", "correction": "google drive"}
    data = client.get("/visite/produits.json", {"filtre": "visio"}).json()
    assert data["produits"] == ["zoom"] and data["suggestion"] == ""
    everything = client.get("/visite/produits.json").json()["produits"]
    assert {"zoom", "google-drive", "doodle"} <= set(everything)
    assert client.post("/visite/produits.json").status_code == 405


def test_the_products_filter_runs_a_constant_number_of_queries(client, db, django_assert_max_num_queries):
    from tools_catalog.tests.factories import ProprietaryProductFactory

    build_catalogue()
    client.get("/visite/produits.json", {"filtre": "chauffe"})  # loads the word list
    for size in (0, 25):
        for index in range(size):
            ProprietaryProductFactory(name=f"Visio {index}", slug=f"visio-{index}")
        client.get("/visite/produits.json", {"filtre": "chauffe"})
        with django_assert_max_num_queries(2):
            assert "zoom" in client.get("/visite/produits.json", {"filtre": "visio"}).json()["produits"]
        with django_assert_max_num_queries(6):
            client.get("/visite/", {"filtre": "gogle"})

"""Portal-wide search: grouping, accents, typos (PostgreSQL), help, bad input, constant queries."""

import html

import pytest

from actors.tests.factories import ActorFactory
from ptca.tests.companion.conftest import build_catalogue

pytestmark = pytest.mark.django_db

URL = "/recherche/"


def text_of(response):
    return html.unescape(response.content.decode())


def found_tools(results):
    """Free tools found: in their own group, or shown with the products found (not repeated)."""
    shown = [e.tool.slug for product in results["products"] for e in product.public_equivalences]
    return shown + [tool.slug for tool in results["tools"]]


def test_product_with_its_equivalents_comes_first(client, catalogue):
    response = client.get(URL, {"q": "zoom"})
    assert response.status_code == 200
    results = response.context["results"]
    assert [product.slug for product in results["products"]] == ["zoom"]
    content = text_of(response)
    assert "Remplacer Zoom" in content
    products_at = content.index("Outils propriétaires et leurs alternatives libres")
    assert products_at < content.index("Jitsi Meet")
    # The product's equivalents are shown with it, not repeated among free tools.
    assert all(tool.slug not in {"jitsi-meet", "bigbluebutton"} for tool in results["tools"])


def test_alias_and_case(client, catalogue):
    for query in ("gdrive", "GOOGLE DRIVE", "  drive "):
        results = client.get(URL, {"q": query}).context["results"]
        assert [product.slug for product in results["products"]] == ["google-drive"], query


def test_groups_in_order_needs_actors_guides(client, catalogue):
    catalogue["near"].summary = "Visioconférence et logiciels libres pour les associations."
    catalogue["near"].save()
    response = client.get(URL, {"q": "visioconférence"})
    results = response.context["results"]
    assert [need.slug for need in results["needs"]] == ["visioconference"]
    assert "jitsi-meet" in found_tools(results)
    assert [actor.slug for actor in results["actors"]] == ["informatique-participative"]
    content = text_of(response)
    titles = ("Outils propriétaires et leurs alternatives libres</h2>", "Besoins</h2>", "Acteurs du territoire</h2>")
    order = [content.index(title) for title in titles]
    assert order == sorted(order)


@pytest.mark.parametrize("query", ["visio", "VISIOCONFERENCE", "visioconférence", "Visioconférence"])
def test_accent_and_case_insensitive(client, catalogue, query):
    results = client.get(URL, {"q": query}).context["results"]
    assert "visioconference" in [need.slug for need in results["needs"]]
    assert "jitsi-meet" in found_tools(results)
    # The need word finds the products used for it, with their alternatives.
    assert "zoom" in [product.slug for product in results["products"]]


def test_actor_accents(client, catalogue):
    ActorFactory(name="Médiathèque François-Rabelais", slug="mediatheque", summary="Ateliers numériques.")
    results = client.get(URL, {"q": "mediatheque francois"}).context["results"]
    assert [actor.slug for actor in results["actors"]] == ["mediatheque"]


def test_guides_are_found(client, catalogue):
    results = client.get(URL, {"q": "argumentaire"}).context["results"]
    assert [guide.slug for guide in results["guides"]] == ["argumentaire"]


def test_needs_tolerate_a_typo_on_every_database(client, catalogue):
    results = client.get(URL, {"q": "comptabilitee"}).context["results"]
    assert [need.slug for need in results["needs"]] == ["comptabilite"]


@pytest.mark.postgres
def test_typos_on_postgresql(client, catalogue):
    results = client.get(URL, {"q": "jitsy meet"}).context["results"]
    assert "jitsi-meet" in [tool.slug for tool in results["tools"]]
    results = client.get(URL, {"q": "informatique participatve"}).context["results"]
    assert "informatique-participative" in [actor.slug for actor in results["actors"]]
    results = client.get(URL, {"q": "whatsap"}).context["results"]
    assert [product.slug for product in results["products"]] == ["whatsapp"]


def test_no_result_help_suggests_needs(client, catalogue):
    response = client.get(URL, {"q": "xyzzyplugh"})
    assert response.status_code == 200
    content = text_of(response)
    assert "Aucun résultat." in content
    assert "Aucun résultat : quelques pistes" in content
    assert 'href="/outils/besoins/comptabilite/"' in content
    assert 'href="/visite/"' in content


def test_empty_query_shows_the_help(client, catalogue):
    response = client.get(URL)
    content = text_of(response)
    assert response.status_code == 200
    assert "Comment chercher ?" in content
    assert 'href="/outils/besoins/visioconference/"' in content
    assert "Aucun résultat." not in content


@pytest.mark.parametrize(
    "query",
    [
        "z" * 10_000,
        "\x00zoom",
        "zoom\u202e\ufeff",
        "🎉🎉",
        "'; DROP TABLE x; --",
        "%",
        "_",
        "\\",
        "é\u0301",
        "<script>",
    ],
)
def test_odd_queries_never_fail(client, catalogue, query):
    response = client.get(URL, {"q": query})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main")[1]


def test_long_query_is_cut_with_a_message(client, catalogue):
    response = client.get(URL, {"q": "zoom " + "a" * 10_000})
    assert "seuls ses 200 premiers caractères" in text_of(response)


def test_query_is_kept_in_the_header_box(client, catalogue):
    content = client.get(URL, {"q": "zoom"}).content.decode()
    assert 'id="site-search-q" name="q" placeholder="Zoom, Google Drive, visio…" value="zoom"' in content


def populate(size):
    data = build_catalogue(extra_products=size)
    for index in range(size):
        ActorFactory(name=f"Visio acteur {index}", slug=f"visio-acteur-{index}", tools=[data["tools"]["jitsi"]])
    from tools_catalog.tests.factories import GuideFactory, ToolFactory
    from trainings.tests.factories import SessionFactory, TrainingFactory

    for index in range(size):
        training = TrainingFactory(title=f"Animer une visio {index}", slug=f"animer-visio-{index}")
        SessionFactory(training=training)
        SessionFactory(training=training)

    for index in range(size):
        ToolFactory(name=f"Visio outil {index}", slug=f"visio-outil-{index}", needs=[data["needs"]["visio"]])
        GuideFactory(title=f"Guide visio {index}", slug=f"guide-visio-{index}")


@pytest.mark.parametrize("size", [2, 25])
def test_constant_number_of_queries(client, db, django_assert_max_num_queries, size):
    populate(size)
    client.get(URL, {"q": "chauffe"})  # loads the word list (once per process after a change)
    # "visio" names a need: its products (one query) and their alternatives (one) come first.
    with django_assert_max_num_queries(11):
        response = client.get(URL, {"q": "visio"})
    results = response.context["results"]
    assert results["tools"] and results["actors"] and results["guides"] and results["needs"] and results["trainings"]
    assert results["products"]
    with django_assert_max_num_queries(10):
        client.get(URL, {"q": "zoom"})
    with django_assert_max_num_queries(10):
        response = client.get(URL, {"q": "zooom"})  # a typo: corrected in memory, no extra query
    assert [product.slug for product in response.context["results"]["products"]] == ["zoom"]


def test_trainings_with_their_next_sessions(client, catalogue):
    from trainings.tests.factories import SessionFactory, TrainingFactory

    training = TrainingFactory(title="Le numérique libre pour les associations", slug="numerique-libre")
    SessionFactory(training=training, past=True)
    SessionFactory(training=training, cancelled=True)
    upcoming = SessionFactory(training=training)
    TrainingFactory(title="Module caché du numérique", slug="cache", hidden=True)
    response = client.get(URL, {"q": "numerique libre"})
    (found,) = response.context["results"]["trainings"]
    assert found.slug == "numerique-libre"
    assert found.next_sessions == [upcoming]
    content = text_of(response)
    assert "Formations et sessions" in content and f'href="/formations/sessions/{upcoming.pk}/"' in content

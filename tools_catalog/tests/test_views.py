import pytest
from django.urls import reverse

from tools_catalog.models import Need
from tools_catalog.tests.conftest import build_catalogue
from tools_catalog.tests.factories import (
    EquivalenceFactory,
    GuideFactory,
    NeedFactory,
    ProprietaryProductFactory,
    ToolFactory,
)

pytestmark = pytest.mark.django_db


def test_urls_do_not_swallow_each_other():
    assert reverse("tools_catalog:need_list") == "/outils/besoins/"
    assert reverse("tools_catalog:compare") == "/outils/comparer/"
    assert reverse("tools_catalog:guide_list") == "/outils/guides/"
    assert reverse("tools_catalog:export_json") == "/outils/export.json"
    assert reverse("tools_catalog:export_csv") == "/outils/export.csv"
    assert reverse("tools_catalog:tool_detail", args=["jitsi-meet"]) == "/outils/jitsi-meet/"


def test_list_shows_the_named_product_first_with_its_equivalents(client, visio_catalogue):
    response = client.get("/outils/", {"q": "zoom"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Vous utilisez Zoom ?") < html.index("2 outils libres pour « zoom »")
    assert "/outils/jitsi-meet/?depuis=zoom#remplacer-zoom" in html
    assert html.count('value="zoom"') == 2  # the header and page search boxes keep the query


def test_list_without_query_is_by_name_and_counts_values(client, visio_catalogue):
    response = client.get("/outils/")
    tools = [tool.name for tool in response.context["tools"]]
    assert tools == ["BigBlueButton", "Jitsi Meet", "LibreOffice", "Nextcloud"]
    facets = response.context["facets"]
    assert ("easy", "Facile", 2, False) in facets["ease"]
    assert ("advanced", "Avancé", 1, False) in facets["ease"]
    assert ("visioconference", "Visioconférence", 2, False) in facets["need"]
    assert ("windows", "Windows", 1, False) in facets["platform"]
    assert response.context["products"] == []


def test_filters_combine_and_counts_ignore_their_own_filter(client, visio_catalogue):
    response = client.get("/outils/", {"need": "visioconference", "ease": "easy", "platform": "web"})
    assert [tool.name for tool in response.context["tools"]] == ["Jitsi Meet"]
    facets = response.context["facets"]
    # Counts of "ease" ignore the ease filter but keep the others: BigBlueButton is advanced.
    assert ("advanced", "Avancé", 1, False) in facets["ease"]
    assert ("easy", "Facile", 1, True) in facets["ease"]
    html = response.content.decode()
    assert '<option value="easy" selected>Facile (1)</option>' in html
    assert "3 filtres actifs" in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"access": "install"}, ["LibreOffice"]),
        ({"cost_model": "hosted"}, ["Nextcloud"]),
        ({"licence": "MPL-2.0"}, ["LibreOffice"]),
        ({"tag": "fichiers"}, ["Nextcloud"]),
        ({"platform": "ios", "q": "visio"}, ["Jitsi Meet"]),
        ({"need": "partage-fichiers", "q": "zoom"}, []),
    ],
)
def test_each_filter(client, visio_catalogue, params, expected):
    response = client.get("/outils/", params)
    assert [tool.name for tool in response.context["tools"]] == expected


@pytest.mark.parametrize(
    "params",
    [
        {"need": "inconnu"},
        {"platform": "amiga"},
        {"access": "x"},
        {"ease": "<script>"},
        {"cost_model": "cher"},
        {"licence": "Proprietary"},
        {"tag": "nulle-part"},
    ],
)
def test_unknown_filter_values_give_a_french_message(client, visio_catalogue, params):
    response = client.get("/outils/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "ne connaît pas la valeur" in html
    assert "<script>" not in html.split("<main", 1)[1]
    assert len(response.context["tools"]) == 4  # the unknown filter is not applied


@pytest.mark.parametrize(
    "query_string",
    [
        "q=" + "a" * 10_000,
        "q=" + "%C3%A9" * 3000,
        "q=%00%01zoom",
        "q=%F0%9F%A6%8A&page=abc",
        "page=999999",
        "need=%E2%80%AE&tag=%00",
        "q=zoom&q=jitsi&need=a&need=b",
        "q=%ZZ%",
    ],
)
def test_malformed_or_huge_query_strings_never_fail(client, visio_catalogue, query_string):
    response = client.get("/outils/?" + query_string)
    assert response.status_code == 200


def test_pagination_keeps_the_filters(client):
    need = NeedFactory()
    for index in range(25):
        ToolFactory(name=f"Outil {index:02d}", needs=[need])
    response = client.get("/outils/", {"need": need.slug})
    assert len(response.context["tools"]) == 20
    html = response.content.decode()
    assert f'href="?need={need.slug}&amp;page=2"' in html
    second = client.get("/outils/", {"need": need.slug, "page": 2})
    assert len(second.context["tools"]) == 5


def test_relevance_order_when_searching(client, visio_catalogue):
    ToolFactory(name="Agenda", summary="Un agenda partagé, compatible Nextcloud.")
    response = client.get("/outils/", {"q": "nextcloud"})
    assert [tool.name for tool in response.context["tools"]] == ["Nextcloud", "Agenda"]


def test_tool_page_shows_everything(client, visio_catalogue):
    ToolFactory(name="Jami", slug="jami", needs=[visio_catalogue["visio"]])
    response = client.get("/outils/jitsi-meet/", {"depuis": "zoom"})
    html = response.content.decode()
    assert response.status_code == 200
    for text in [
        "Jitsi Meet",
        "Apache-2.0",
        "Web, Android, iOS",
        "Framasoft",
        "Membre des CHATONS",
        "Zoom pour Jitsi Meet",
        "Moins d&#x27;intégrations",
        "Créez un salon sur meet.jit.si",
        "Autres outils pour les mêmes besoins",
        "Jami",
        "BigBlueButton",
        "réunion",
    ]:
        assert text in html, text
    assert '<details class="equivalence__steps" open>' in html
    assert "/outils/comparer/?outils=jitsi-meet," in html


def test_tool_page_without_relations(client):
    ToolFactory(slug="seul", platforms=[], description="", website="", source_url="")
    response = client.get("/outils/seul/")
    assert response.status_code == 200
    assert "Autres outils" not in response.content.decode()


def test_markdown_payloads_are_sanitised(client):
    payload = '<script>alert(1)</script><img src=x onerror=alert(2)>[clic](javascript:alert(3)) <a href="#" onclick="x()">a</a>'
    tool = ToolFactory(slug="piege", description=payload)
    EquivalenceFactory(tool=tool, migration_steps=payload, product=ProprietaryProductFactory(slug="piege-produit"))
    guide = GuideFactory(slug="guide-piege", body=payload)
    for url in [
        "/outils/piege/?depuis=piege-produit",
        "/outils/remplacer/piege-produit/",
        f"/outils/guides/{guide.slug}/",
    ]:
        html = client.get(url).content.decode()
        main = html.split("<main", 1)[1]
        assert "<script>alert" not in main
        assert "onerror" not in main
        assert "onclick" not in main
        assert "javascript:" not in main


@pytest.mark.parametrize(
    "url",
    [
        "/outils/inconnu/",
        "/outils/remplacer/inconnu/",
        "/outils/besoins/inconnu/",
        "/outils/guides/inconnu/",
        "/outils/%C3%A9t%C3%A9/",
    ],
)
def test_unknown_slugs_give_404(client, visio_catalogue, url):
    response = client.get(url)
    assert response.status_code == 404


def test_unpublished_pages_are_hidden(client):
    ToolFactory(slug="brouillon", unpublished=True)
    ProprietaryProductFactory(slug="brouillon-produit", unpublished=True)
    GuideFactory(slug="brouillon-guide", unpublished=True)
    for url in ["/outils/brouillon/", "/outils/remplacer/brouillon-produit/", "/outils/guides/brouillon-guide/"]:
        assert client.get(url).status_code == 404


def test_replace_page_is_an_accessible_comparison_table(client, visio_catalogue):
    response = client.get("/outils/remplacer/zoom/")
    html = response.content.decode()
    assert "<h1>Remplacer Zoom</h1>" in html
    assert "<caption" in html and 'scope="col"' in html and 'scope="row"' in html
    assert html.index(">Jitsi Meet</a></th>") < html.index(">BigBlueButton</a></th>")
    for row in [
        "Couverture",
        "Prise en main",
        "Coût",
        "Plateformes",
        "Effort de migration",
        "Ce qui se perd",
        "Ce qui se gagne",
    ]:
        assert f'<th scope="row">{row}</th>' in html
    assert "/outils/comparer/?outils=jitsi-meet,bigbluebutton" in html


def test_need_pages(client, visio_catalogue):
    response = client.get("/outils/besoins/")
    assert "2 outils libres" in response.content.decode()
    detail = client.get("/outils/besoins/visioconference/")
    html = detail.content.decode()
    assert "Remplacer Zoom" in html and "Jitsi Meet" in html and "LibreOffice" not in html


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "Cochez de deux à quatre outils"),
        ("jitsi-meet", "Choisissez au moins deux outils"),
        ("a,b,c,d,e", "au plus 4 outils"),
        ("jitsi-meet,inconnu", "existent pas dans le catalogue"),
        ("jitsi-meet,jitsi-meet", "Choisissez au moins deux outils"),
        ("x" * 5000, "Choisissez au moins deux outils"),
    ],
)
def test_compare_explains_wrong_choices(client, visio_catalogue, value, message):
    response = client.get("/outils/comparer/", {"outils": value})
    assert response.status_code == 200
    assert message in response.content.decode()


def test_compare_two_to_four_tools(client, visio_catalogue):
    response = client.get("/outils/comparer/?outils=nextcloud,jitsi-meet&outils=libreoffice")
    assert [tool.name for tool in response.context["tools"]] == ["Nextcloud", "Jitsi Meet", "LibreOffice"]
    html = response.content.decode()
    assert "Comparaison de Nextcloud, Jitsi Meet et LibreOffice" in html
    assert "Framasoft (CHATONS)" in html


def test_guides(client):
    first = GuideFactory(title="Qu'est-ce que le libre ?", position=1)
    GuideFactory(title="Un argumentaire court", position=2)
    html = client.get("/outils/guides/").content.decode()
    assert html.index("Qu&#x27;est-ce que le libre ?") < html.index("Un argumentaire court")
    detail = client.get(first.get_absolute_url()).content.decode()
    assert "<h2>Pourquoi</h2>" in detail and "data-print hidden" in detail


# Constant number of queries, whatever the size of the catalogue ------------------------------

# Measured counts (the same on SQLite and PostgreSQL). The tool page leaves room for the blocks
# other apps add through the "tool_detail" slot (each provider runs a fixed number of queries).
PAGES = [
    ("list", "/outils/", 8),
    ("search", "/outils/?q=zoom", 10),
    ("filtered search", "/outils/?q=visio&need=besoin-x&platform=web&tag=commun&ease=easy", 12),
    # A need word with no product named: + the needs, the links to their products, the products and
    # their equivalences.
    ("need word search", "/outils/?q=besoin", 13),
    ("typo search", "/outils/?q=visoi+libre", 10),
    ("need list", "/outils/besoins/", 1),
    ("need", "/outils/besoins/besoin-x/", 5),
    ("compare", "/outils/comparer/?outils=visio-libre-0,visio-libre-1,visio-libre-2", 4),
    ("detail", "/outils/visio-libre-1/", 7 + 6),
    # + the "replace" slot: accompaniments (one query here) and surveys ("cité par X %": one query here)
    ("replace", "/outils/remplacer/zoom-0/", 3 + 2),
    ("guides", "/outils/guides/", 1),
]


@pytest.mark.parametrize("size", [3, 25])
@pytest.mark.parametrize(("label", "url", "max_queries"), PAGES, ids=[page[0] for page in PAGES])
def test_constant_queries(client, django_assert_max_num_queries, size, label, url, max_queries):
    tools, products, needs = build_catalogue(size)
    needs[0].slug = "besoin-x"
    needs[0].save()
    GuideFactory.create_batch(size)
    client.get("/outils/")  # warm caches (content types)
    client.get("/outils/?q=chauffe")  # and the word list (loaded once per process after a change)
    with django_assert_max_num_queries(max_queries):
        response = client.get(url)
    assert response.status_code == 200
    if label == "search":
        assert len(response.context["products"]) == 3
        assert response.context["page_obj"].paginator.count == size


# Search with filters: the matches are found once, the counts are taken over them ------------


def test_search_with_filters_keeps_relevance_order_and_counts_over_the_matches(client, visio_catalogue):
    ToolFactory(name="Visio rapide", slug="visio-rapide", summary="Visio simple.", platforms=["web"])
    response = client.get("/outils/", {"q": "visio", "platform": "web"})
    names = [tool.name for tool in response.context["tools"]]
    assert names[0] == "Visio rapide"  # the name starts with the query: first
    assert "Jitsi Meet" in names and "Nextcloud" not in names
    assert response.context["page_obj"].paginator.count == len(names)
    facets = response.context["facets"]
    web = next(row for row in facets["platform"] if row[0] == "web")
    assert web[2] == len(names) and web[3] is True
    # The platform counts ignore the platform filter but keep the search.
    assert sum(row[2] for row in facets["ease"]) == len(names)
    assert not any(row[2] for row in facets["need"] if row[0] == "partage-de-fichiers")


def test_search_without_match_counts_nothing(client, visio_catalogue):
    response = client.get("/outils/", {"q": "mot introuvable", "ease": "easy"})
    assert response.status_code == 200
    assert response.context["tools"] == []
    assert all(row[2] == 0 for rows in response.context["facets"].values() for row in rows)


def test_unfiltered_counts_are_cached_until_the_catalogue_changes(client, visio_catalogue, django_assert_num_queries):
    client.get("/outils/")
    with django_assert_num_queries(3):  # count, page, equivalences: no query for the filter counts
        response = client.get("/outils/")
    assert ("easy", "Facile", 2, False) in response.context["facets"]["ease"]
    tool = ToolFactory(name="Framadate", slug="framadate", summary="Sondages.")
    easy = next(row for row in client.get("/outils/").context["facets"]["ease"] if row[0] == "easy")
    assert easy[2] == 3  # a new tool: new counts at once
    tool.ease = "advanced"
    tool.save()
    facets = client.get("/outils/").context["facets"]
    assert ("easy", "Facile", 2, False) in facets["ease"]
    visio = Need.objects.get(slug="visioconference")
    tool.needs.add(visio)
    assert ("visioconference", "Visioconférence", 3, False) in client.get("/outils/").context["facets"]["need"]
    tool.tags.add("sondage")
    assert any(row[0] == "sondage" for row in client.get("/outils/").context["facets"]["tag"])
    tool.delete()
    facets = client.get("/outils/").context["facets"]
    assert ("easy", "Facile", 2, False) in facets["ease"]
    assert not any(row[0] == "sondage" and row[2] for row in facets["tag"])


# Typos, need words and "formation" on the list page ------------------------------------------------


def test_list_suggests_the_catalogue_spelling_and_shows_the_corrected_results(client, visio_catalogue):
    for query, suggestion, product, tool in [
        ("exel", "Excel", "Microsoft Excel", "LibreOffice"),
        ("gogle drive", "Google Drive", "Google Drive", "Nextcloud"),
        ("nextclod", "Nextcloud", None, "Nextcloud"),
    ]:
        response = client.get("/outils/", {"q": query})
        content = response.content.decode()
        assert f"« {suggestion} »</a> ?" in content, query
        assert "Vouliez-vous dire" in content
        if product:
            assert [p.name for p in response.context["products"]] == [product]
        assert tool in [t.name for t in response.context["tools"]] or any(
            e.tool.name == tool for p in response.context["products"] for e in p.public_equivalences
        )
    assert "Vouliez-vous dire" not in client.get("/outils/", {"q": "zoom"}).content.decode()


def test_need_words_show_the_products_of_the_need(client, visio_catalogue):
    response = client.get("/outils/", {"q": "visio"})
    assert [p.name for p in response.context["products"]] == ["Zoom"]
    assert "Produit courant pour le besoin" in response.content.decode()


def test_formation_finds_no_tool_through_information_and_leads_to_the_calendar(client, visio_catalogue):
    from tools_catalog.tests.factories import NeedFactory

    need = NeedFactory(name="Lettre d'information et listes de diffusion", slug="lettre-information")
    ToolFactory(name="Listmonk", slug="listmonk", summary="Lettre d'information.", needs=[need])
    response = client.get("/outils/", {"q": "formation"})
    assert response.context["tools"] == [] and response.context["products"] == []
    content = response.content.decode()
    assert "Vous cherchez une formation ?" in content and 'href="/formations/"' in content
    assert "Vous cherchez une formation ?" not in client.get("/outils/", {"q": "information"}).content.decode()


@pytest.mark.parametrize("size", [3, 25])
def test_new_pages_run_a_constant_number_of_queries(client, coordinator, django_assert_max_num_queries, size):
    from tools_catalog.models import CatalogueReport

    tools, products, needs = build_catalogue(size)
    for tool in tools:
        CatalogueReport.objects.create(tool=tool, message="Faux.")
    client.get("/outils/?q=chauffe")
    with django_assert_max_num_queries(4):
        assert client.get("/outils/remplacer/zoom-0/visio-libre-0/").status_code == 200
    client.force_login(coordinator)
    client.get("/")
    for url, queries in [
        ("/outils/coordination/signalements/", 6),
        ("/outils/coordination/propositions/", 6),
        ("/outils/coordination/a-verifier/", 8),
        ("/outils/visio-libre-0/historique/", 11),
        ("/", 20),
    ]:
        with django_assert_max_num_queries(queries):
            assert client.get(url).status_code == 200, url

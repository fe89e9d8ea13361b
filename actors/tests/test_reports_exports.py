import csv
import io
import json

import pytest
from data_inclusion.schema.v1 import Structure
from django.core.cache import cache
from django.urls import reverse

from actors.models import Actor, ErrorReport
from actors.services import REPORT_LIMIT
from actors.tests.factories import ActorFactory, CommuneFactory, NeedFactory, ServiceFactory, ToolFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


def report_url(actor):
    return reverse("actors:actor_report", args=[actor.slug])


def test_error_report_is_stored_as_plain_text_and_escaped(client, coordinator_client):
    actor = ActorFactory()
    message = '<script>alert("x")</script> voir <a href="https://spam.example">ici</a> **gras**'
    response = client.post(report_url(actor), {"message": message, "contact_email": "moi@example.org"})
    assert response.status_code == 302 and response["Location"] == actor.get_absolute_url()
    report = ErrorReport.objects.get()
    assert report.message == message and report.contact_email == "moi@example.org"
    dashboard = coordinator_client.get(reverse("actors:dashboard")).text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in dashboard
    assert '<a href="https://spam.example">' not in dashboard
    assert "**gras**" in dashboard


def test_error_report_form_errors_are_french_and_keep_input(client):
    actor = ActorFactory()
    response = client.post(report_url(actor), {"message": "", "contact_email": "pas-un-courriel"})
    assert response.status_code == 400
    assert "Dites-nous ce qui est faux ou manque." in response.text
    assert "pas-un-courriel" in response.text
    response = client.post(report_url(actor), {"message": "x" * 2500})
    assert response.status_code == 400 and "dépasse 2 000 caractères" in response.text
    assert not ErrorReport.objects.exists()


def test_honeypot_stores_nothing(client):
    actor = ActorFactory()
    response = client.post(report_url(actor), {"message": "Achetez", "site_web": "https://spam.example"})
    assert response.status_code == 302
    assert not ErrorReport.objects.exists()


def test_reports_are_rate_limited_per_client(client):
    actor = ActorFactory()
    for _ in range(REPORT_LIMIT):
        assert client.post(report_url(actor), {"message": "Erreur"}, REMOTE_ADDR="10.0.0.1").status_code == 302
    response = client.post(report_url(actor), {"message": "Encore"}, REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 429 and "réessayez dans une heure" in response.text
    assert ErrorReport.objects.count() == REPORT_LIMIT
    # Another client is not blocked, and the cache key holds no address in clear.
    assert client.post(report_url(actor), {"message": "Autre"}, REMOTE_ADDR="10.0.0.2").status_code == 302
    assert not any("10.0.0.1" in str(key) for key in cache._cache)


def test_report_on_hidden_or_unknown_actor_is_404(client):
    hidden = ActorFactory(hidden=True)
    assert client.post(report_url(hidden), {"message": "x"}).status_code == 404
    assert client.post("/acteurs/inconnu/signaler/", {"message": "x"}).status_code == 404
    assert client.get(report_url(ActorFactory())).status_code == 405


@pytest.fixture
def rich_actor():
    tool = ToolFactory(name="Nextcloud", slug="nextcloud")
    need = NeedFactory(name="Fichiers", slug="fichiers")
    actor = ActorFactory(
        name='=HYPERLINK("http://evil")',
        acronym="+IP",
        summary="-Résumé accentué",
        description="Une description assez longue.",
        tools=[tool],
        needs=[need],
        services=[ServiceFactory(name="Formation")],
        publics=["associations"],
        phone="02 47 00 00 00",
        email="contact@example.org",
        website="https://example.org/",
        siret="73282932000074",
        opening_hours="Mo-Fr 09:00-12:00",
        acceslibre_url="https://acceslibre.beta.gouv.fr/app/37-tours/a/x/erp/y/",
        kind=Actor.Kind.PUBLIC_DIGITAL_SPACE,
    )
    actor.communes_served.add(CommuneFactory(name="Amboise", insee_code="37003"))
    ActorFactory(name="Masqué", hidden=True)
    ActorFactory(name="Sans rien", unplaced=True, summary="Aide.", description="")
    return actor


def test_csv_export_has_bom_neutralised_formulas_and_parses_back(client, rich_actor):
    response = client.get(reverse("actors:export_csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.streaming
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 2 and rows[0]["identifiant"] == rich_actor.slug and rows[1]["nom"] == "Sans rien"
    row = rows[0]
    assert row["nom"] == '\'=HYPERLINK("http://evil")'
    assert row["sigle"] == "'+IP" and row["presentation"] == "'-Résumé accentué"
    assert row["outils"] == "Nextcloud" and row["communes_desservies"] == "Amboise"
    assert row["horaires_osm"] == "Mo-Fr 09:00-12:00"
    assert "Masqué" not in body.decode()


def test_json_export_parses_back(client, rich_actor):
    data = json.loads(client.get(reverse("actors:export_json")).content)
    assert data["nombre"] == 2
    first = data["acteurs"][0]
    assert first["nom"] == rich_actor.name
    assert first["outils"] == [{"nom": "Nextcloud", "identifiant": "nextcloud"}]
    assert first["horaires"] == ["Du lundi au vendredi : de 9 h à 12 h"]
    assert first["latitude"] == 47.39414


def test_data_inclusion_export_validates_with_the_official_models(client, rich_actor):
    structures = json.loads(client.get(reverse("actors:export_data_inclusion")).content)
    assert len(structures) == 2
    validated = [Structure.model_validate(item, context={"ignore_warnings": False}) for item in structures]
    first = validated[0]
    assert first.source == "ptca37" and first.id == f"ptca37--{rich_actor.pk}"
    assert first.telephone == "+33247000000"
    assert first.siret == "73282932000074" and first.code_insee == "37261"
    assert [network.value for network in first.reseaux_porteurs] == ["espaces-publics-numeriques"]
    assert str(first.site_web) == "https://example.org/"
    assert validated[1].nom == "Sans rien"
    assert validated[1].description == "Aide."  # the summary stands in for an empty description (5 characters)


def test_exports_run_a_constant_number_of_queries(client, django_assert_max_num_queries):
    ActorFactory.create_batch(2, tools=[ToolFactory()])
    for name in ["export_csv", "export_json", "export_data_inclusion"]:
        with django_assert_max_num_queries(6):
            client.get(reverse(f"actors:{name}"))
    ActorFactory.create_batch(25, tools=[ToolFactory()], needs=[NeedFactory()])
    for name in ["export_csv", "export_json", "export_data_inclusion"]:
        with django_assert_max_num_queries(6):
            client.get(reverse(f"actors:{name}"))

"""Every open-data export states its licence (Licence Ouverte 2.0) and source, in the file (the JSON envelope,
two last columns of the CSVs, the calendar's description; data·inclusion's schema is a bare list, whose
structures name their `source` and `lien_source`), in its `Link` header, and on the page that offers it;
the survey exports claim no open licence."""

import json

import icalendar
import pytest
from django.core.cache import cache
from django.urls import reverse

from actors.tests.factories import ActorFactory
from core.exports import OPEN_DATA_LICENCE
from surveys.tests.factories import SurveyFactory
from tools_catalog.tests.factories import ToolFactory
from trainings.tests.factories import SessionFactory

pytestmark = pytest.mark.django_db

LICENCE_URL = OPEN_DATA_LICENCE["url"]
SITE = "http://testserver"


@pytest.fixture(autouse=True)
def _content():
    cache.clear()
    ToolFactory(name="Jitsi Meet", slug="jitsi-meet")
    ActorFactory(name="La Ressourcerie")
    SessionFactory()
    yield
    cache.clear()


def link_header(response):
    """{rel: url} of an RFC 8288 Link header."""
    links = {}
    for part in response["Link"].split(","):
        target, rel = part.split(";")
        links[rel.strip().removeprefix('rel="').removesuffix('"')] = target.strip().strip("<>")
    return links


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize(
    ("url_name", "source_path"),
    [
        ("tools_catalog:export_json", "/outils/"),
        ("tools_catalog:export_csv", "/outils/"),
        ("actors:export_json", "/acteurs/"),
        ("actors:export_csv", "/acteurs/"),
        ("actors:export_data_inclusion", "/acteurs/"),
        ("trainings:feed", "/formations/"),
    ],
)
def test_every_open_data_export_names_licence_and_source_in_its_link_header(client, url_name, source_path):
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    assert link_header(response) == {"license": LICENCE_URL, "via": SITE + source_path}
    assert body(response)


@pytest.mark.parametrize(
    ("url_name", "source_path"),
    [
        ("tools_catalog:export_csv", "/outils/"),
        ("actors:export_csv", "/acteurs/"),
        ("campaigns:inventory_csv", "/actions/"),
    ],
)
def test_csv_exports_carry_licence_and_source_on_every_row(client, url_name, source_path):
    import csv
    import io

    from campaigns.tests.factories import ActionFactory

    ActionFactory()
    text = body(client.get(reverse(url_name))).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert rows
    for row in rows:
        assert row["licence_donnees"] == f"etalab-2.0 ({LICENCE_URL})"
        assert row["source_donnees"] == SITE + source_path


@pytest.mark.parametrize(
    ("url_name", "format_name", "source_path"),
    [
        ("tools_catalog:export_json", "ptca-outils-libres/1", "/outils/"),
        ("actors:export_json", "ptca-acteurs/1", "/acteurs/"),
    ],
)
def test_json_exports_carry_licence_and_source_in_their_envelope(client, url_name, format_name, source_path):
    payload = json.loads(client.get(reverse(url_name)).content)
    assert payload["format"] == format_name
    assert payload["licence"] == {
        "id": "etalab-2.0",
        "name": "Licence Ouverte / Open Licence version 2.0",
        "url": LICENCE_URL,
    }
    assert payload["source"] == SITE + source_path


def test_data_inclusion_stays_a_bare_list_of_structures(client):
    """The national schema wants a list: the licence travels in the header and on the page, not in the file."""
    structures = json.loads(client.get(reverse("actors:export_data_inclusion")).content)
    assert isinstance(structures, list)
    assert structures[0]["nom"] == "La Ressourcerie"


def test_the_ics_feed_states_licence_and_source_in_the_calendar(client):
    for url in (reverse("trainings:feed"), reverse("trainings:session_ics", args=[SessionFactory().pk])):
        response = client.get(url)
        calendar = icalendar.Calendar.from_ical(response.content)
        for prop in ("DESCRIPTION", "X-WR-CALDESC"):
            text = str(calendar[prop])
            assert "Licence Ouverte / Open Licence version 2.0 (etalab-2.0" in text
            assert LICENCE_URL in text
            assert SITE + "/formations/" in text
        assert str(calendar["URL"]) == SITE + "/formations/"
        assert link_header(response)["license"] == LICENCE_URL
        assert len(calendar.walk("VEVENT")) >= 1


def test_the_ics_sent_to_a_registrant_is_not_labelled_open_data():
    """An invitation names its attendee: personal data, never published under an open licence."""
    from trainings import ics
    from trainings.tests.factories import RegistrationFactory

    registration = RegistrationFactory()
    calendar = icalendar.Calendar.from_ical(ics.invitation_bytes(registration.session, registration=registration))
    assert "X-WR-CALDESC" not in calendar
    assert "DESCRIPTION" not in calendar


@pytest.mark.parametrize(
    ("url_name", "export_names"),
    [
        ("tools_catalog:tool_list", ["tools_catalog:export_csv", "tools_catalog:export_json"]),
        ("actors:actor_list", ["actors:export_csv", "actors:export_json", "actors:export_data_inclusion"]),
        ("trainings:session_list", ["trainings:feed"]),
        ("legal", ["tools_catalog:export_json", "actors:export_data_inclusion", "trainings:feed"]),
    ],
)
def test_pages_offering_a_download_state_its_licence_and_source(client, url_name, export_names):
    html = client.get(reverse(url_name)).content.decode()
    for export_name in export_names:
        assert f'href="{reverse(export_name)}' in html
    assert f'<a href="{LICENCE_URL}" rel="license">Licence Ouverte / Open Licence version 2.0 (etalab-2.0)</a>' in html
    assert "en mentionnant la source" in html
    assert SITE in html


def test_survey_exports_are_not_open_data(coordinator):
    from django.test import Client

    survey = SurveyFactory()
    client = Client()
    client.force_login(coordinator)
    csv_response = client.get(reverse("surveys:export_csv", args=[survey.slug]))
    json_response = client.get(reverse("surveys:export_json", args=[survey.slug]))
    assert csv_response.status_code == json_response.status_code == 200
    assert "Link" not in csv_response and "Link" not in json_response
    assert json.loads(body(json_response))["licence"] is None
    assert LICENCE_URL.encode() not in body(csv_response)

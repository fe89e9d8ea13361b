import csv
import io
import json

import pytest

from tools_catalog.exports import CSV_COLUMNS
from tools_catalog.tests.factories import EquivalenceFactory, ToolFactory

pytestmark = pytest.mark.django_db


def test_json_export_parses_back(client, visio_catalogue):
    ToolFactory(name="Brouillon", unpublished=True)
    response = client.get("/outils/export.json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    data = json.loads(response.content.decode("utf-8"))
    assert data["format"] == "ptca-outils-libres/1"
    tools = {tool["slug"]: tool for tool in data["tools"]}
    assert sorted(tools) == ["bigbluebutton", "jitsi-meet", "libreoffice", "nextcloud"]
    jitsi = tools["jitsi-meet"]
    assert jitsi["licence"] == "Apache-2.0"
    assert jitsi["platforms"] == ["web", "android", "ios"]
    assert jitsi["needs"] == ["visioconference"]
    assert jitsi["tags"] == ["réunion", "vidéo"]
    assert jitsi["hosters"] == [
        {
            "name": "Framasoft",
            "url": "https://framasoft.org/",
            "is_chatons_member": True,
            "conditions": "",
            "caveat": "",
            "status": "active",
            "evidence_url": "",
            "checked_on": None,
            "checked_by": "",
        }
    ]
    assert jitsi["licence_kind"] == "spdx" and jitsi["maintenance_status"] == "active"
    assert jitsi["identifiers"] == {
        "wikidata": None,
        "wikidata_url": None,
        "framalibre": None,
        "framalibre_url": None,
        "sill": None,
        "sill_url": None,
    }
    assert jitsi["replaces"] == ["zoom"]
    assert jitsi["url"] == "http://testserver/outils/jitsi-meet/"
    products = {product["slug"]: product for product in data["products"]}
    assert products["google-drive"]["aliases"] == ["gdrive", "Drive", "Google Documents"]
    pairs = {(e["product"], e["tool"]) for e in data["equivalences"]}
    assert ("zoom", "jitsi-meet") in pairs and len(pairs) == 4
    assert {need["slug"] for need in data["needs"]} == {"visioconference", "partage-fichiers"}


def test_csv_export_has_a_bom_and_parses_back(client, visio_catalogue):
    response = client.get("/outils/export.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.streaming
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert list(rows[0]) == [header for _key, header in CSV_COLUMNS] + ["licence_donnees", "source_donnees"]
    by_name = {row["nom"]: row for row in rows}
    assert sorted(by_name) == ["BigBlueButton", "Jitsi Meet", "LibreOffice", "Nextcloud"]
    assert by_name["Jitsi Meet"]["remplace"] == "Zoom"
    assert by_name["Jitsi Meet"]["besoins"] == "Visioconférence"
    assert by_name["Jitsi Meet"]["plateformes"] == "web, android, ios"
    assert by_name["Jitsi Meet"]["en français"] == "oui"


@pytest.mark.parametrize("payload", ['=HYPERLINK("http://x")', "+1+1", "-2", "@SUM(A1)", "\t=1"])
def test_csv_cells_cannot_run_formulas(client, payload):
    tool = ToolFactory(name="Piège" + payload[:1] + "x", summary=payload)
    EquivalenceFactory(tool=tool)
    body = b"".join(client.get("/outils/export.csv").streaming_content).decode("utf-8-sig")
    row = next(csv.DictReader(io.StringIO(body), delimiter=";"))
    assert row["résumé"] == "'" + payload


def test_exports_carry_sources_dates_identifiers_and_statuses(client, visio_catalogue):
    from datetime import date

    from tools_catalog.models import Equivalence, HostedOffer

    jitsi = visio_catalogue["jitsi"]
    jitsi.licence_evidence_url = "https://github.com/jitsi/jitsi-meet/blob/master/LICENSE"
    jitsi.licence_checked_on = date(2026, 3, 2)
    jitsi.licence_checked_by = "Camille Martin"
    jitsi.wikidata_id = "Q20828919"
    jitsi.framalibre_slug = "jitsi-meet"
    jitsi.sill_id = "Jitsi Meet"
    jitsi.save()
    closed = HostedOffer.objects.create(tool=jitsi, hoster=visio_catalogue["framasoft"].__class__.objects.create(
        name="Fermé", url="https://ferme.example.org/", closed_on=date(2025, 1, 1), closure_note="Arrêt."
    ))  # fmt: skip
    Equivalence.objects.filter(tool=jitsi).update(
        evidence_url="https://jitsi.github.io/handbook/", checked_on=date(2026, 3, 3), checked_by="Camille Martin"
    )
    data = json.loads(client.get("/outils/export.json").content.decode("utf-8"))
    tool = next(tool for tool in data["tools"] if tool["slug"] == "jitsi-meet")
    assert tool["licence_checked_on"] == "2026-03-02" and tool["licence_checked_by"] == "Camille Martin"
    assert tool["identifiers"]["wikidata_url"] == "https://www.wikidata.org/wiki/Q20828919"
    assert tool["identifiers"]["framalibre_url"] == "https://framalibre.org/notices/jitsi-meet.html"
    assert tool["identifiers"]["sill_url"] == "https://code.gouv.fr/sill/detail?name=Jitsi%20Meet"
    assert [hoster["name"] for hoster in tool["hosters"]] == ["Framasoft"]  # the closed hoster is left out
    assert closed.pk
    equivalence = next(e for e in data["equivalences"] if e["tool"] == "jitsi-meet")
    assert equivalence["checked_on"] == "2026-03-03" and equivalence["evidence_url"]

    body = b"".join(client.get("/outils/export.csv").streaming_content).decode("utf-8-sig")
    row = next(row for row in csv.DictReader(io.StringIO(body), delimiter=";") if row["nom"] == "Jitsi Meet")
    assert row["licence vérifiée le"] == "2026-03-02"
    assert row["Wikidata"] == "Q20828919"
    assert row["Framalibre"] == "https://framalibre.org/notices/jitsi-meet.html"
    assert row["hébergeurs"] == "Framasoft"


def test_proposed_equivalences_are_not_exported(client, visio_catalogue, advisor):
    EquivalenceFactory(
        product=visio_catalogue["gdrive"], tool=visio_catalogue["jitsi"], is_published=False, proposed_by=advisor
    )
    data = json.loads(client.get("/outils/export.json").content.decode("utf-8"))
    assert ("google-drive", "jitsi-meet") not in {(e["product"], e["tool"]) for e in data["equivalences"]}
    tool = next(tool for tool in data["tools"] if tool["slug"] == "jitsi-meet")
    assert tool["replaces"] == ["zoom"]

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
    assert jitsi["hosters"] == [{"name": "Framasoft", "url": "https://framasoft.org/", "is_chatons_member": True}]
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
    assert list(rows[0]) == [header for _key, header in CSV_COLUMNS]
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

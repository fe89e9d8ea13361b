"""core.exports: the one streamed CSV response and the one JSON envelope."""

import csv
import datetime
import io
import json

import pytest
from django.http import StreamingHttpResponse
from django.utils import timezone

from core.exports import (
    OPEN_DATA_LICENCE,
    cell,
    content_disposition,
    csv_lines,
    csv_response,
    envelope,
    json_response,
    neutralise,
)


@pytest.mark.parametrize(
    "value,expected",
    [("=1+1", "'=1+1"), ("+33 2", "'+33 2"), ("-x", "'-x"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
     ("\r=1", "'\r=1"), ("\n=1", "'\n=1"),
     # Leading spaces do not hide a formula from a spreadsheet.
     ("  =1+1", "'  =1+1"), (" @x", "' @x"), (" -2", "' -2"),
     # Harmless text stays as it is, also with a formula character or a newline inside.
     ("Tours", "Tours"), ("a=b", "a=b"), ("Ligne 1\n=2", "Ligne 1\n=2"), ("", ""), ("   ", "   "),
     (None, ""), (12, "12"), (-3, "'-3")],
)  # fmt: skip
def test_neutralise(value, expected):
    assert neutralise(value) == expected


@pytest.mark.parametrize(
    "value,expected",
    [(3, 3), (-3, -3), (2.5, 2.5), (True, "oui"), (False, "non"), (None, ""), ("=cmd", "'=cmd"), ("Tours", "Tours")],
)
def test_cell_keeps_numbers_as_numbers(value, expected):
    assert cell(value) == expected


def read(chunks):
    return b"".join(chunks).decode("utf-8")


def test_csv_starts_with_a_bom_and_splits_on_semicolons_with_quoted_text():
    text = read(csv_lines(["Nom", "Places", "Ouvert"], [["Atelier ; numérique", 12, True], ["=HYPERLINK()", 0, None]]))
    assert text.startswith("\ufeff")
    assert text.splitlines() == [
        '\ufeff"Nom";"Places";"Ouvert"',
        '"Atelier ; numérique";12;"oui"',
        '"\'=HYPERLINK()";0;""',
    ]


def test_csv_parses_back_with_every_cell_intact_and_safe():
    rows = [['Écrit « entre guillemets » "doubles"', "ligne 1\nligne 2", " =1+1", "-5 €", 3.5]]
    text = read(csv_lines(["a", "b", "c", "d", "e"], rows)).removeprefix("\ufeff")
    parsed = list(csv.reader(io.StringIO(text, newline=""), delimiter=";", quoting=csv.QUOTE_NONNUMERIC))
    assert parsed == [
        ["a", "b", "c", "d", "e"],
        ['Écrit « entre guillemets » "doubles"', "ligne 1\nligne 2", "' =1+1", "'-5 €", 3.5],
    ]


def test_the_header_is_made_safe_too():
    text = read(csv_lines(["=danger", "Nom"], []))
    assert text == '\ufeff"\'=danger";"Nom"\r\n'


def test_another_delimiter_can_be_asked_for():
    assert read(csv_lines(["a", "b"], [[1, "x"]], delimiter=",")) == '\ufeff"a","b"\r\n1,"x"\r\n'


def test_csv_response_streams_rows_as_they_are_read():
    consumed = []

    def rows():
        for index in range(3):
            consumed.append(index)
            yield [f"ligne {index}", index]

    response = csv_response("export.csv", ["Texte", "Numéro"], rows())
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="export.csv"'
    assert consumed == []  # nothing read before the response is sent
    chunks = iter(response.streaming_content)
    assert next(chunks) == '\ufeff"Texte";"Numéro"\r\n'.encode()
    assert next(chunks) == b'"ligne 0";0\r\n' and consumed == [0]
    assert list(chunks) == [b'"ligne 1";1\r\n', b'"ligne 2";2\r\n'] and consumed == [0, 1, 2]


@pytest.mark.parametrize(
    "filename,expected",
    [
        ("outils-libres.csv", 'attachment; filename="outils-libres.csv"'),
        (
            "inscrits-café-numérique-2026-05-01.csv",
            'attachment; filename="inscrits-cafe-numerique-2026-05-01.csv"; '
            "filename*=UTF-8''inscrits-caf%C3%A9-num%C3%A9rique-2026-05-01.csv",
        ),
        (
            'réponses "2026"; v2.csv',
            "attachment; filename=\"reponses-2026-v2.csv\"; filename*=UTF-8''r%C3%A9ponses%20%222026%22%3B%20v2.csv",
        ),
        ("€€€.csv", "attachment; filename=\"export.csv\"; filename*=UTF-8''%E2%82%AC%E2%82%AC%E2%82%AC.csv"),
        ("sans extension", "attachment; filename=\"sans-extension\"; filename*=UTF-8''sans%20extension"),
    ],
)
def test_content_disposition_gives_an_ascii_name_and_the_utf8_one(filename, expected):
    assert content_disposition(filename) == expected


def test_content_disposition_inline():
    assert content_disposition("catalogue.json", attachment=False) == 'inline; filename="catalogue.json"'


def test_the_header_never_breaks_on_a_name_with_a_newline():
    header = content_disposition("a\r\nSet-Cookie: x.csv")
    assert "\r" not in header and "\n" not in header


def test_envelope_says_what_when_where_and_under_which_licence(settings):
    settings.SITE_URL = "https://portail.example.org"
    before = timezone.now()
    payload = envelope("ptca-outils", {"nombre": 2, "outils": ["a", "b"]})
    assert list(payload) == ["format", "version", "generated_at", "source", "licence", "nombre", "outils"]
    assert payload["format"] == "ptca-outils/1"
    assert payload["version"] == 1
    assert before <= datetime.datetime.fromisoformat(payload["generated_at"]) <= timezone.now()
    assert payload["source"] == "https://portail.example.org"
    assert payload["licence"] == OPEN_DATA_LICENCE
    assert OPEN_DATA_LICENCE["id"] == "etalab-2.0"
    assert (payload["nombre"], payload["outils"]) == (2, ["a", "b"])


def test_envelope_with_its_own_version_source_and_licence():
    licence = {"id": "interne", "name": "Usage interne", "url": ""}
    payload = envelope("ptca-enquete", {}, source="https://ailleurs.example", licence=licence, version=3)
    assert (payload["format"], payload["version"]) == ("ptca-enquete/3", 3)
    assert (payload["source"], payload["licence"]) == ("https://ailleurs.example", licence)


def test_json_response_keeps_accents_and_serialises_dates():
    day = datetime.date(2026, 5, 1)
    response = json_response("données.json", envelope("ptca-test", {"jour": day, "nom": "Épicerie"}))
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == "inline; filename=\"donnees.json\"; filename*=UTF-8''donn%C3%A9es.json"
    text = response.content.decode("utf-8")
    assert '"nom": "Épicerie"' in text
    assert json.loads(text)["jour"] == "2026-05-01"


def test_json_response_as_a_download():
    response = json_response("export.json", {"a": 1}, attachment=True)
    assert response["Content-Disposition"] == 'attachment; filename="export.json"'
    assert json.loads(response.content) == {"a": 1}

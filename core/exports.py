"""One way to export: a streamed CSV response and a JSON envelope, for every app.

CSV: UTF-8 with a byte order mark (spreadsheets then read accents), `;` as separator (French
spreadsheets split on it), every text cell made formula-safe, streamed in constant memory, and a
`Content-Disposition` with an ASCII file name (plus its UTF-8 form, RFC 6266).

JSON: every export is wrapped in the same envelope: `format` (name/version), `generated_at`,
`source`, `licence`, then the data.

Open data (catalogue, actors, data·inclusion, sessions feed) also states its licence and source in
an HTTP `Link` header (`open_data_link`, RFC 8288: `rel="license"` and `rel="via"`), the only place
a CSV file or a bare JSON list can carry them.
"""

import csv
import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.encoding import escape_uri_path
from django.utils.text import slugify

# A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
BOM = "\ufeff"  # UTF-8 byte order mark: spreadsheet software then reads accents correctly
DELIMITER = ";"

# The licence of the open data (catalogue, actors, sessions): Licence Ouverte 2.0 (Etalab).
OPEN_DATA_LICENCE = {
    "id": "etalab-2.0",
    "name": "Licence Ouverte / Open Licence version 2.0",
    "url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
}


def open_data_link(response, *, source, licence=OPEN_DATA_LICENCE):
    """Name the licence and the source of an open-data download in its `Link` header (RFC 8288)."""
    response["Link"] = f'<{licence["url"]}>; rel="license", <{source}>; rel="via"'
    return response


def neutralise(value):
    """A CSV cell that a spreadsheet will not run as a formula (prefixed with an apostrophe).

    Every cell that starts with a formula character is prefixed, whatever separator the reader
    guesses (`;` or `,`): a cell like `a;=1+1` read with `,` stays one harmless text cell, and a
    cell read with `;` is split by the CSV quoting, never at our separator.
    """
    text = "" if value is None else str(value)
    stripped = text.lstrip(" ")
    return "'" + text if stripped.startswith(FORMULA_PREFIXES) else text


def cell(value):
    """A CSV cell: numbers stay numbers, everything else is formula-safe text."""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, (int, float)) or value is None:
        return "" if value is None else value
    return neutralise(value)


class _Echo:
    def write(self, value):
        return value


def csv_lines(header, rows, *, delimiter=DELIMITER):
    """Encoded CSV lines (BOM first), every cell made safe. `rows` may be any iterator."""
    writer = csv.writer(_Echo(), delimiter=delimiter, quoting=csv.QUOTE_NONNUMERIC)
    yield (BOM + writer.writerow([cell(h) for h in header])).encode("utf-8")
    for row in rows:
        yield writer.writerow([cell(value) for value in row]).encode("utf-8")


def content_disposition(filename, *, attachment=True):
    kind = "attachment" if attachment else "inline"
    stem, _, extension = filename.rpartition(".")
    ascii_name = f"{slugify(stem) or 'export'}.{extension}" if stem else slugify(filename) or "export"
    header = f'{kind}; filename="{ascii_name}"'
    if ascii_name != filename:
        header += f"; filename*=UTF-8''{escape_uri_path(filename)}"
    return header


def csv_response(filename, header, rows, *, delimiter=DELIMITER):
    """A streamed CSV download (constant memory, whatever the number of rows)."""
    response = StreamingHttpResponse(
        csv_lines(header, rows, delimiter=delimiter), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = content_disposition(filename)
    return response


OPEN_DATA_CSV_COLUMNS = ["licence_donnees", "source_donnees"]  # not "source": the catalogue has a column of that name


def open_data_csv_response(filename, header, rows, *, source, licence=OPEN_DATA_LICENCE):
    """An open-data CSV: the licence and the source in the file (two last columns, the same on every row,
    since CSV has no room for metadata) and in the `Link` header."""
    licence_cell = f"{licence['id']} ({licence['url']})"
    rows_with_terms = ([*row, licence_cell, source] for row in rows)
    response = csv_response(filename, [*header, *OPEN_DATA_CSV_COLUMNS], rows_with_terms)
    return open_data_link(response, source=source, licence=licence)


def envelope(format_name, data, *, source="", licence=OPEN_DATA_LICENCE, version=1):
    """The JSON envelope of every export: what it is, when it was made, where from, under which licence."""
    return {
        "format": f"{format_name}/{version}",
        "version": version,
        "generated_at": timezone.now().isoformat(),
        "source": source or settings.SITE_URL,
        "licence": licence,
        **data,
    }


def json_response(filename, payload, *, attachment=False):
    response = HttpResponse(
        json.dumps(payload, ensure_ascii=False, indent=1, cls=DjangoJSONEncoder),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = content_disposition(filename, attachment=attachment)
    return response

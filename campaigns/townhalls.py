"""Reading the public-administration directory's CSV (Annuaire de l'administration, base de données
locales, DILA / Service-Public.fr, licence ouverte 2.0) into rows for `services.town_halls_load`.

The operator downloads the CSV export of the dataset "Annuaire de l'administration - Base de
données locales" (data.gouv.fr, or its Opendatasoft mirror, filtered on the département 37 and the
type "mairie"); docs/campaigns.md says where and how. The file is never fetched at run time.

Columns read, by name (`;` or `,` separated, UTF-8 with or without BOM; other columns are ignored;
the first name is the Opendatasoft export's, the others are accepted too):

| Field        | Column names accepted                                  | Required |
| ------------ | ------------------------------------------------------ | -------- |
| identifier   | id                                                     | no       |
| INSEE code   | codeinsee, code_insee_commune, code_insee              | yes      |
| kind         | pivotlocal, pivot, type                                | yes      |
| name         | nom                                                    | yes      |
| e-mail       | coordonneesnum_email, adresse_courriel, email          | no       |
| phone        | coordonneesnum_telephone, telephone                    | no       |
| website      | coordonneesnum_url, site_internet, url                 | no       |

Only rows whose kind is "mairie" are town halls (mairies annexes, "mairie_mairie_annexe", are
skipped). A cell may hold one value or the directory's JSON list (`[{"valeur": "..."}]`): the
first value is kept.
"""

import contextlib
import csv
import io
import json
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator

COLUMNS = {
    "directory_id": ("id",),
    "insee_code": ("codeinsee", "code_insee_commune", "code_insee"),
    "kind": ("pivotlocal", "pivot", "type"),
    "name": ("nom",),
    "email": ("coordonneesnum_email", "adresse_courriel", "email"),
    "phone": ("coordonneesnum_telephone", "telephone"),
    "website": ("coordonneesnum_url", "site_internet", "url"),
}
REQUIRED = ("insee_code", "kind", "name")
INSEE = re.compile(r"^(\d{5}|2[AB]\d{3})$")
TOWN_HALL_KIND = "mairie"


class DirectoryFormatError(Exception):
    """The file is not the directory's CSV (a required column is missing): nothing can be read."""


@dataclass
class DirectoryRow:
    line: int
    directory_id: str = ""
    insee_code: str = ""
    kind: str = ""
    name: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    error: str = ""

    @property
    def is_town_hall(self):
        return self.kind == TOWN_HALL_KIND


def _first_value(cell):
    """A plain value, or the first `valeur` of the directory's JSON list."""
    cell = (cell or "").strip()
    if cell.startswith("["):
        try:
            items = json.loads(cell)
        except ValueError:
            return cell
        for item in items:
            if isinstance(item, dict) and item.get("valeur"):
                return str(item["valeur"]).strip()
            if isinstance(item, str) and item.strip():
                return item.strip()
        return ""
    return cell


def _kind(cell):
    value = _first_value(cell).lower()
    if value.startswith("{"):
        with contextlib.suppress(ValueError, AttributeError):
            value = str(json.loads(value).get("type_service_local", "")).lower()
    return value


def _check(row):
    problems = []
    if not INSEE.match(row.insee_code):
        problems.append(f"code INSEE « {row.insee_code[:20]} » invalide (5 caractères, par exemple 37132)")
    if not row.name:
        problems.append("nom manquant")
    elif len(row.name) > 200:
        problems.append("nom trop long (200 caractères au plus)")
    if row.email:
        try:
            EmailValidator()(row.email)
        except ValidationError:
            problems.append(f"courriel « {row.email[:60]} » invalide")
    if row.website:
        if not row.website.startswith(("http://", "https://")):
            row.website = "https://" + row.website
        try:
            URLValidator(schemes=["http", "https"])(row.website)
        except ValidationError:
            problems.append("site web invalide")
    if len(row.phone) > 40:
        problems.append("téléphone trop long")
    return " ; ".join(problems)


def parse(text: str) -> list[DirectoryRow]:
    """Rows of the file, each with its line number and, for a broken row, a French message."""
    text = text.lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = {name.strip().lower(): name for name in (reader.fieldnames or [])}
    columns = {}
    for key, names in COLUMNS.items():
        found = next((header[name] for name in names if name in header), None)
        if found is None and key in REQUIRED:
            raise DirectoryFormatError(
                f"Colonne « {names[0]} » absente : ce fichier n'est pas l'export CSV de l'annuaire de l'administration."
            )
        columns[key] = found
    rows = []
    for record in reader:
        row = DirectoryRow(line=reader.line_num)
        if None in record:  # more cells than columns
            row.error = "plus de cellules que de colonnes"
            rows.append(row)
            continue
        for key, column in columns.items():
            if column is None:
                continue
            raw = record.get(column)
            value = _kind(raw) if key == "kind" else _first_value(raw)
            setattr(row, key, value)
        row.insee_code = row.insee_code.upper()
        if row.is_town_hall:
            row.error = _check(row)
        rows.append(row)
    return rows

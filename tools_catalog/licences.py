"""Licences of free tools: SPDX expressions checked against the official SPDX list, or the honest
value for operating-system distributions.

The SPDX list ships as data in `tools_catalog/data/spdx-licenses.json` (built from the pinned npm
packages named in its "source" key; see tools_catalog/data/README.md to update it).

- `validate_licence(value)`: the full check: the model field's validator, so every form, the admin,
  the services and the seed use it. A value
  is either DISTRIBUTION_LICENCE ("distribution : nombreuses licences libres": Debian, Ubuntu and
  Linux Mint have no single licence), or an SPDX expression: identifiers of the SPDX list joined
  by OR / AND, with parentheses when both are used. Deprecated identifiers ("GPL-2.0"), unknown
  ones, wrong case and redundant choices ("GPL-2.0-or-later OR GPL-3.0-or-later": the first
  already allows the second) are refused with a French message.
- `validate_spdx_licence(value)`: the same check without the redundancy rule, for reading values
  (the catalogue's licence filter) and for the old migrations that name it.
- `licence_ids(value)`: the identifiers an expression names; `is_distribution(value)`.
"""

import json
import re
from functools import lru_cache
from pathlib import Path

from django.core.exceptions import ValidationError

DATA_FILE = Path(__file__).resolve().parent / "data" / "spdx-licenses.json"
DISTRIBUTION_LICENCE = "distribution : nombreuses licences libres"
DISTRIBUTION_LABEL = "Distribution : nombreuses licences libres"
OPERATORS = {"OR", "AND"}
TOKEN_RE = re.compile(r"\(|\)|[^\s()]+")
VERSION_RE = re.compile(r"^(?P<family>[A-Za-z]+)-(?P<version>\d+(?:\.\d+)*)-(?P<scope>only|or-later)$")


@lru_cache(maxsize=1)
def spdx_data():
    """{"licenses": [...], "deprecated": [...], "osi_approved": [...], "source": "..."} (read once)."""
    with DATA_FILE.open(encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def spdx_ids():
    return frozenset(spdx_data()["licenses"])


@lru_cache(maxsize=1)
def _by_lower():
    known = {identifier.lower(): identifier for identifier in spdx_data()["deprecated"]}
    known.update({identifier.lower(): identifier for identifier in spdx_data()["licenses"]})
    return known


def is_distribution(value):
    return (value or "").strip().lower() == DISTRIBUTION_LICENCE


def is_osi_approved(identifier):
    return identifier in set(spdx_data()["osi_approved"])


def _deprecated_hint(identifier):
    """ "GPL-2.0" -> "GPL-2.0-only ou GPL-2.0-or-later"; "GPL-2.0+" -> "GPL-2.0-or-later"."""
    base = identifier.rstrip("+")
    if identifier.endswith("+") and f"{base}-or-later" in spdx_ids():
        return f"{base}-or-later"
    options = [candidate for candidate in (f"{base}-only", f"{base}-or-later") if candidate in spdx_ids()]
    return " ou ".join(options)


def _check_identifier(token, value):
    if token in spdx_ids():
        return token
    lower = token.lower()
    known = _by_lower().get(lower)
    if known and known in spdx_ids():
        raise ValidationError(
            f"« {token} » s'écrit « {known} » (la casse compte dans les identifiants SPDX).", code="licence_case"
        )
    if known in spdx_data()["deprecated"] or token.endswith("+"):
        hint = _deprecated_hint(known or token)
        message = f"« {token} » est un identifiant SPDX abandonné : précisez la version."
        if hint:
            message = f"« {token} » est un identifiant SPDX abandonné : écrivez {hint}, selon ce que dit le projet."
        raise ValidationError(message, code="licence_deprecated")
    raise ValidationError(
        f"« {value} » n'est pas un identifiant de licence SPDX reconnu ({token} est inconnu de la liste SPDX). "
        f"Pour une distribution (Debian, Ubuntu…), écrivez « {DISTRIBUTION_LICENCE} ».",
        code="invalid_licence",
    )


def _parse(tokens, value):
    """A nested list of the expression: ["MIT"], ["OR", a, b], ["AND", a, ["OR", b, c]]."""
    position = 0

    def term():
        nonlocal position
        if position >= len(tokens):
            raise ValidationError(f"« {value} » est incomplet : il manque une licence.", code="invalid_licence")
        token = tokens[position]
        position += 1
        if token == "(":
            inner = expression()
            if position >= len(tokens) or tokens[position] != ")":
                raise ValidationError(f"« {value} » : une parenthèse n'est pas fermée.", code="invalid_licence")
            position += 1
            return inner
        if token in OPERATORS or token == ")" or token.upper() in OPERATORS | {"WITH"}:
            raise ValidationError(
                f"« {value} » : « {token} » est mal placé. Écrivez par exemple « MPL-2.0 OR Apache-2.0 » "
                "(OR et AND en majuscules).",
                code="invalid_licence",
            )
        return _check_identifier(token, value)

    def expression():
        nonlocal position
        items = [term()]
        operator = None
        while position < len(tokens) and tokens[position] != ")":
            token = tokens[position]
            if token not in OPERATORS:
                raise ValidationError(
                    f"« {value} » : entre deux licences, écrivez OR (au choix) ou AND (les deux s'appliquent)"
                    + (", en majuscules." if token.upper() in OPERATORS else "."),
                    code="invalid_licence",
                )
            if operator and token != operator:
                raise ValidationError(
                    f"« {value} » mélange OR et AND : ajoutez des parenthèses, par exemple « MIT AND (GPL-2.0-only OR "
                    "GPL-3.0-only) ».",
                    code="invalid_licence",
                )
            operator = token
            position += 1
            items.append(term())
        return items[0] if len(items) == 1 else [operator, *items]

    tree = expression()
    if position != len(tokens):
        raise ValidationError(f"« {value} » : une parenthèse fermante est en trop.", code="invalid_licence")
    return tree


def parse_licence(value):
    """The expression tree of `value` (see `_parse`); raises ValidationError with a French message."""
    text = (value or "").strip()
    if not text:
        raise ValidationError("Indiquez la licence de l'outil.", code="required")
    if " with " in f" {text.lower()} ":
        raise ValidationError(
            "Les exceptions SPDX (WITH) ne sont pas prises en charge : indiquez la licence principale et "
            "décrivez l'exception dans le texte de la fiche.",
            code="invalid_licence",
        )
    return _parse(TOKEN_RE.findall(text), text)


def _redundancies(tree):
    """[(kept, dropped)] pairs in the OR groups of `tree`, where `kept` already allows `dropped`."""
    if isinstance(tree, str):
        return []
    operator, *items = tree
    found = [pair for item in items for pair in _redundancies(item)]
    if operator != "OR":
        return found
    leaves = [item for item in items if isinstance(item, str)]
    for index, first in enumerate(leaves):
        for second in leaves[index + 1 :]:
            if first == second:
                found.append((first, second))
                continue
            for kept, dropped in ((first, second), (second, first)):
                a, b = VERSION_RE.match(kept), VERSION_RE.match(dropped)
                if not (a and b) or a["family"] != b["family"] or a["scope"] != "or-later":
                    continue
                kept_version = tuple(int(part) for part in a["version"].split("."))
                dropped_version = tuple(int(part) for part in b["version"].split("."))
                if dropped_version >= kept_version:
                    found.append((kept, dropped))
                    break
    return found


def validate_spdx_licence(value):
    """The model field's check: SPDX identifiers and a well-formed expression, or the distribution value."""
    if is_distribution(value):
        if value.strip() != DISTRIBUTION_LICENCE:
            raise ValidationError(f"Écrivez exactement « {DISTRIBUTION_LICENCE} ».", code="licence_case")
        return
    parse_licence(value)


def validate_licence(value):
    """The full check of forms, the admin and the services: also refuses redundant expressions."""
    validate_spdx_licence(value)
    if is_distribution(value):
        return
    redundant = _redundancies(parse_licence(value))
    if redundant:
        kept, dropped = redundant[0]
        if kept == dropped:
            message = f"« {value} » cite deux fois {kept} : gardez-en une seule."
        else:
            message = (
                f"« {value} » est redondant : {kept} permet déjà {dropped}. Gardez seulement {kept}, "
                "ou la licence exacte que le projet déclare."
            )
        raise ValidationError(message, code="licence_redundant")


def licence_ids(value):
    """The SPDX identifiers `value` names, in order ([] for a distribution or an invalid value)."""
    if is_distribution(value):
        return []
    try:
        tree = parse_licence(value)
    except ValidationError:
        return []

    def leaves(node):
        if isinstance(node, str):
            return [node]
        return [leaf for item in node[1:] for leaf in leaves(item)]

    return list(dict.fromkeys(leaves(tree)))


def licence_label(value):
    """What a page shows: the SPDX expression, or "Distribution : nombreuses licences libres"."""
    return DISTRIBUTION_LABEL if is_distribution(value) else value

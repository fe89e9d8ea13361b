"""The licence validator: the SPDX list shipped as data, the honest value for distributions, French messages."""

import json

import pytest
from django.core.exceptions import ValidationError

from tools_catalog.licences import (
    DATA_FILE,
    DISTRIBUTION_LICENCE,
    is_distribution,
    licence_ids,
    licence_label,
    spdx_ids,
    validate_licence,
    validate_spdx_licence,
)


def test_the_spdx_list_ships_as_data_with_its_source():
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    assert "spdx-license-ids 3.0.24" in data["source"]
    assert len(data["licenses"]) > 600
    assert {"AGPL-3.0-or-later", "GPL-2.0-only", "MPL-2.0", "CECILL-2.1", "EUPL-1.2"} <= spdx_ids()
    assert "GPL-2.0" in data["deprecated"] and "GPL-2.0" not in spdx_ids()


@pytest.mark.parametrize(
    "value",
    [
        "MIT",
        "AGPL-3.0-or-later",
        "GPL-2.0-only OR GPL-3.0-only",  # two versions, neither includes the other
        "AGPL-3.0-only OR GPL-3.0-only",
        "MPL-2.0 AND Apache-2.0",
        "MIT AND (GPL-2.0-only OR LGPL-2.1-or-later)",
        "CECILL-B",
        DISTRIBUTION_LICENCE,
    ],
)
def test_valid_expressions_and_the_distribution_value_are_accepted(value):
    validate_licence(value)
    validate_spdx_licence(value)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("GPL-2.0-or-later OR GPL-3.0-or-later", "est redondant : GPL-2.0-or-later permet déjà GPL-3.0-or-later"),
        ("GPL-3.0-only OR GPL-2.0-or-later", "GPL-2.0-or-later permet déjà GPL-3.0-only"),
        ("LGPL-2.1-or-later OR LGPL-3.0-only", "LGPL-2.1-or-later permet déjà LGPL-3.0-only"),
        ("MIT OR MIT", "cite deux fois MIT"),
        ("Apache-2.0 AND (AGPL-3.0-or-later OR AGPL-3.0-only)", "AGPL-3.0-or-later permet déjà AGPL-3.0-only"),
    ],
)
def test_redundant_expressions_are_refused_with_a_french_message(value, message):
    with pytest.raises(ValidationError) as error:
        validate_licence(value)
    assert message in error.value.messages[0]
    assert error.value.code == "licence_redundant"
    # The model field keeps accepting them, so that older content still loads (see the module docstring).
    validate_spdx_licence(value)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("GPL-2.0", "identifiant SPDX abandonné : écrivez GPL-2.0-only ou GPL-2.0-or-later"),
        ("GPL-3.0+", "écrivez GPL-3.0-or-later"),
        ("gpl-3.0-only", "s'écrit « GPL-3.0-only »"),
        ("GPL", "n'est pas un identifiant de licence SPDX reconnu"),
        ("Propriétaire", "distribution : nombreuses licences libres"),
        ("MIT or Apache-2.0", "écrivez OR (au choix) ou AND (les deux s'appliquent), en majuscules"),
        ("MIT AND GPL-2.0-only OR MIT", "ajoutez des parenthèses"),
        ("(MIT", "une parenthèse n'est pas fermée"),
        ("MIT)", "parenthèse fermante est en trop"),
        ("MIT OR", "il manque une licence"),
        ("GPL-2.0-or-later WITH Classpath-exception-2.0", "exceptions SPDX (WITH)"),
        ("Distribution : nombreuses licences libres", "Écrivez exactement"),
        ("", "Indiquez la licence"),
    ],
)
def test_invalid_values_get_a_french_message(value, message):
    with pytest.raises(ValidationError) as error:
        validate_licence(value)
    assert message in " ".join(error.value.messages)


def test_helpers():
    assert is_distribution(DISTRIBUTION_LICENCE)
    assert licence_label(DISTRIBUTION_LICENCE) == "Distribution : nombreuses licences libres"
    assert licence_label("MIT") == "MIT"
    assert licence_ids("MIT AND (GPL-2.0-only OR GPL-3.0-only)") == ["MIT", "GPL-2.0-only", "GPL-3.0-only"]
    assert licence_ids(DISTRIBUTION_LICENCE) == [] == licence_ids("nonsense")


@pytest.mark.django_db
def test_the_model_itself_refuses_redundant_expressions_next_to_the_field():
    """Any form built on Tool (admin, coordinators' pages) gets the full rule from the model field."""
    from django.forms import modelform_factory

    from tools_catalog.models import Tool
    from tools_catalog.tests.factories import ToolFactory

    tool = ToolFactory()
    form = modelform_factory(Tool, fields=["licence"])(
        {"licence": "GPL-2.0-or-later OR GPL-3.0-or-later"}, instance=tool
    )
    assert not form.is_valid()
    assert form.errors["licence"] == [
        "« GPL-2.0-or-later OR GPL-3.0-or-later » est redondant : GPL-2.0-or-later permet déjà GPL-3.0-or-later. "
        "Gardez seulement GPL-2.0-or-later, ou la licence exacte que le projet déclare."
    ]
    tool.licence = DISTRIBUTION_LICENCE
    tool.full_clean()
    tool.licence = "Distribution : nombreuses licences libres"
    with pytest.raises(ValidationError) as error:
        tool.full_clean()
    assert error.value.message_dict["licence"] == [f"Écrivez exactement « {DISTRIBUTION_LICENCE} »."]

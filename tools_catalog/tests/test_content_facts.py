"""Every fact of the shipped catalogue is sourced and dated, and the corrections of issue 14 stay made.

These tests read the content (tools_catalog/content/) and the seed's entries, without a database,
except the last ones, which seed a database with the previous release and check that
`seed_content --check` reports the corrections and `--update` applies them.
"""

import copy
from datetime import date

import pytest
from django.core.exceptions import ValidationError

from core.models import SeedRecord
from core.seed import UPDATE, Seeder, report_lines
from tools_catalog import content, seed
from tools_catalog.licences import DISTRIBUTION_LICENCE, validate_licence
from tools_catalog.models import Equivalence, HostedOffer, Tool

TOOL_KIND = next(kind for kind in seed.KINDS if kind.name == "outil")
OFFER_KIND = next(kind for kind in seed.KINDS if kind.name == "offre")
EQUIVALENCE_KIND = next(kind for kind in seed.KINDS if kind.name == "equivalence")
DISTRIBUTIONS = {"debian", "ubuntu", "linux-mint", "emmabuntus"}


def licence_problems(tools):
    """French problems of the tools' licences: invalid or redundant SPDX expression, the distribution
    value on a tool that is no distribution, a licence without its evidence or its date of check."""
    problems = []
    for item in tools:
        entry = TOOL_KIND.entry(item)
        licence, slug = entry.values["licence"], item["slug"]
        try:
            validate_licence(licence)
        except ValidationError as error:
            problems.append(f"{slug} : {' '.join(error.messages)}")
        if licence == DISTRIBUTION_LICENCE and "systeme-exploitation" not in item["needs"]:
            problems.append(f"{slug} : la valeur « {DISTRIBUTION_LICENCE} » est réservée aux distributions.")
        url = entry.values["licence_evidence_url"]
        if not url.startswith(("https://", "http://")):
            problems.append(f"{slug} : licence sans preuve (adresse du fichier de licence ou de la déclaration).")
        if not entry.values["licence_checked_on"] or not entry.values["licence_checked_by"]:
            problems.append(f"{slug} : licence sans date ni auteur de vérification.")
    return problems


def test_every_shipped_licence_is_valid_sourced_and_dated():
    assert licence_problems(content.TOOLS) == []
    assert date.fromisoformat(content.CHECKED_ON) <= date.today()


def test_the_content_check_fails_on_a_licence_without_evidence_or_a_redundant_one():
    peertube = next(item for item in content.TOOLS if item["slug"] == "peertube")
    unsourced = {key: value for key, value in peertube.items() if key != "licence_evidence"}
    redundant = dict(peertube, licence="GPL-2.0-or-later OR GPL-3.0-or-later")
    misused = dict(peertube, licence=DISTRIBUTION_LICENCE)
    problems = licence_problems([unsourced, redundant, misused])
    assert problems == [
        "peertube : licence sans preuve (adresse du fichier de licence ou de la déclaration).",
        "peertube : licence sans date ni auteur de vérification.",
        "peertube : « GPL-2.0-or-later OR GPL-3.0-or-later » est redondant : GPL-2.0-or-later permet déjà "
        "GPL-3.0-or-later. Gardez seulement GPL-2.0-or-later, ou la licence exacte que le projet déclare.",
        f"peertube : la valeur « {DISTRIBUTION_LICENCE} » est réservée aux distributions.",
    ]


def test_corrected_licences():
    licences = {item["slug"]: item["licence"] for item in content.TOOLS}
    assert licences["peertube"] == "AGPL-3.0-or-later"
    assert licences["kdenlive"] == "GPL-3.0-only"
    assert licences["gnucash"] == "GPL-2.0-only"
    assert {slug for slug, licence in licences.items() if licence == DISTRIBUTION_LICENCE} == DISTRIBUTIONS
    texts = {item["slug"]: item["description"] for item in content.TOOLS}
    assert "non libres" in texts["ubuntu"] and "non libres" in texts["linux-mint"]
    assert "Mac à processeur Intel" in texts["ubuntu"] and "Mac à processeur Intel" in texts["linux-mint"]


def all_text():
    return repr([content.TOOLS, content.PRODUCTS, content.EQUIVALENCES, content.HOSTERS, content.GUIDES])


def equivalence(product, tool):
    item = next(row for row in content.EQUIVALENCES if row["product"] == product and row["tool"] == tool)
    return EQUIVALENCE_KIND.entry(item).values


def test_corrected_claims_are_gone_everywhere():
    text = all_text()
    for wrong in [
        "l'historique ne se transfère pas",
        "L'historique ne se transfère pas",
        "N'ouvre pas les fichiers InDesign",
        "Il n'ouvre pas les fichiers InDesign.",
        "pas d'import Trello intégré",
        "Pas d'import Trello intégré",
        "pas de sous-titrage automatique",
        "Framaspace",
        "(publipostage, macros VBA)",
        "GPL-2.0-or-later OR GPL-3.0-or-later",
        '"source_url": ""',
        "framagit.org/framasoft/mobilizon",
    ]:
        assert wrong not in text, wrong
    assert "Frama.space (sur demande)" in text


def test_corrected_equivalences_are_written_for_their_pair_and_sourced():
    matomo = equivalence("google-analytics", "matomo")
    assert "Google Analytics Importer" in matomo["migration_steps"]
    scribus = equivalence("adobe-indesign", "scribus")
    assert "IDML" in scribus["migration_steps"] and "styles" in scribus["migration_steps"]
    assert "occ deck:import" in equivalence("trello", "nextcloud-deck")["migration_steps"]
    agenda = equivalence("google-calendar", "thunderbird")["migration_steps"]
    assert ".ics" in agenda and "Importer" in agenda and "compte de courriel" not in agenda
    assert "Framagroupes" in equivalence("google-groups", "sympa")["gains"]
    workspace = equivalence("google-workspace", "nextcloud")
    assert "Frama.space" in workspace["losses"] and "Frama.space (sur demande)" in workspace["cost_note"]
    assert "pas d'équivalent direct" not in workspace["losses"]
    for values in (matomo, scribus, workspace):
        assert values["evidence_url"].startswith("https://")
        assert values["checked_on"] == content.CHECKED_ON and values["checked_by"] == content.CHECKED_BY


def offers():
    return {entry.key: entry for entry in map(OFFER_KIND.entry, OFFER_KIND.items())}


def test_jitsi_is_offered_by_chatons_first_and_meet_jit_si_last_with_its_caveat():
    jitsi = sorted(
        (entry for key, entry in offers().items() if key.startswith("jitsi-meet/")), key=lambda e: e.values["position"]
    )
    names = [entry.key.split("/", 1)[1] for entry in jitsi]
    assert names[-1] == "meet.jit.si (8x8)" and "Entraide CHATONS" in names and len(names) >= 3
    assert "Google, GitHub ou Facebook" in jitsi[-1].values["caveat"]
    hosters = {hoster["name"]: hoster for hoster in content.HOSTERS}
    assert all(hosters[name]["is_chatons_member"] for name in names[:-1])
    for entry in jitsi:
        assert entry.values["evidence_url"] and entry.values["checked_on"] == content.CHECKED_ON


def test_yakforms_is_frozen_wherever_it_is_proposed():
    yakforms = TOOL_KIND.entry(next(item for item in content.TOOLS if item["slug"] == "yakforms")).values
    assert yakforms["maintenance_status"] == "frozen" and "Drupal 7" in yakforms["maintenance_note"]
    assert offers()["yakforms/Framasoft"].values["status"] == "frozen"
    for row in content.EQUIVALENCES:
        if row["tool"] == "yakforms":
            assert "figé" in row["losses"], row["product"]


# The corrections reach installed portals through seed_content --check / --update -----------------------------


def previous_release(monkeypatch):
    """The content as the previous release shipped it for PeerTube, and offers without their terms."""
    tools = copy.deepcopy(content.TOOLS)
    peertube = next(item for item in tools if item["slug"] == "peertube")
    peertube["licence"] = "AGPL-3.0-only"
    del peertube["licence_evidence"]
    for item in tools:
        item.pop("offers", None)
    monkeypatch.setattr(content, "TOOLS", tools)


@pytest.mark.django_db
def test_an_installed_portal_is_told_of_the_corrections_and_takes_them(monkeypatch):
    with monkeypatch.context() as patch:
        previous_release(patch)
        Seeder(seed.KINDS).run()
    peertube = Tool.objects.get(slug="peertube")
    assert peertube.licence == "AGPL-3.0-only" and not peertube.licence_checked_on

    check = Seeder(seed.KINDS).run(write=False)
    pending = {item.selector: item for item in check.of(UPDATE)}
    assert set(pending["outil:peertube"].changed_upstream()) == {
        "licence",
        "licence_evidence_url",
        "licence_checked_on",
        "licence_checked_by",
    }
    assert "caveat" in pending["offre:jitsi-meet/meet.jit.si (8x8)"].changed_upstream()
    lines = "\n".join(report_lines(check, detailed=True))
    assert "Modifiées dans la version livrée et pas ici" in lines
    assert "« AGPL-3.0-only » → « AGPL-3.0-or-later »" in lines
    assert Tool.objects.get(slug="peertube").licence == "AGPL-3.0-only"  # a check writes nothing

    Seeder(seed.KINDS).run(update=True)
    peertube.refresh_from_db()
    assert peertube.licence == "AGPL-3.0-or-later"
    assert peertube.licence_checked_on == date.fromisoformat(content.CHECKED_ON)
    assert peertube.licence_evidence_url.startswith("https://github.com/Chocobozzz/PeerTube")
    jit_si = HostedOffer.objects.get(tool__slug="jitsi-meet", hoster__name="meet.jit.si (8x8)")
    assert "Google, GitHub ou Facebook" in jit_si.caveat
    assert list(jit_si.tool.offers.open().values_list("hoster__name", flat=True))[-1] == "meet.jit.si (8x8)"
    assert Seeder(seed.KINDS).run(update=True).writes == 0


@pytest.mark.django_db
def test_link_rows_of_an_older_release_take_the_offers_terms_but_edits_here_are_kept():
    """Before offers were seeded, the tools' kind made plain link rows: untouched ones are updated,
    an offer a coordinator edited is a conflict, never overwritten."""
    Seeder(seed.KINDS).run()
    SeedRecord.objects.filter(content_type__model="hostedoffer").delete()
    defaults = {
        "url": "",
        "conditions": "",
        "caveat": "",
        "position": 100,
        "evidence_url": "",
        "checked_on": None,
        "checked_by": "",
    }
    HostedOffer.objects.update(**defaults, status="active", status_since=None, status_note="")
    HostedOffer.objects.filter(tool__slug="nextcloud", hoster__name="Framasoft").update(conditions="Sur demande.")

    report = Seeder(seed.KINDS).run(update=True)
    states = {item.selector: item.state for item in report.items if item.kind.name == "offre"}
    assert states["offre:jitsi-meet/meet.jit.si (8x8)"] == UPDATE
    assert states["offre:nextcloud/Framasoft"] == "adopted"
    assert "Google" in HostedOffer.objects.get(tool__slug="jitsi-meet", hoster__name="meet.jit.si (8x8)").caveat
    assert HostedOffer.objects.get(tool__slug="nextcloud", hoster__name="Framasoft").conditions == "Sur demande."
    assert Equivalence.objects.filter(checked_on__isnull=False).count() >= 7


@pytest.mark.django_db
def test_facts_checked_here_survive_the_release_that_starts_shipping_them():
    """A portal seeded before the releases shipped checks and maintenance status: a coordinator's date
    of check or status is kept; a field the release fills (a licence's evidence) arrives as usual."""
    Seeder(seed.KINDS).run()
    new_fields = {
        "equivalence": ["evidence_url", "checked_on", "checked_by"],
        "tool": ["maintenance_status", "maintenance_since", "maintenance_note", "licence_evidence_url"],
    }
    for record in SeedRecord.objects.filter(content_type__model__in=new_fields):
        for name in new_fields[record.content_type.model]:
            record.shipped.pop(name)
        record.save()
    zoom_jitsi = Equivalence.objects.get(product__slug="zoom", tool__slug="jitsi-meet")
    zoom_jitsi.evidence_url, zoom_jitsi.checked_on, zoom_jitsi.checked_by = (
        "https://jitsi.org/",
        date(2026, 6, 1),
        "Camille",
    )
    zoom_jitsi.save()
    Tool.objects.filter(slug="mumble").update(
        maintenance_status="maintained", maintenance_note="Peu de nouveautés.", licence_evidence_url=""
    )

    check = Seeder(seed.KINDS).run(write=False)
    pending = {item.selector: item.changed_upstream() for item in check.of(UPDATE)}
    assert "equivalence:zoom/jitsi-meet" not in pending
    assert pending["outil:mumble"] == ["licence_evidence_url"]
    Seeder(seed.KINDS).run(update=True)
    zoom_jitsi.refresh_from_db()
    assert (zoom_jitsi.checked_on, zoom_jitsi.checked_by) == (date(2026, 6, 1), "Camille")
    mumble = Tool.objects.get(slug="mumble")
    assert mumble.maintenance_status == "maintained" and mumble.licence_evidence_url.endswith("/LICENSE")
    assert Seeder(seed.KINDS).run(update=True).writes == 0

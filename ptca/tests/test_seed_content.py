"""seed_content: the shipped content loads once, a new release comes in, and a coordinator's edits survive."""

import copy
import logging
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actors import content as actors_content
from actors.models import Actor
from core.models import SeedRecord
from tools_catalog import content as catalogue
from tools_catalog.models import Equivalence, Guide, Need, ProprietaryProduct, Tool
from tools_catalog.tests.factories import ToolFactory

pytestmark = pytest.mark.django_db

NEW_TOOL = {
    **{key: value for key, value in catalogue.TOOLS[0].items() if key not in ("hosters", "offers")},
    "slug": "nouvel-outil",
    "name": "Nouvel outil",
    "summary": "Un outil ajouté par la version suivante.",
}


def seed(*args):
    out = StringIO()
    call_command("seed_content", *args, stdout=out)
    return out.getvalue()


def shipped(items, slug, **changes):
    """A copy of the shipped list where the entry `slug` has `changes`."""
    items = copy.deepcopy(items)
    for item in items:
        if item.get("slug") == slug:
            item.update(changes)
            return items
    raise AssertionError(slug)


class FormValues(HTMLParser):
    """What a browser submits from a page's form: inputs, checked boxes, textareas, selected options."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.data = form_id, False, {}
        self._textarea = self._select = None

    def add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or not attrs.get("name") and tag != "option":
            return
        kind = attrs.get("type", "text")
        if tag == "input" and kind not in {"submit", "button", "file", "image", "reset"}:
            if kind not in {"checkbox", "radio"} or "checked" in attrs:
                self.add(attrs["name"], attrs.get("value", "on" if kind == "checkbox" else ""))
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.add(self._textarea, "")
        elif tag == "select":
            self._select = attrs["name"]
        elif tag == "option" and self._select and "selected" in attrs:
            self.add(self._select, attrs.get("value", ""))

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][-1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea:
            value = self.data[self._textarea][-1]
            self.data[self._textarea][-1] = value[1:] if value.startswith("\n") else value
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self.inside = False


def edit_tool_in_admin(client, tool, **changes):
    """Open the tool's admin page and save it with `changes`, as a coordinator does."""
    url = reverse("admin:tools_catalog_tool_change", args=[tool.pk])
    parser = FormValues("tool_form")
    parser.feed(client.get(url).content.decode())
    data = {**parser.data, **{name: [value] for name, value in changes.items()}}
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response


@pytest.fixture
def staff_coordinator(client, coordinator):
    coordinator.is_staff = True
    coordinator.save()
    client.force_login(coordinator)
    return client


def test_a_release_never_overwrites_a_coordinators_edits(staff_coordinator, monkeypatch):
    seed()
    jitsi = Tool.objects.get(slug="jitsi-meet")
    edit_tool_in_admin(staff_coordinator, jitsi, summary="Notre résumé, corrigé par la coordination.")
    funlab = Actor.objects.get(slug="funlab")
    staff_coordinator.post(reverse("actors:actor_publication", args=["funlab"]), {"publish": "0"})
    funlab.refresh_from_db()
    assert not funlab.is_published and funlab.version == 2
    jitsi.refresh_from_db()
    assert jitsi.summary == "Notre résumé, corrigé par la coordination."
    assert jitsi.equivalences.count() == Equivalence.objects.filter(tool__slug="jitsi-meet").count() > 0

    # The next release changes both entries, one entry nobody edited here, and brings a new tool.
    tools = shipped(catalogue.TOOLS, "jitsi-meet", summary="Le résumé de la nouvelle version.")
    tools = shipped(tools, "bigbluebutton", description="Description revue par la nouvelle version.")
    monkeypatch.setattr(catalogue, "TOOLS", [*tools, NEW_TOOL])
    monkeypatch.setattr(
        actors_content, "ACTORS", shipped(actors_content.ACTORS, "funlab", summary="Fablab de Tours, fiche revue.")
    )

    out = seed()
    assert Tool.objects.filter(slug="nouvel-outil", summary=NEW_TOOL["summary"]).exists()
    assert "Créées : 1 (1 outil libre)" in out
    assert "Modifiées dans la version livrée et pas ici (1)" in out and "outil:bigbluebutton" in out

    check = seed("--check")
    assert "Modifiées ici ET dans la version livrée (2)" in check
    assert "! outil:jitsi-meet — Jitsi Meet" in check
    assert "ici            : « Notre résumé, corrigé par la coordination. »" in check
    assert "version livrée : « Le résumé de la nouvelle version. »" in check
    assert "! acteur:funlab — FunLab" in check
    assert "version livrée : « Fablab de Tours, fiche revue. »" in check
    assert "publié (is_published), modifié ici seulement : ici « non », livré « oui »" in check

    out = seed("--update")
    assert "Mises à jour de la version livrée appliquées (1)" in out
    assert Tool.objects.get(slug="bigbluebutton").description == "Description revue par la nouvelle version."
    jitsi.refresh_from_db()
    funlab.refresh_from_db()
    assert jitsi.summary == "Notre résumé, corrigé par la coordination."
    assert not funlab.is_published and funlab.summary != "Fablab de Tours, fiche revue."
    assert SeedRecord.objects.filter(status=SeedRecord.Status.CONFLICT).count() == 2
    assert "Modifiées ici ET dans la version livrée (2)" in seed("--update")  # still listed, never applied

    # The coordinator takes the release's version for the tool; the actor's too, and it stays hidden.
    assert "Version livrée prise pour (1)" in seed("--take-upstream", "outil:jitsi-meet")
    jitsi.refresh_from_db()
    assert jitsi.summary == "Le résumé de la nouvelle version."
    seed("--take-upstream", "funlab")
    funlab.refresh_from_db()
    assert funlab.summary == "Fablab de Tours, fiche revue." and not funlab.is_published
    assert funlab.version == 3  # the release's change raised the version like an edit would
    assert "Rien de nouveau" in seed("--check")


def test_a_removed_entry_is_reported_never_deleted(monkeypatch):
    seed()
    gone = catalogue.GUIDES[-1]
    monkeypatch.setattr(catalogue, "GUIDES", catalogue.GUIDES[:-1])
    check = seed("--check")
    assert f"- guide:{gone['slug']}" in check and "Retirées de la version livrée (1)" in check
    seed("--update")
    assert Guide.objects.filter(slug=gone["slug"]).exists()
    assert SeedRecord.objects.get(key=gone["slug"]).status == SeedRecord.Status.REMOVED


def test_an_entry_deleted_here_is_never_created_again():
    seed()
    Guide.objects.get(slug=catalogue.GUIDES[0]["slug"]).delete()
    assert "Supprimées ici (1), jamais recréées" in seed("--update")
    assert not Guide.objects.filter(slug=catalogue.GUIDES[0]["slug"]).exists()


def test_new_entries_that_cannot_be_created_here_are_listed_not_created(monkeypatch):
    seed()
    ToolFactory(name=NEW_TOOL["name"], slug="cree-ici")  # a coordinator created it before the release
    ProprietaryProduct.objects.get(slug="zoom").delete()  # and deleted a product
    pair = {**catalogue.EQUIVALENCES[0], "product": "zoom", "tool": "nouvel-outil"}
    monkeypatch.setattr(catalogue, "TOOLS", [*catalogue.TOOLS, NEW_TOOL])
    monkeypatch.setattr(catalogue, "EQUIVALENCES", [*catalogue.EQUIVALENCES, pair])
    out = seed()
    assert "Non créées (2)" in out
    assert "? outil:nouvel-outil — Nouvel outil : un objet créé ici porte déjà ce nom" in out
    assert "? equivalence:zoom/nouvel-outil" in out and "n'existe pas ici" in out
    assert "Supprimées ici (" in out  # zoom and its equivalences, never created again
    assert not Tool.objects.filter(slug="nouvel-outil").exists()
    assert not ProprietaryProduct.objects.filter(slug="zoom").exists()


def test_a_second_run_changes_nothing_and_writes_nothing():
    seed()
    runs = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            out = seed("--update")
        runs.append([query["sql"] for query in queries.captured_queries])
        assert "Rien de nouveau" in out
    writes = [sql for sql in runs[0] + runs[1] if sql.split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}]
    assert writes == []
    assert len(runs[0]) == len(runs[1]) < 40


def test_many_to_many_changes_apply_as_additions_and_removals(monkeypatch):
    seed()
    tool = Tool.objects.get(slug="nextcloud")
    before = {need.slug for need in tool.needs.all()}
    removed_need = sorted(before)[0]
    local_need = Need.objects.create(name="Besoin ajouté ici", slug="besoin-ajoute-ici")
    tool.needs.add(local_need)  # a coordinator's addition: an edit made here
    added_need = "cartes" if "cartes" not in before else "navigateur"
    needs = sorted(before - {removed_need} | {added_need})
    monkeypatch.setattr(catalogue, "TOOLS", shipped(catalogue.TOOLS, "nextcloud", needs=needs))
    check = seed("--check")
    assert "! outil:nextcloud" in check  # edited here and upstream: a conflict
    seed("--take-upstream", "outil:nextcloud")
    assert {need.slug for need in tool.needs.all()} == set(needs) | {"besoin-ajoute-ici"}


def test_equivalences_follow_the_release(monkeypatch):
    seed()
    rows = copy.deepcopy(catalogue.EQUIVALENCES)
    rows[0]["losses"] = "Ce que l'on perd, revu par la nouvelle version."
    monkeypatch.setattr(catalogue, "EQUIVALENCES", rows)
    key = f"{rows[0]['product']}/{rows[0]['tool']}"
    assert f"~ equivalence:{key}" in seed("--check")
    seed("--update")
    equivalence = Equivalence.objects.get(product__slug=rows[0]["product"], tool__slug=rows[0]["tool"])
    assert equivalence.losses == "Ce que l'on perd, revu par la nouvelle version."


def shipped_total():
    """Every shipped entry of every app (the count grows with the content)."""
    from ptca.seed import kinds

    return sum(len(kind.items()) for kind in kinds())


def test_content_present_before_the_records_is_adopted_and_kept(monkeypatch):
    """A portal filled by the old demo_data: its objects are linked, their differences kept as edits."""
    seed()
    shipped_entries = SeedRecord.objects.count()
    SeedRecord.objects.all().delete()
    Tool.objects.filter(slug="jitsi-meet").update(summary="Résumé d'avant les enregistrements.")
    out = seed()
    assert f"Rattachées à un objet déjà présent ({shipped_entries}, dont 1 différentes" in out
    monkeypatch.setattr(catalogue, "TOOLS", shipped(catalogue.TOOLS, "jitsi-meet", summary="Nouveau résumé livré."))
    seed("--update")
    assert Tool.objects.get(slug="jitsi-meet").summary == "Résumé d'avant les enregistrements."


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"licence": "GPL"}, "« licence (expression SPDX) » (licence)", "identifiant de licence SPDX"),
        ({"website": "ftp://jitsi.example.org"}, "« site web » (website)", "adresse web http(s)"),
        ({"source_url": "pas une adresse"}, "« code source » (source_url)", "Saisissez une URL valide"),
        ({"needs": ["visioconference", "teleportation"]}, "« besoins » (needs)", "besoin inconnu(e) « teleportation »"),
    ],
)
def test_bad_shipped_content_names_object_and_field_and_loads_nothing(monkeypatch, changes, field, message):
    monkeypatch.setattr(catalogue, "TOOLS", shipped(catalogue.TOOLS, "jitsi-meet", **changes))
    with pytest.raises(CommandError) as error:
        seed()
    assert f"outil libre « jitsi-meet », champ {field} : " in str(error.value)
    assert message in str(error.value)
    assert not Need.objects.exists() and not Tool.objects.exists() and not SeedRecord.objects.exists()


def test_an_equivalence_to_an_unknown_tool_is_named_by_its_pair(monkeypatch):
    rows = [dict(catalogue.EQUIVALENCES[0], tool="outil-disparu"), *catalogue.EQUIVALENCES[1:]]
    monkeypatch.setattr(catalogue, "EQUIVALENCES", rows)
    with pytest.raises(CommandError) as error:
        seed()
    expected = f"équivalence « {rows[0]['product']}/outil-disparu », champ « outil libre » (tool) : outil libre inconnu"
    assert expected in str(error.value)
    assert not Tool.objects.exists()


def test_a_failing_update_run_leaves_everything_as_it_was(monkeypatch):
    seed()
    counts = (Tool.objects.count(), SeedRecord.objects.count())
    monkeypatch.setattr(catalogue, "TOOLS", [*catalogue.TOOLS, NEW_TOOL])
    monkeypatch.setattr(catalogue, "GUIDES", shipped(catalogue.GUIDES, catalogue.GUIDES[0]["slug"], summary=""))
    with pytest.raises(CommandError, match="guide « .* », champ « résumé » \\(summary\\)"):
        seed("--update")
    assert (Tool.objects.count(), SeedRecord.objects.count()) == counts


def test_unknown_or_ambiguous_keys_are_refused(monkeypatch):
    with pytest.raises(CommandError, match="Aucune entrée livrée « inexistant »"):
        seed("--take-upstream", "inexistant")
    guides = [dict(catalogue.GUIDES[0], slug="visioconference"), *catalogue.GUIDES[1:]]
    monkeypatch.setattr(catalogue, "GUIDES", guides)
    with pytest.raises(CommandError, match="« visioconference » désigne plusieurs entrées .*besoin:visioconference"):
        seed("--take-upstream", "visioconference")
    assert not Tool.objects.exists()
    seed()
    out = seed("--take-upstream", "besoin:visioconference")
    assert "besoin:visioconference : rien à faire (la version livrée n'a pas changé)" in out
    with pytest.raises(CommandError, match="ne se combine pas"):
        seed("--check", "--take-upstream", "outil:jitsi-meet")


def test_runs_are_logged_with_counts_only(caplog, monkeypatch):
    with caplog.at_level(logging.INFO, logger="core.seed"):
        seed()
        monkeypatch.setattr(catalogue, "TOOLS", shipped(catalogue.TOOLS, "jitsi-meet", licence="GPL"))
        with pytest.raises(CommandError):
            seed("--update")
    done, refused = [(record.levelname, record.getMessage()) for record in caplog.records if record.name == "core.seed"]
    created = SeedRecord.objects.count()  # the refused run wrote nothing
    assert done[0] == "INFO" and "mode=create" in done[1]
    assert f"created={created} " in done[1] and f"writes={created} " in done[1]
    assert refused == ("WARNING", "seed_content mode=update refused, nothing written")
    assert "@" not in done[1] and "jitsi" not in done[1]


def test_the_admin_shows_both_versions_and_applies_the_choice(client, coordinator, advisor, monkeypatch):
    seed()
    Tool.objects.filter(slug="jitsi-meet").update(summary="Résumé d'ici.")
    monkeypatch.setattr(catalogue, "TOOLS", shipped(catalogue.TOOLS, "jitsi-meet", summary="Résumé livré."))
    seed()
    record = SeedRecord.objects.get(key="jitsi-meet")
    assert record.status == SeedRecord.Status.CONFLICT
    changelist = reverse("admin:core_seedrecord_changelist")
    page = reverse("admin:core_seedrecord_change", args=[record.pk])
    assert client.get(page).status_code == 302
    client.force_login(advisor)
    assert client.get(page).status_code == 302  # not staff: the admin's login page
    coordinator.is_staff = True
    coordinator.save()
    client.force_login(coordinator)
    html = client.get(page).content.decode()
    assert "Résumé d&#x27;ici." in html and "Résumé livré." in html
    assert client.get(changelist + "?status=conflict").status_code == 200
    response = client.post(changelist, {"action": "take_upstream", "_selected_action": [record.pk]})
    assert response.status_code == 302
    assert Tool.objects.get(slug="jitsi-meet").summary == "Résumé livré."
    record.refresh_from_db()
    assert record.status == SeedRecord.Status.CURRENT

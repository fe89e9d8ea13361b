"""The coordinators' front-end pages of the catalogue (tools_catalog/manage_views.py)."""

import datetime
import html
import re

import pytest
from auditlog.models import LogEntry
from django.urls import reverse

from core.testing import count_queries
from tools_catalog import manage_forms
from tools_catalog.manage_views import KINDS
from tools_catalog.models import (
    CatalogueReport,
    Equivalence,
    Guide,
    HostedOffer,
    Hoster,
    Need,
    Tool,
)
from tools_catalog.tests.factories import (
    EquivalenceFactory,
    GuideFactory,
    HosterFactory,
    NeedFactory,
    ProprietaryProductFactory,
    ToolFactory,
)

pytestmark = pytest.mark.django_db


def text_of(response):
    text = re.sub(r"</?(?:a|span|strong|em|abbr)\b[^>]*>", "", response.content.decode())
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def post_data(form, **changes):
    """The POST body of `form` as a browser sends it, with `changes` applied."""
    data = {}
    for name in form.fields:
        value = form[name].value()
        if name == "tags" and value is not None and not isinstance(value, str):
            value = ", ".join(sorted(getattr(tag, "name", str(tag)) for tag in value))
        if value is None or value is False:
            continue
        if value is True:
            data[name] = "on"
        elif isinstance(value, (list, tuple)):
            data[name] = [str(getattr(item, "pk", item)) for item in value]
        else:
            data[name] = str(value)
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def entry_of(key):
    """One entry of each kind, with what it needs."""
    if key == "tool":
        return ToolFactory()
    if key == "product":
        return ProprietaryProductFactory()
    if key == "equivalence":
        return EquivalenceFactory()
    if key == "need":
        return NeedFactory()
    if key == "guide":
        return GuideFactory()
    if key == "hoster":
        return HosterFactory()
    return HostedOffer.objects.create(tool=ToolFactory(), hoster=HosterFactory())


def urls_of(key, entry):
    kind = KINDS[key]
    return [kind.url("list"), kind.url("create"), kind.url("update", entry.pk), kind.url("history", entry.pk)]


# Who may see the pages ----------------------------------------------------------------------------------


@pytest.mark.parametrize("key", list(KINDS))
def test_pages_send_anonymous_to_login_refuse_advisors_and_open_to_coordinators(client, advisor, coordinator, key):
    entry = entry_of(key)
    for url in urls_of(key, entry):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/compte/login/?next="), url
    client.force_login(advisor)
    for url in urls_of(key, entry):
        response = client.get(url)
        assert response.status_code == 403, url
        assert "Accès refusé" in response.content.decode() or response.templates[0].name == "403.html"
    client.force_login(coordinator)
    for url in urls_of(key, entry):
        assert client.get(url).status_code == 200, url


def test_report_page_permissions(client, advisor, coordinator):
    report = CatalogueReport.objects.create(tool=ToolFactory(), message="Faux.")
    url = reverse("tools_catalog:manage_report", args=[report.pk])
    assert client.get(url).status_code == 302
    client.force_login(advisor)
    assert client.get(url).status_code == 403
    assert client.post(url, {"action": "clore"}).status_code == 403
    client.force_login(coordinator)
    assert client.get(url).status_code == 200


# Tools ------------------------------------------------------------------------------------------------


def new_tool_data(**changes):
    data = {
        "name": "Framadate libre",
        "slug": "",
        "summary": "Trouver une date de réunion.",
        "access": "online",
        "platforms": ["web", "android"],
        "cost_model": "free",
        "ease": "easy",
        "available_in_french": "on",
        "licence": "AGPL-3.0-or-later",
        "maintenance_status": "active",
        "is_published": "on",
        "tags": "",
    }
    data.update(changes)
    return data


def test_coordinator_adds_a_tool_with_two_platforms_and_two_needs(coordinator_client):
    visio, polls, other = NeedFactory(visio=True), NeedFactory(name="Sondages", slug="sondages"), NeedFactory()
    framasoft = HosterFactory(name="Framasoft")
    response = coordinator_client.post(
        KINDS["tool"].url("create"),
        new_tool_data(needs=[str(visio.pk), str(polls.pk)], hosters=[str(framasoft.pk)], tags="agenda, sondage"),
    )
    tool = Tool.objects.get(name="Framadate libre")
    assert response.status_code == 302 and response.url == KINDS["tool"].url("update", tool.pk)
    assert tool.slug == "framadate-libre"  # made from the name
    assert tool.platforms == ["web", "android"] and tool.platform_codes == "|web|android|"
    assert set(tool.needs.all()) == {visio, polls} and other not in tool.needs.all()
    assert list(tool.hosters.all()) == [framasoft]
    assert sorted(tool.tags.names()) == ["agenda", "sondage"]
    page = coordinator_client.get(response.url)
    assert "Enregistré." in text_of(page)
    assert f'<a href="{tool.get_absolute_url()}">Voir la page publique</a>' in page.content.decode()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"platforms": ["web", "amiga"]}, "platforms", "« amiga » n'est pas une plateforme de la liste."),
        ({"licence": "GPL-9"}, "licence", "GPL-9"),
        ({"maintenance_status": "frozen"}, "maintenance_since", "Indiquez depuis quand"),
        ({"maintenance_status": "abandonne"}, "maintenance_status", "Sélectionnez un choix valide"),
        ({"name": ""}, "name", "Ce champ est obligatoire."),
        ({"licence_checked_on": "2020-01-01"}, "licence_evidence_url", "Indiquez la preuve vérifiée"),
        ({"website": "ftp://example.org"}, "website", "Saisissez une URL valide."),
        ({"name": "Guides"}, "slug", "est déjà l'adresse d'une page du catalogue"),
    ],
)
def test_bad_tool_input_is_refused_next_to_the_field_input_kept_nothing_saved(
    coordinator_client, changes, field, message
):
    response = coordinator_client.post(KINDS["tool"].url("create"), new_tool_data(**changes))
    assert response.status_code == 400
    form = response.context["form"]
    assert any(message in error for error in form.errors[field]), form.errors
    assert 'value="Trouver une date de réunion."' in response.content.decode()  # input kept
    assert f'id="id_{field}_error"' in response.content.decode() or "error-summary" in response.content.decode()
    assert not Tool.objects.exists()


def test_successor_cannot_be_the_tool_itself(coordinator_client):
    tool = ToolFactory()
    form = manage_forms.ToolForm(instance=tool)
    response = coordinator_client.post(KINDS["tool"].url("update", tool.pk), post_data(form, successor=str(tool.pk)))
    assert response.status_code == 400
    assert "successor" in response.context["form"].errors


def test_two_coordinators_collide_the_second_gets_409_with_the_other_values(client, coordinator, django_user_model):
    tool = ToolFactory(summary="Avant.")
    form = manage_forms.ToolForm(instance=tool)
    opened = post_data(form)  # both open the form
    client.force_login(coordinator)
    first = client.post(KINDS["tool"].url("update", tool.pk), {**opened, "summary": "Version de Paul."})
    assert first.status_code == 302
    second = client.post(KINDS["tool"].url("update", tool.pk), {**opened, "summary": "Version de Marie."})
    assert second.status_code == 409
    content = text_of(second)
    assert "Quelqu'un a modifié cette fiche pendant que vous la modifiiez" in content
    assert "Version de Paul." in content and "Version de Marie." in content
    tool.refresh_from_db()
    assert tool.summary == "Version de Paul."
    # Saving again from the 409 page (it carries the new fingerprint) replaces the version.
    again = second.context["form"]
    third = client.post(KINDS["tool"].url("update", tool.pk), post_data(again, summary="Version de Marie."))
    assert third.status_code == 302
    tool.refresh_from_db()
    assert tool.summary == "Version de Marie."


def test_a_needs_change_by_someone_else_is_a_collision_too(coordinator_client):
    tool = ToolFactory()
    opened = post_data(manage_forms.ToolForm(instance=tool))
    tool.needs.add(NeedFactory(name="Comptabilité", slug="comptabilite"))
    response = coordinator_client.post(KINDS["tool"].url("update", tool.pk), opened)
    assert response.status_code == 409
    assert "Comptabilité" in text_of(response)
    assert tool.needs.count() == 1


def test_removing_a_hoster_removes_its_offer(coordinator_client):
    hoster = HosterFactory()
    tool = ToolFactory(hosters=[hoster])
    assert HostedOffer.objects.count() == 1
    response = coordinator_client.post(
        KINDS["tool"].url("update", tool.pk), post_data(manage_forms.ToolForm(instance=tool), hosters=None)
    )
    assert response.status_code == 302
    assert HostedOffer.objects.count() == 0


def test_changing_the_licence_counts_as_checking_it_today(coordinator_client, coordinator):
    tool = ToolFactory()
    data = post_data(
        manage_forms.ToolForm(instance=tool), licence="MPL-2.0", licence_evidence_url="https://example.org/LICENSE"
    )
    assert coordinator_client.post(KINDS["tool"].url("update", tool.pk), data).status_code == 302
    tool.refresh_from_db()
    assert tool.licence == "MPL-2.0" and tool.licence_checked_on == datetime.date.today()
    assert tool.licence_checked_by == "coord"


def test_the_tool_form_offers_the_spdx_list_and_checkboxes(coordinator_client):
    NeedFactory(visio=True)
    content = coordinator_client.get(KINDS["tool"].url("create")).content.decode()
    assert 'list="licences-spdx"' in content and '<option value="AGPL-3.0-or-later">' in content
    assert 'type="checkbox" name="platforms" value="android"' in content
    assert 'type="checkbox" name="needs"' in content
    assert "data-avertir-si-non-enregistre" in content and "tools_catalog/manage.js" in content


def test_history_page_lists_the_changes(coordinator_client):
    tool = ToolFactory()
    coordinator_client.post(
        KINDS["tool"].url("update", tool.pk), post_data(manage_forms.ToolForm(instance=tool), summary="Neuf.")
    )
    assert LogEntry.objects.filter(object_pk=str(tool.pk), action=LogEntry.Action.UPDATE).exists()
    content = text_of(coordinator_client.get(KINDS["tool"].url("history", tool.pk)))
    assert "Modification" in content and "résumé en une ligne" in content and "coord" in content


# Equivalences --------------------------------------------------------------------------------------------


def equivalence_data(product, tool, **changes):
    data = {
        "product": str(product.pk),
        "tool": str(tool.pk),
        "coverage": "partial",
        "losses": "Pas de **sous-titres** automatiques.",
        "gains": "Données en Europe.",
        "migration_effort": "low",
        "migration_steps": "1. Exporter.\n2. Importer.",
        "is_published": "on",
    }
    data.update(changes)
    return data


def test_equivalence_from_the_product_page_is_prefilled(coordinator_client):
    product = ProprietaryProductFactory(zoom=True)
    page = coordinator_client.get(KINDS["product"].url("update", product.pk))
    link = f"{KINDS['equivalence'].url('create')}?produit=zoom"
    assert f'href="{link}"' in page.content.decode()
    form = coordinator_client.get(link).context["form"]
    assert form["product"].value() == product.pk


def test_equivalence_preview_renders_markdown_and_saves_nothing(coordinator_client):
    product, tool = ProprietaryProductFactory(), ToolFactory()
    data = equivalence_data(product, tool, apercu="1")
    response = coordinator_client.post(KINDS["equivalence"].url("create"), data)
    assert response.status_code == 200
    assert "<strong>sous-titres</strong>" in response.content.decode()
    assert "Aperçu (rien n'est enregistré)" in text_of(response)
    assert "Pas de **sous-titres** automatiques.</textarea>" in html.unescape(response.content.decode())
    assert not Equivalence.objects.exists()
    data.pop("apercu")
    assert coordinator_client.post(KINDS["equivalence"].url("create"), data).status_code == 302
    assert Equivalence.objects.get().losses == "Pas de **sous-titres** automatiques."


def test_an_existing_pair_is_refused_in_french(coordinator_client):
    equivalence = EquivalenceFactory()
    response = coordinator_client.post(
        KINDS["equivalence"].url("create"), equivalence_data(equivalence.product, equivalence.tool)
    )
    assert response.status_code == 400
    assert "existe déjà" in " ".join(response.context["form"].errors["tool"])
    assert Equivalence.objects.count() == 1


def test_a_check_date_needs_its_source(coordinator_client):
    response = coordinator_client.post(
        KINDS["equivalence"].url("create"),
        equivalence_data(ProprietaryProductFactory(), ToolFactory(), checked_on="2024-01-01", checked_by="Moi"),
    )
    assert response.status_code == 400
    assert "evidence_url" in response.context["form"].errors


# Other kinds -------------------------------------------------------------------------------------------


def test_need_guide_hoster_and_offer_are_created_from_their_forms(coordinator_client):
    assert coordinator_client.post(KINDS["need"].url("create"), {"name": "Compta", "position": "3"}).status_code == 302
    assert Need.objects.get().slug == "compta"
    response = coordinator_client.post(
        KINDS["guide"].url("create"),
        {"title": "Le libre en bref", "summary": "Court.", "body": "## Titre", "position": "1", "is_published": "on"},
    )
    assert response.status_code == 302 and Guide.objects.get().slug == "le-libre-en-bref"
    response = coordinator_client.post(
        KINDS["hoster"].url("create"), {"name": "Chaton local", "url": "chaton.example.org"}
    )
    assert response.status_code == 302 and Hoster.objects.get().url == "https://chaton.example.org"
    tool = ToolFactory()
    form = coordinator_client.get(f"{KINDS['offer'].url('create')}?outil={tool.slug}").context["form"]
    assert form["tool"].value() == tool.pk
    response = coordinator_client.post(
        KINDS["offer"].url("create"),
        {"tool": str(tool.pk), "hoster": str(Hoster.objects.get().pk), "position": "100", "status": "active"},
    )
    assert response.status_code == 302
    assert HostedOffer.objects.get().tool == tool
    again = coordinator_client.post(
        KINDS["offer"].url("create"),
        {"tool": str(tool.pk), "hoster": str(Hoster.objects.get().pk), "position": "100", "status": "active"},
    )
    assert again.status_code == 400 and "a déjà une offre" in " ".join(again.context["form"].errors["hoster"])


def test_closed_hoster_needs_its_note(coordinator_client):
    response = coordinator_client.post(
        KINDS["hoster"].url("create"), {"name": "Fermé", "url": "https://ferme.example.org", "closed_on": "2024-01-01"}
    )
    assert response.status_code == 400 and "closure_note" in response.context["form"].errors
    assert not Hoster.objects.exists()


def test_a_product_without_its_vendor_is_refused(coordinator_client):
    response = coordinator_client.post(KINDS["product"].url("create"), {"name": "Slack", "business_model": "freemium"})
    assert response.status_code == 400 and "vendor" in response.context["form"].errors
    assert 'value="Slack"' in response.content.decode()


# Error reports -----------------------------------------------------------------------------------------


def test_correct_saves_the_entry_and_closes_the_report_in_one_step(coordinator_client, coordinator):
    tool = ToolFactory(licence="GPL-3.0-only")
    report = CatalogueReport.objects.create(
        tool=tool, message="La licence est AGPL-3.0-or-later.", contact_email="marie@example.org"
    )
    url = reverse("tools_catalog:manage_report", args=[report.pk])
    page = coordinator_client.get(url)
    assert "La licence est AGPL-3.0-or-later." in text_of(page) and "marie@example.org" in text_of(page)
    data = post_data(
        page.context["form"], licence="AGPL-3.0-or-later", action="corriger", resolution="Licence corrigée."
    )
    response = coordinator_client.post(url, data)
    assert response.status_code == 302 and response.url == reverse("tools_catalog:report_list")
    tool.refresh_from_db()
    report.refresh_from_db()
    assert tool.licence == "AGPL-3.0-or-later"
    assert report.status == CatalogueReport.Status.ACCEPTED and report.contact_email == ""
    assert report.resolution == "Licence corrigée." and report.handled_by == coordinator


def test_bad_input_while_correcting_keeps_the_report_open(coordinator_client):
    tool = ToolFactory()
    report = CatalogueReport.objects.create(tool=tool, message="Faux.", contact_email="marie@example.org")
    url = reverse("tools_catalog:manage_report", args=[report.pk])
    data = post_data(coordinator_client.get(url).context["form"], licence="Pas une licence", action="corriger")
    response = coordinator_client.post(url, data)
    assert response.status_code == 400 and "licence" in response.context["form"].errors
    report.refresh_from_db()
    assert report.status == CatalogueReport.Status.OPEN and report.contact_email == "marie@example.org"


def test_close_without_correcting_erases_the_address_and_leaves_the_entry(coordinator_client):
    equivalence = EquivalenceFactory()
    report = CatalogueReport.objects.create(equivalence=equivalence, message="Bof.", contact_email="marie@example.org")
    url = reverse("tools_catalog:manage_report", args=[report.pk])
    data = post_data(
        coordinator_client.get(url).context["form"],
        losses="Changé en douce",
        action="clore",
        resolution="Rien de faux.",
    )
    assert coordinator_client.post(url, data).status_code == 302
    report.refresh_from_db()
    equivalence.refresh_from_db()
    assert report.status == CatalogueReport.Status.REJECTED and report.contact_email == ""
    assert equivalence.losses != "Changé en douce"
    # Handling twice changes nothing.
    assert coordinator_client.post(url, data).status_code == 302
    report.refresh_from_db()
    assert report.resolution == "Rien de faux."


def test_the_report_queue_links_to_the_page_next_to_the_form(coordinator_client):
    report = CatalogueReport.objects.create(product=ProprietaryProductFactory(), message="Faux.")
    content = coordinator_client.get(reverse("tools_catalog:report_list")).content.decode()
    assert f'href="/outils/gestion/signalements/{report.pk}/"' in content


# Query budget -------------------------------------------------------------------------------------------


def grow(key, count):
    for _ in range(count):
        entry_of(key)


@pytest.mark.parametrize("key", list(KINDS))
def test_lists_run_the_same_queries_for_1_and_30_entries(coordinator_client, key):
    url = KINDS[key].url("list")
    grow(key, 1)
    coordinator_client.get(url)
    small = count_queries(lambda: coordinator_client.get(url))
    grow(key, 29)
    assert count_queries(lambda: coordinator_client.get(url)) == small


def test_tool_form_runs_the_same_queries_whatever_the_catalogue_size(coordinator_client):
    tool = ToolFactory()
    url = KINDS["tool"].url("update", tool.pk)
    coordinator_client.get(url)
    small = count_queries(lambda: coordinator_client.get(url))
    for _ in range(20):
        NeedFactory()
        HosterFactory()
        ToolFactory()
    tool.needs.set(Need.objects.all()[:5])
    assert count_queries(lambda: coordinator_client.get(url)) == small


def test_public_pages_offer_coordinators_the_edit_links(client, coordinator):
    equivalence = EquivalenceFactory()
    tool, product = equivalence.tool, equivalence.product
    pages = {
        tool.get_absolute_url(): [KINDS["tool"].url("update", tool.pk), f"?outil={tool.slug}"],
        product.get_absolute_url(): [KINDS["product"].url("update", product.pk), f"?produit={product.slug}"],
        equivalence.get_absolute_url(): [KINDS["equivalence"].url("update", equivalence.pk)],
    }
    for url, links in pages.items():
        assert "Modifier cette fiche" not in client.get(url).content.decode()
    client.force_login(coordinator)
    for url, links in pages.items():
        content = client.get(url).content.decode()
        for link in links:
            assert link in content, (url, link)


def test_checked_today_from_the_stale_list_and_the_form(client, advisor, coordinator):
    tool = ToolFactory(licence_evidence_url="https://example.org/LICENSE")
    bare = EquivalenceFactory()
    url = reverse("tools_catalog:manage_mark_checked", args=["tool", tool.pk])
    assert client.post(url).status_code == 302 and not Tool.objects.get(pk=tool.pk).licence_checked_on
    client.force_login(advisor)
    assert client.post(url).status_code == 403
    client.force_login(coordinator)
    stale = client.get(reverse("tools_catalog:stale_fact_list")).content.decode()
    assert url in stale
    response = client.post(url, {"depuis": "a-verifier"})
    assert response.status_code == 302 and response.url == reverse("tools_catalog:stale_fact_list")
    tool.refresh_from_db()
    assert tool.licence_checked_on == datetime.date.today() and tool.licence_checked_by == "coord"
    # Without a source, a French message and nothing changes.
    response = client.post(reverse("tools_catalog:manage_mark_checked", args=["equivalence", bare.pk]), follow=True)
    assert "n'a pas de source" in text_of(response)
    bare.refresh_from_db()
    assert bare.checked_on is None
    assert client.post(reverse("tools_catalog:manage_mark_checked", args=["need", 1])).status_code == 404
    assert client.get(url).status_code == 405


def test_a_proposal_corrected_and_published_from_its_form_is_reviewed(coordinator_client, coordinator, advisor):
    proposal = EquivalenceFactory(is_published=False, proposed_by=advisor)
    content = coordinator_client.get(reverse("tools_catalog:proposal_list")).content.decode()
    assert KINDS["equivalence"].url("update", proposal.pk) in content
    data = post_data(manage_forms.EquivalenceForm(instance=proposal), gains="Mieux dit.", is_published="on")
    assert coordinator_client.post(KINDS["equivalence"].url("update", proposal.pk), data).status_code == 302
    proposal.refresh_from_db()
    assert proposal.is_published and proposal.gains == "Mieux dit."
    assert proposal.reviewed_by == coordinator and proposal.reviewed_at is not None

"""Corrections from the field: reports on tools, products and equivalences; advisors' proposals;
the coordinators' queues, to-do and history; facts shown with their date of check."""

import html
import re
from datetime import date, timedelta

import pytest
from auditlog.models import LogEntry
from django.core.cache import cache
from django.utils import timezone

from tools_catalog import services
from tools_catalog.models import CatalogueReport, Equivalence, HostedOffer
from tools_catalog.tests.factories import EquivalenceFactory, HosterFactory, ToolFactory

pytestmark = pytest.mark.django_db


INLINE_TAGS = re.compile(r"</?(?:a|span|strong|em|abbr)\b[^>]*>")


def text_of(response):
    """The visible text of a page, on one line (inline tags removed, others as spaces)."""
    text = INLINE_TAGS.sub("", response.content.decode())
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def html_of(response):
    return html.unescape(response.content.decode())


REPORT = {"kind": "error", "message": "La licence est GPL-2.0-only (voir le fichier COPYING).", "contact_email": ""}


# Facts on the public pages ------------------------------------------------------------------------------


def test_tool_page_shows_checked_facts_maintenance_identifiers_and_closed_hosters(client, visio_catalogue):
    jitsi = visio_catalogue["jitsi"]
    jitsi.licence_evidence_url = "https://github.com/jitsi/jitsi-meet/blob/master/LICENSE"
    jitsi.licence_checked_on = date(2026, 3, 2)
    jitsi.licence_checked_by = "Camille Martin"
    jitsi.wikidata_id = "Q20828919"
    jitsi.framalibre_slug = "jitsi-meet"
    jitsi.sill_id = "Jitsi Meet"
    jitsi.save()
    offer = jitsi.offers.get()
    offer.position = 50
    offer.conditions = "Gratuit, sans compte"
    offer.save()
    jit_si = HosterFactory(name="meet.jit.si", url="https://meet.jit.si/")
    HostedOffer.objects.create(
        tool=jitsi,
        hoster=jit_si,
        position=900,
        caveat="l'organisateur doit se connecter avec un compte Google, GitHub ou Facebook",
    )
    closed = HosterFactory(name="Chaton fermé", url="https://ferme.example.org/")
    closed.closed_on = date(2025, 9, 1)
    closed.closure_note = "Les bénévoles ont arrêté ; voir les autres CHATONS."
    closed.save()
    HostedOffer.objects.create(tool=jitsi, hoster=closed)
    response = client.get(jitsi.get_absolute_url())
    content, page = text_of(response), html_of(response)
    assert "Apache-2.0 Vérifié le 2 mars 2026, par Camille Martin (source)" in content
    assert 'href="https://www.wikidata.org/wiki/Q20828919"' in page
    assert "framalibre.org/notices/jitsi-meet.html" in page
    assert "code.gouv.fr/sill/detail?name=Jitsi%20Meet" in page
    # Where to use it: the open offers, meet.jit.si last with its caveat; the closed hoster only in a note.
    assert content.index("Framasoft") < content.index("meet.jit.si") < content.index("Ne le proposent plus")
    assert "Attention : l'organisateur doit se connecter avec un compte Google" in content
    assert (
        "Ne le proposent plus : Chaton fermé (hébergeur fermé le 1 septembre 2025 ; Les bénévoles ont arrêté" in content
    )
    assert "Pas encore vérifié" in content  # the equivalence Zoom -> Jitsi was never checked
    assert "Signaler une erreur ou proposer une alternative" in content


def test_frozen_and_closed_tools_say_why_and_what_to_use_instead(client, visio_catalogue):
    tool = ToolFactory(name="Yakforms", slug="yakforms")
    tool.maintenance_status = "frozen"
    tool.maintenance_since = date(2021, 10, 1)
    tool.maintenance_note = "Plus de développement depuis 2021 ; il repose sur Drupal 7, en fin de vie."
    tool.successor = visio_catalogue["nextcloud"]
    tool.full_clean()
    tool.save()
    content = text_of(client.get(tool.get_absolute_url()))
    assert "Ce projet est figé : il n'est plus développé depuis le 1 octobre 2021." in content
    assert "Drupal 7, en fin de vie" in content
    assert "À utiliser à la place : Nextcloud." in content
    tool.maintenance_status = "closed"
    tool.save()
    content = text_of(client.get(tool.get_absolute_url()))
    assert "Ce projet est fermé depuis le 1 octobre 2021." in content


def test_equivalence_page_and_product_page_carry_the_report_form(client, visio_catalogue):
    equivalence = Equivalence.objects.get(tool=visio_catalogue["jitsi"])
    equivalence.evidence_url = "https://jitsi.github.io/handbook/"
    equivalence.checked_on = date(2026, 1, 15)
    equivalence.checked_by = "Camille Martin"
    equivalence.save()
    response = client.get("/outils/remplacer/zoom/jitsi-meet/")
    content = text_of(response)
    assert response.status_code == 200
    assert "De Zoom à Jitsi Meet" in content and "Vérifié le 15 janvier 2026, par Camille Martin" in content
    assert 'action="/outils/remplacer/zoom/jitsi-meet/signaler/#signaler"' in html_of(response)
    response = client.get("/outils/remplacer/zoom/")
    assert 'action="/outils/remplacer/zoom/signaler/#signaler"' in html_of(response)
    assert "Vérifié le 15 janvier 2026" in text_of(response)
    assert client.get("/outils/remplacer/zoom/nextcloud/").status_code == 404  # no such pair


# Reports ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/outils/jitsi-meet/signaler/", "tool"),
        ("/outils/remplacer/zoom/signaler/", "product"),
        ("/outils/remplacer/zoom/jitsi-meet/signaler/", "equivalence"),
    ],
)
def test_anyone_can_report_on_a_tool_a_product_or_an_equivalence(client, visio_catalogue, url, field):
    response = client.post(url, {**REPORT, "kind": "alternative", "contact_email": "marie@example.org"}, follow=True)
    assert "Merci, votre signalement a été transmis" in text_of(response)
    report = CatalogueReport.objects.get()
    assert getattr(report, f"{field}_id") is not None
    assert report.kind == "alternative" and report.contact_email == "marie@example.org"
    assert report.status == "open"


def test_report_errors_are_shown_next_to_the_fields_with_the_input_kept(client, visio_catalogue):
    response = client.post("/outils/jitsi-meet/signaler/", {"kind": "error", "message": "", "contact_email": "pas-un"})
    assert response.status_code == 400
    content = text_of(response)
    assert "Dites-nous ce qui est faux, ou quelle alternative vous proposez." in content
    assert "Cette adresse de courriel n'est pas valable" in content
    assert 'value="pas-un"' in html_of(response)
    response = client.post("/outils/jitsi-meet/signaler/", {**REPORT, "message": "x" * 2001})
    assert "Votre message dépasse 2 000 caractères" in text_of(response)
    assert not CatalogueReport.objects.exists()


def test_reports_are_rate_limited_and_robots_store_nothing(client, visio_catalogue):
    cache.clear()
    response = client.post("/outils/jitsi-meet/signaler/", {**REPORT, "site_web": "http://spam"}, follow=True)
    assert "Merci, votre signalement a été transmis" in text_of(response)
    assert not CatalogueReport.objects.exists()
    for _ in range(services.REPORT_LIMIT - 1):
        client.post("/outils/jitsi-meet/signaler/", REPORT)
    assert CatalogueReport.objects.count() == services.REPORT_LIMIT - 1
    response = client.post("/outils/jitsi-meet/signaler/", REPORT)
    assert response.status_code == 429
    assert "beaucoup de signalements en peu de temps" in text_of(response)
    assert CatalogueReport.objects.count() == services.REPORT_LIMIT - 1
    assert "beaucoup de signalements" in text_of(client.get("/outils/jitsi-meet/"))  # the form is replaced


def test_a_report_needs_exactly_one_entry(visio_catalogue):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        CatalogueReport.objects.create(message="Rien.")
    with pytest.raises(IntegrityError), transaction.atomic():
        CatalogueReport.objects.create(message="Deux.", tool=visio_catalogue["jitsi"], product=visio_catalogue["zoom"])


COORDINATION_URLS = [
    ("get", "/outils/coordination/signalements/"),
    ("post", "/outils/coordination/signalements/{report}/traiter/"),
    ("get", "/outils/coordination/propositions/"),
    ("post", "/outils/coordination/propositions/{proposal}/relire/"),
    ("get", "/outils/coordination/a-verifier/"),
    ("get", "/outils/jitsi-meet/historique/"),
]


def _coordination_urls(visio_catalogue, advisor):
    report = CatalogueReport.objects.create(tool=visio_catalogue["jitsi"], message="Faux.")
    proposal = EquivalenceFactory(
        product=visio_catalogue["gdrive"], tool=visio_catalogue["jitsi"], is_published=False, proposed_by=advisor
    )
    return [(method, url.format(report=report.pk, proposal=proposal.pk)) for method, url in COORDINATION_URLS]


def test_coordination_pages_for_coordinators_only(client, visio_catalogue, advisor, coordinator):
    urls = _coordination_urls(visio_catalogue, advisor)
    for method, url in urls:
        response = getattr(client, method)(url, {"decision": "reject"} if method == "post" else None)
        assert response.status_code == 302 and "next=" in response["Location"], url
    client.force_login(advisor)
    for method, url in urls:
        response = getattr(client, method)(url, {"decision": "reject"} if method == "post" else None)
        assert response.status_code == 403, url
    client.force_login(coordinator)
    for method, url in urls:
        if method == "get":
            assert client.get(url).status_code == 200, url
    assert CatalogueReport.objects.open().count() == 1  # nothing handled by the refused requests
    assert Equivalence.objects.proposed().count() == 1


def test_coordinator_accepts_a_report_email_erased_history_kept(client, visio_catalogue, coordinator):
    client.post("/outils/jitsi-meet/signaler/", {**REPORT, "contact_email": "marie@example.org"})
    report = CatalogueReport.objects.get()
    client.force_login(coordinator)
    response = client.get("/outils/coordination/signalements/")
    assert "La licence est GPL-2.0-only" in text_of(response) and "marie@example.org" in text_of(response)
    assert f"/outils/gestion/signalements/{report.pk}/" in html_of(response)
    response = client.post(
        f"/outils/coordination/signalements/{report.pk}/traiter/",
        {"decision": "accept", "resolution": "Licence corrigée."},
        follow=True,
    )
    assert "est accepté" in text_of(response)
    report.refresh_from_db()
    assert (report.status, report.handled_by, report.resolution, report.contact_email) == (
        "accepted",
        coordinator,
        "Licence corrigée.",
        "",
    )
    entry = LogEntry.objects.get_for_object(report).filter(action=LogEntry.Action.UPDATE).get()
    assert entry.actor == coordinator and "status" in entry.changes_dict
    assert "contact_email" not in entry.changes_dict  # the address never enters the history
    # Handling twice keeps the first decision.
    services.catalogue_report_handle(report=report, user=coordinator, accepted=False)
    report.refresh_from_db()
    assert report.status == "accepted"


def test_coordinator_rejects_a_report_and_bad_decisions_change_nothing(client, visio_catalogue, coordinator):
    report = CatalogueReport.objects.create(product=visio_catalogue["zoom"], message="Zoom est libre.")
    client.force_login(coordinator)
    response = client.post(f"/outils/coordination/signalements/{report.pk}/traiter/", {"decision": "peut-être"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == "open"
    client.post(f"/outils/coordination/signalements/{report.pk}/traiter/", {"decision": "reject"})
    report.refresh_from_db()
    assert report.status == "rejected"
    assert "Aucun signalement à traiter." in text_of(client.get("/outils/coordination/signalements/"))


# Proposals ----------------------------------------------------------------------------------------------

PROPOSAL = {
    "coverage": "partial",
    "losses": "Pas de tableur intégré.",
    "gains": "Les fichiers restent en Europe.",
    "migration_effort": "medium",
    "migration_steps": "1. Exporter depuis Google Takeout.\n2. Déposer dans Nextcloud.",
    "cost_note": "",
    "evidence_url": "",
}


def test_advisors_propose_and_coordinators_publish_after_review(client, visio_catalogue, advisor, coordinator):
    gdrive, jitsi = visio_catalogue["gdrive"], visio_catalogue["jitsi"]
    assert client.get("/outils/equivalences/proposer/").status_code == 302  # anonymous: login first
    client.force_login(advisor)
    response = client.get("/outils/equivalences/proposer/?produit=google-drive")
    assert response.status_code == 200 and response.context["form"].initial["product"] == gdrive.pk
    response = client.post(
        "/outils/equivalences/proposer/", {**PROPOSAL, "product": gdrive.pk, "tool": jitsi.pk}, follow=True
    )
    assert "sera publiée après la relecture d'un coordinateur" in text_of(response)
    proposal = Equivalence.objects.get(product=gdrive, tool=jitsi)
    assert not proposal.is_published and proposal.proposed_by == advisor
    # Not public yet: neither on the product page, nor in the search text.
    assert "Jitsi Meet" not in text_of(client.get("/outils/remplacer/google-drive/")).split("Comment migrer")[0]
    jitsi.refresh_from_db()
    assert "google" not in jitsi.search_text
    # The same pair again: a French error next to the tool, input kept.
    response = client.post("/outils/equivalences/proposer/", {**PROPOSAL, "product": gdrive.pk, "tool": jitsi.pk})
    assert response.status_code == 400
    assert "attend déjà la relecture" in text_of(response)
    response = client.post("/outils/equivalences/proposer/", {**PROPOSAL, "product": "", "losses": ""})
    content = text_of(response)
    assert "Choisissez le produit propriétaire à remplacer." in content and "Dites honnêtement" in content

    client.force_login(coordinator)
    content = text_of(client.get("/outils/coordination/propositions/"))
    assert "Google Drive → Jitsi Meet" in content and "Pas de tableur intégré." in content
    client.post(f"/outils/coordination/propositions/{proposal.pk}/relire/", {"decision": "publish"})
    proposal.refresh_from_db()
    assert proposal.is_published and proposal.reviewed_by == coordinator
    jitsi.refresh_from_db()
    assert "google drive" in jitsi.search_text
    assert "Jitsi Meet" in text_of(client.get("/outils/remplacer/google-drive/"))


def test_a_rejected_proposal_is_deleted_and_kept_in_the_history(client, visio_catalogue, advisor, coordinator):
    proposal = services.equivalence_propose(
        user=advisor, product=visio_catalogue["excel"], tool=visio_catalogue["jitsi"], **{
            key: PROPOSAL[key] for key in ("coverage", "losses", "gains", "migration_effort")
        }
    )  # fmt: skip
    client.force_login(coordinator)
    client.post(f"/outils/coordination/propositions/{proposal.pk}/relire/", {"decision": "reject"})
    assert not Equivalence.objects.filter(pk=proposal.pk).exists()
    assert LogEntry.objects.filter(object_pk=str(proposal.pk), action=LogEntry.Action.DELETE).exists()


def test_existing_pairs_cannot_be_proposed_again(visio_catalogue, advisor):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        services.equivalence_propose(
            user=advisor, product=visio_catalogue["zoom"], tool=visio_catalogue["jitsi"], coverage="full",
            losses="x", gains="y", migration_effort="low",
        )  # fmt: skip
    assert "existe déjà" in error.value.message_dict["tool"][0]


def test_product_page_invites_advisors_to_propose(client, visio_catalogue, advisor):
    assert "Proposer une autre alternative libre" not in text_of(client.get("/outils/remplacer/zoom/"))
    client.force_login(advisor)
    assert "Proposer une autre alternative libre à Zoom" in text_of(client.get("/outils/remplacer/zoom/"))


# To-do, facts to check, history -----------------------------------------------------------------------------


def test_coordinator_to_do_lists_reports_proposals_and_facts_not_checked_for_a_year(
    client, visio_catalogue, advisor, coordinator
):
    today = timezone.localdate()
    for tool in visio_catalogue.values():
        if hasattr(tool, "licence_checked_on"):
            tool.licence_evidence_url = "https://example.org/LICENSE"
            tool.licence_checked_on = today
            tool.licence_checked_by = "Camille"
            tool.save()
    HostedOffer.objects.update(evidence_url="https://example.org/", checked_on=today, checked_by="Camille")
    Equivalence.objects.update(evidence_url="https://example.org/", checked_on=today, checked_by="Camille")
    client.force_login(coordinator)
    assert "Catalogue des outils à tenir à jour" not in text_of(client.get("/coordination/"))  # nothing to do

    old = visio_catalogue["bbb"]
    old.licence_checked_on = today - timedelta(days=400)
    old.save()
    CatalogueReport.objects.create(tool=old, message="Faux.")
    EquivalenceFactory(
        product=visio_catalogue["excel"], tool=old, is_published=False, proposed_by=advisor, checked_on=None
    )
    content = text_of(client.get("/coordination/"))
    assert "1 signalement d'erreur ou d'alternative à traiter" in content
    assert "1 équivalence proposée à relire" in content
    assert "1 information pas vérifiée depuis 12 mois (1 licence, 0 offre d'hébergement, 0 équivalence)" in content
    response = client.get("/outils/coordination/a-verifier/")
    assert "BigBlueButton" in text_of(response) and f"/outils/gestion/outils/{old.pk}/" in html_of(response)
    client.force_login(advisor)
    assert "Catalogue des outils à tenir à jour" not in text_of(client.get("/coordination/"))


def test_tool_history_shows_who_changed_what(client, visio_catalogue, coordinator):
    jitsi = visio_catalogue["jitsi"]
    from auditlog.context import set_actor

    with set_actor(coordinator):
        jitsi.licence = "MIT"
        jitsi.save()
        offer = jitsi.offers.get()
        offer.conditions = "Gratuit"
        offer.save()
    client.force_login(coordinator)
    content = text_of(client.get("/outils/jitsi-meet/historique/"))
    assert "Historique de Jitsi Meet" in content
    assert "Fiche Modification licence (expression SPDX)" in content
    assert "Hébergement : Jitsi Meet chez Framasoft Modification conditions" in content
    assert "coord" in content
    assert 'href="/outils/jitsi-meet/historique/"' in html_of(client.get("/outils/jitsi-meet/"))
    client.logout()
    assert 'href="/outils/jitsi-meet/historique/"' not in html_of(client.get("/outils/jitsi-meet/"))

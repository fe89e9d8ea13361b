"""Browser journey of an advisor on a tablet: sheet → follow → steps → visit → print → board link → revoke.

Keyboard only for the status change; axe-core on every page of the app.
"""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from accompaniments import services
from accompaniments.models import Followup, Step
from accompaniments.tests.factories import FollowupFactory, ReferralFactory, StepFactory, VisitFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHEET = (
    "/visite/fiche/?produits=zoom,google-drive,doodle&besoins=comptabilite"
    "&equipe=benevoles&budget=aucun&aisance=debutant&commune=37261"
)
A4_WIDTH_PX = 794  # 210 mm at 96 dpi


def pdf_page_count(pdf_bytes):
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf_bytes))


def assert_prints_on_two_pages_at_full_size(page):
    """At most two A4 pages, and nothing wider than the page (Chromium would shrink the whole text)."""
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and 1 <= pdf_page_count(pdf) <= 2
    page.set_viewport_size({"width": A4_WIDTH_PX, "height": 1123})
    page.emulate_media(media="print")
    metrics = page.evaluate(
        """() => ({
          width: document.documentElement.scrollWidth,
          body: parseFloat(getComputedStyle(document.body).fontSize),
          item: parseFloat(getComputedStyle(document.querySelector('.progress li, .progress p')).fontSize),
        })"""
    )
    page.emulate_media(media="screen")
    assert metrics["width"] <= A4_WIDTH_PX, metrics
    assert metrics["body"] >= 13 and metrics["item"] >= 12, metrics  # 10 pt, the print size


def press_tab_until(page, predicate_js, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate_js):
            return
    pytest.fail(f"focus never reached: {predicate_js}")


def test_follow_an_association_on_a_tablet(live_server, new_page, catalogue, advisor, login_in_browser, accessible):
    page = new_page("tablet")
    login_in_browser(page, "conseil", "motdepasse-conseil")
    page.wait_for_url(f"{live_server.url}/accompagnement/")  # advisors land on their space
    accessible(page)

    # The visit sheet, then "Suivre cette association".
    page.goto(f"{live_server.url}{SHEET}")
    page.get_by_role("link", name="Suivre cette association").click()
    page.get_by_role("heading", name="Suivre cette association").wait_for()
    accessible(page)
    assert page.get_by_label("Bénévoles seulement").is_checked()  # the profile comes from the sheet
    assert page.get_by_label("Commune").input_value() == "Tours (37000)"
    keep = page.locator("input[name$='-garder']")
    assert keep.count() == 4
    page.get_by_label("Nom de l'association").fill("Les Randonneurs du Cher")
    page.get_by_label("Numéro RNA (facultatif)").fill("W372001234")
    page.get_by_label("L'association a accepté que ce suivi soit enregistré sur le portail").check()
    page.get_by_role("button", name="Enregistrer l'accompagnement").click()
    page.get_by_role("heading", name="Les Randonneurs du Cher").wait_for()
    accessible(page)
    followup = Followup.objects.get()
    steps = list(followup.steps.ordered().select_related("product", "tool", "need"))
    assert [step.label for step in steps][0] == "Zoom → Jitsi Meet"  # quick wins first
    assert steps[-1].label == "Google Drive → Nextcloud"  # the heavy migration last

    # First step adopted with the keyboard only.
    page.get_by_role("link", name="Zoom → Jitsi Meet").first.click()
    page.get_by_role("heading", name="Étape : Zoom → Jitsi Meet").wait_for()
    accessible(page)
    press_tab_until(page, "() => document.activeElement.name === 'status'")
    page.keyboard.press("ArrowDown")  # from « À l'essai » to « Adopté »
    assert page.evaluate("() => document.activeElement.value") == "adopted"
    press_tab_until(page, "() => document.activeElement.textContent.trim() === 'Enregistrer le statut'")
    page.keyboard.press("Enter")
    page.get_by_text("Le statut de l'étape est changé.").wait_for()
    assert Step.objects.get(pk=steps[0].pk).status == "adopted"

    # Second step adopted, third abandoned with a reason; a referral.
    page.goto(f"{live_server.url}{steps[1].get_absolute_url()}")
    page.get_by_label("Adopté").check()
    page.get_by_role("button", name="Enregistrer le statut").click()
    page.get_by_text("Le statut de l'étape est changé.").wait_for()
    page.get_by_label("Orientée vers").select_option(label="Informatique participative")
    page.get_by_role("button", name="Noter l'orientation").click()
    page.get_by_text("L'orientation est notée.").wait_for()
    page.goto(f"{live_server.url}{steps[3].get_absolute_url()}")
    page.get_by_label("Abandonné").check()
    page.get_by_role("button", name="Enregistrer le statut").click()
    assert "Choisissez la raison de l'abandon" in page.locator("#error-summary").inner_text()  # nothing saved
    accessible(page)
    page.get_by_label("Abandonné").check()
    page.get_by_label("Raison de l'abandon").select_option(label="Partenaires qui restent sur l'outil")
    page.get_by_role("button", name="Enregistrer le statut").click()
    page.get_by_text("Le statut de l'étape est changé.").wait_for()
    assert sorted(Step.objects.values_list("status", flat=True)) == ["abandoned", "adopted", "adopted", "proposed"]

    # The second visit.
    page.goto(f"{live_server.url}{followup.get_absolute_url()}")
    page.get_by_role("link", name="Noter une visite").click()
    accessible(page)
    next_visit = timezone.localdate() + timedelta(days=30)
    page.get_by_label("Sur place").check()
    page.get_by_label("Note privée (facultative)").fill("Le bureau a aimé Jitsi.")
    page.get_by_label("Prochaine visite (facultative)").fill(next_visit.isoformat())
    page.get_by_role("button", name="Enregistrer la visite").click()
    page.get_by_text("La visite est notée.").wait_for()

    # The progress sheet, printed.
    page.get_by_role("link", name="Où en sommes-nous ? (à imprimer)").click()
    page.get_by_role("heading", name=re.compile("Où en sommes-nous")).wait_for()
    accessible(page)
    text = page.locator("article.progress").inner_text()
    assert "C'est fait (2)" in text and "Mis de côté (1)" in text and "Informatique participative" in text
    assert "Le bureau a aimé Jitsi." not in text  # private notes never on the sheet
    assert_prints_on_two_pages_at_full_size(page)
    page.set_viewport_size({"width": 820, "height": 1180})

    # The read-only link, opened in a fresh browser context, then revoked.
    page.goto(f"{live_server.url}{followup.get_absolute_url()}#partage")
    page.get_by_role("button", name="Créer un lien de lecture").click()
    share_url = page.get_by_label(re.compile("Lien à transmettre")).input_value()
    board = new_page("tablet")
    response = board.goto(share_url)
    assert response.status == 200
    board.get_by_role("heading", name=re.compile("Où en sommes-nous")).wait_for()
    assert "Les Randonneurs du Cher" in board.content() and "Le bureau a aimé Jitsi." not in board.content()
    accessible(board)
    page.get_by_role("button", name="Retirer le lien").click()
    page.get_by_text("Le lien de lecture est retiré").wait_for()
    assert board.goto(share_url).status == 404


def test_fifty_steps_print_on_two_pages_at_most(live_server, new_page, advisor):
    followup = FollowupFactory(name="Une grande association", advisors=[advisor])
    for index in range(50):
        step = StepFactory(followup=followup, status=["adopted", "trying", "proposed", "postponed", "abandoned"][index % 5],
                           abandon_reason="no_time" if index % 5 == 4 else "")  # fmt: skip
        if index % 10 == 0:
            ReferralFactory(step=step)
    followup.next_visit_on = timezone.localdate() + timedelta(days=10)
    followup.save()
    token = services.share_link_create(followup=followup)
    page = new_page("desktop")
    page.goto(f"{live_server.url}/accompagnement/lien/{token}/")
    assert page.locator("article.progress li").count() >= 50
    assert_prints_on_two_pages_at_full_size(page)


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_every_page_of_the_app_is_accessible(
    live_server, new_page, catalogue, advisor, coordinator, accessible, viewport
):
    followup = services.followup_create(
        advisor=advisor,
        name="Association fictive",
        consent=True,
        commune=catalogue["tours"],
        steps=[services.StepSpec(product=catalogue["products"]["zoom"], tool=catalogue["tools"]["jitsi"]),
               services.StepSpec(need=catalogue["needs"]["accounting"])],
    )  # fmt: skip
    step = followup.steps.ordered().first()
    ReferralFactory(step=step, actor=catalogue["ip"])
    VisitFactory(followup=followup)
    token = services.share_link_create(followup=followup)
    need_step = followup.steps.get(need__isnull=False)
    page = new_page(viewport)
    client = Client()
    client.force_login(advisor)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    paths = [
        "/accompagnement/",
        "/accompagnement/?commune=37261&etat=tous",
        "/accompagnement/nouveau/?produits=zoom:jitsi-meet&besoins=comptabilite",
        f"/accompagnement/{followup.pk}/",
        f"/accompagnement/{followup.pk}/modifier/",
        f"/accompagnement/{followup.pk}/confier/",
        f"/accompagnement/{followup.pk}/visites/nouvelle/",
        f"/accompagnement/{followup.pk}/etapes/ajouter/",
        f"/accompagnement/{followup.pk}/etapes/{step.pk}/",
        f"/accompagnement/{followup.pk}/etapes/{need_step.pk}/",
        f"/accompagnement/{followup.pk}/ou-en-sommes-nous/",
        f"/accompagnement/{followup.pk}/historique/",
        f"/accompagnement/lien/{token}/",
        "/",
    ]
    for path in paths:
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        accessible(page)
    # Error states: a form with errors, a conflict.
    page.goto(f"{live_server.url}/accompagnement/{followup.pk}/visites/nouvelle/")
    page.get_by_label("Date de la visite").fill("")
    page.get_by_role("button", name="Enregistrer la visite").click()
    page.locator("#error-summary").wait_for()
    accessible(page)
    # The coordinators' figures.
    client.force_login(coordinator)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    assert page.goto(f"{live_server.url}/accompagnement/chiffres/").status == 200
    accessible(page)

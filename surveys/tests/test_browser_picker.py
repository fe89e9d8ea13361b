"""In Chromium on a phone: the tools picker, typed "Autre", save and resume, a single submission."""

import pytest

from surveys.content import build_survey
from surveys.models import AnswerTool, Response
from tools_catalog.tests.factories import NeedFactory, ProprietaryProductFactory, ToolFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def field_survey():
    visio = NeedFactory(name="Visioconférence", slug="visioconference", position=1)
    files = NeedFactory(name="Partage et stockage de fichiers", slug="partage-fichiers", position=2)
    chat = NeedFactory(name="Messagerie instantanée", slug="messagerie", position=3)
    ProprietaryProductFactory(name="Zoom", slug="zoom", vendor="Zoom", needs=[visio])
    ProprietaryProductFactory(name="Google Drive", slug="google-drive", vendor="Google", needs=[files])
    ProprietaryProductFactory(name="Dropbox", slug="dropbox", vendor="Dropbox", needs=[files])
    ProprietaryProductFactory(name="WhatsApp", slug="whatsapp", vendor="Meta", needs=[chat])
    # Outside the top of the list: only the search finds it.
    for index in range(40):
        ProprietaryProductFactory(name=f"Logiciel de gestion {index}", slug=f"logiciel-gestion-{index}")
    ProprietaryProductFactory(name="Ciel Associations", slug="ciel-associations", vendor="Sage")
    ToolFactory(name="Jitsi Meet", slug="jitsi-meet", needs=[visio])
    return build_survey()


def test_phone_journey_picker_resume_and_single_submission(live_server, new_page, field_survey, accessible):
    page = new_page("phone")
    url = live_server.url + field_survey.get_absolute_url()
    page.goto(url)
    page.get_by_text("Vos réponses en cours sont gardées sur cet appareil").wait_for()
    page.get_by_label("1 ou 2 salariés").check()
    page.get_by_label("Combien de bénévoles actifs environ ?").fill("15")
    page.get_by_label("Où se trouve votre association ?").fill("Chinon")
    page.get_by_label("4", exact=True).check()
    page.get_by_label("Oui, nous en utilisons").check()

    search = page.get_by_label("Chercher dans la liste des outils")
    search.fill("gogle drive")  # a typo: the catalogue's search corrects it
    page.get_by_text("pour « gogle drive »").wait_for()
    page.get_by_label("Google Drive (Google)").check()
    search.fill("ciel asso")  # not in the top of the list: added from the server's answer
    page.get_by_label("Ciel Associations (Sage)").wait_for()
    page.get_by_label("Ciel Associations (Sage)").check()
    search.fill("")
    page.get_by_label("Zoom (Zoom)").wait_for()
    page.get_by_label("Zoom (Zoom)").check()
    page.locator("summary", has_text="Messagerie instantanée").click()
    page.get_by_label("WhatsApp (Meta)").check()
    chips = page.locator("[data-picker-chip]")
    assert chips.count() == 4
    assert "Google Drive" in chips.first.inner_text()
    # A chip removes its choice; choosing again brings it back.
    page.locator("[data-picker-chip]", has_text="Zoom").click()
    assert chips.count() == 3 and not page.get_by_label("Zoom (Zoom)").is_checked()
    page.get_by_label("Zoom (Zoom)").check()
    assert chips.count() == 4
    # Typing in "Autre (précisez)" chooses "Autre".
    page.get_by_label("Autre (précisez) : Quel est votre rôle dans l'association ?").fill("Co-président")
    assert page.locator("input[name$='_autre']").count() >= 1
    accessible(page)

    # The tab is closed, then the survey opened again on the same device: the answers are there.
    context = page.context
    page.close()
    page = context.new_page()
    page.goto(url)
    page.get_by_text("Vos réponses en cours sont gardées sur cet appareil").wait_for()
    assert page.get_by_label("1 ou 2 salariés").is_checked()
    assert page.get_by_label("Combien de bénévoles actifs environ ?").input_value() == "15"
    assert page.get_by_label("Où se trouve votre association ?").input_value() == "Chinon"
    for label in ("Google Drive (Google)", "Zoom (Zoom)", "WhatsApp (Meta)", "Ciel Associations"):
        assert page.get_by_label(label).is_checked(), label
    assert page.locator("[data-picker-chip]").count() == 4
    assert page.get_by_label("Autre (précisez) : Quel est votre rôle dans l'association ?").input_value() == (
        "Co-président"
    )

    page.get_by_role("button", name="Envoyer mes réponses").click()
    page.get_by_role("heading", name="Merci, votre réponse est enregistrée").wait_for()
    assert Response.objects.count() == 1
    assert set(AnswerTool.objects.values_list("product__name", flat=True)) == {
        "Google Drive",
        "Ciel Associations",
        "Zoom",
        "WhatsApp",
    }
    role = Response.objects.get().answers.get(question__position=4)
    assert role.text == "Co-président"
    # Sent: the answers kept on the device are gone.
    page.goto(url)
    page.get_by_text("Vos réponses en cours sont gardées sur cet appareil").wait_for()
    assert not page.get_by_label("1 ou 2 salariés").is_checked()
    assert page.locator("[data-picker-chip]").count() == 0


def test_clear_button_and_picker_without_javascript(live_server, new_page, field_survey, accessible):
    page = new_page("phone", java_script_enabled=False)
    page.goto(live_server.url + field_survey.get_absolute_url())
    page.get_by_label("1 ou 2 salariés").check()
    page.get_by_label("Chercher dans la liste des outils").fill("gogle drive")
    page.get_by_role("button", name="Chercher un outil").click()
    page.get_by_text("pour « gogle drive »").wait_for()
    assert page.get_by_label("1 ou 2 salariés").is_checked()  # answers kept by the server
    page.get_by_label("Google Drive (Google)").check()
    page.get_by_label("Où se trouve votre association ?").fill("Chinon")
    page.get_by_label("4", exact=True).check()
    page.get_by_label("Non, jamais").check()
    # Without script too, typing in "Autre (précisez)" answers the (required) question.
    page.get_by_label("Autre (précisez) : Quel est votre rôle dans l'association ?").fill("Animatrice")
    page.get_by_role("button", name="Envoyer mes réponses").click()
    page.get_by_role("heading", name="Merci, votre réponse est enregistrée").wait_for()
    assert list(AnswerTool.objects.values_list("product__name", flat=True)) == ["Google Drive"]
    assert Response.objects.get().answers.get(question__position=4).text == "Animatrice"

    scripted = new_page("phone")
    scripted.goto(live_server.url + field_survey.get_absolute_url())
    scripted.get_by_label("Combien de bénévoles actifs environ ?").fill("8")
    scripted.reload()
    assert scripted.get_by_label("Combien de bénévoles actifs environ ?").input_value() == "8"
    scripted.get_by_role("button", name="Effacer mes réponses en cours").click()
    scripted.get_by_text("Réponses effacées de cet appareil").wait_for()
    scripted.reload()
    scripted.get_by_text("Vos réponses en cours sont gardées sur cet appareil").wait_for()
    assert scripted.get_by_label("Combien de bénévoles actifs environ ?").input_value() == ""
    accessible(scripted)


def test_coordinator_creates_a_workshop_link_that_a_phone_uses(
    live_server, new_page, field_survey, coordinator, accessible
):
    from surveys.tests.test_browser import sign_in

    desk = new_page("desktop")
    sign_in(desk, live_server, coordinator)
    desk.goto(live_server.url + "/enquetes/")
    desk.get_by_role("link", name=f"Liens d'atelier de « {field_survey.title} »").click()
    desk.get_by_role("heading", name=f"Liens d'atelier : {field_survey.title}").wait_for()
    desk.get_by_label("Nom de l'atelier").fill("Atelier de la médiathèque")
    desk.get_by_label("Nombre de réponses au plus").fill("25")
    desk.get_by_role("button", name="Créer le lien").click()
    desk.get_by_text("Lien d'atelier « Atelier de la médiathèque » créé").wait_for()
    accessible(desk)
    address = desk.get_by_label("Adresse du lien « Atelier de la médiathèque »").input_value()

    phone = new_page("phone")
    phone.goto(address)
    phone.get_by_text("Vous répondez par le lien de l'atelier « Atelier de la médiathèque »").wait_for()
    accessible(phone)

    desk.get_by_role("button", name="Retirer le lien « Atelier de la médiathèque »").click()
    desk.get_by_text("ne permet plus de répondre").wait_for()
    phone.goto(address)
    phone.get_by_role("heading", name="Ce lien d'atelier ne permet pas de répondre").wait_for()
    assert "retiré par la coordination" in phone.locator("main").inner_text()
    accessible(phone)

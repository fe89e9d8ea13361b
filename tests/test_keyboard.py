"""The main forms are completed by keyboard alone, in a sensible order, with a visible focus.

The survey, the training registration, the actor edit (after signing in), the visit companion, and an
advisor's follow-up of an association: creating it, logging a visit, creating then revoking the board's
read-only link.

Only Tab, Shift+Tab, Space, ArrowDown, Enter and typed text are used: no click, fill or check.
Every tab stop reached on the way is checked: it has a visible focus indicator (an outline or a
box-shadow), it is visible on screen, and it follows the previous stop in the document (no
positive tabindex scrambling the order). The skip link is the first tab stop of every page opened at
its top; a page opened at a section (#visites, #partage) must give the next tab stop in that section.
"""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MAX_PRESSES = 80

# What the test needs to know about the focused element, and the checks made at every tab stop.
FOCUS_JS = r"""
(backwards) => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) { return null; }
  const clean = (text) => (text || "").replace(/\s+/g, " ").trim().replace(/\s*:$/, "");
  let label = "";
  if (el.labels && el.labels.length) { label = clean(el.labels[0].textContent); }
  else if (el.getAttribute("aria-label")) { label = clean(el.getAttribute("aria-label")); }
  else { label = clean(el.textContent); }
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  const shadow = Boolean(style.boxShadow) && style.boxShadow !== "none";
  const previous = window.__keyboardPrevious;
  let inOrder = true;
  if (previous && previous !== el && previous.isConnected) {
    const position = previous.compareDocumentPosition(el);
    inOrder = Boolean(position & (backwards ? Node.DOCUMENT_POSITION_PRECEDING : Node.DOCUMENT_POSITION_FOLLOWING));
  }
  window.__keyboardPrevious = el;
  const rect = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(),
    type: el.getAttribute("type") || "",
    name: el.getAttribute("name") || "",
    id: el.id,
    label: label.slice(0, 120),
    value: typeof el.value === "string" ? el.value : "",
    checked: Boolean(el.checked),
    skipLink: el.classList.contains("skip-link"),
    indicator: outline || shadow,
    style: `outline: ${style.outlineStyle} ${style.outlineWidth}; box-shadow: ${style.boxShadow}`,
    visible: rect.width > 0 && rect.height > 0,
    inOrder: inOrder,
  };
}
"""


def describe(stop):
    if stop is None:
        return "(rien : le focus est sur le document)"
    return f"<{stop['tag']} type={stop['type']!r} name={stop['name']!r} id={stop['id']!r}> « {stop['label']} »"


class Keyboard:
    """Drives a page with the keyboard only, and checks every focus stop it reaches."""

    def __init__(self, page):
        self.page = page
        self.stops = []

    def focused(self, *, backwards=False):
        stop = self.page.evaluate(FOCUS_JS, backwards)
        if stop is not None:
            self.stops.append(stop)
            assert stop["indicator"], f"Pas d'indicateur de focus visible sur {describe(stop)} ({stop['style']})"
            assert stop["visible"], f"Le focus est sur un élément invisible : {describe(stop)}"
            assert stop["inOrder"], (
                f"Ordre de tabulation incohérent sur {self.page.url} : {describe(stop)} après "
                f"{describe(self.stops[-2] if len(self.stops) > 1 else None)}"
            )
        return stop

    def press(self, key):
        assert key in {"Tab", "Shift+Tab", "Space", "ArrowDown", "Enter"}, key
        self.page.keyboard.press(key)
        return self.focused(backwards=key == "Shift+Tab") if key in {"Tab", "Shift+Tab", "ArrowDown"} else None

    def type(self, text):
        self.page.keyboard.type(text)

    def start(self, *, autofocus=None):
        """The skip link is the first tab stop; following it moves the focus to the main content.

        On a page with an autofocused field (the login form), the focus starts there; going back with
        Shift+Tab must then reach the skip link, and one more Shift+Tab leaves the document.
        """
        if autofocus is not None:
            self.expect_focus(autofocus)
            self.tab_to("Aller au contenu", backwards=True)
            assert self.press("Shift+Tab") is None, "Le lien d'évitement n'est pas le premier arrêt de tabulation"
        stop = self.press("Tab")
        assert stop is not None and stop["skipLink"] and stop["label"] == "Aller au contenu", (
            f"Le premier arrêt de tabulation devrait être le lien d'évitement, pas {describe(stop)}"
        )
        self.page.keyboard.press("Enter")
        assert self.page.evaluate("() => document.activeElement.id") == "contenu", (
            "Le lien d'évitement ne place pas le focus sur le contenu principal"
        )

    def tab_to(self, label, *, name=None, backwards=False, max_presses=MAX_PRESSES):
        """Press Tab (or Shift+Tab) until the focused element has this label (str: exact; re.Pattern: search)."""
        key = "Shift+Tab" if backwards else "Tab"
        seen = []
        for _ in range(max_presses):
            stop = self.press(key)
            seen.append(stop)
            if stop is not None and matches(stop, label, name):
                return stop
        visited = "\n".join(f"  {describe(stop)}" for stop in seen[-15:])
        pytest.fail(
            f"« {getattr(label, 'pattern', label)} » n'est pas atteint en {max_presses} appuis sur {key} "
            f"({self.page.url}). Derniers arrêts :\n{visited}"
        )

    def expect_focus(self, label):
        stop = self.focused()
        assert stop is not None and matches(stop, label, None), (
            f"Focus attendu sur « {label} », obtenu {describe(stop)}"
        )
        return stop


def matches(stop, label, name):
    if name is not None and stop["name"] != name:
        return False
    if isinstance(label, re.Pattern):
        return bool(label.search(stop["label"]))
    return stop["label"] == label


def open_page(new_page, url, viewport="desktop"):
    page = new_page(viewport)
    page.goto(url)
    return page, Keyboard(page)


# Survey ------------------------------------------------------------------------------------------


def test_survey_is_answered_by_keyboard_alone(live_server, new_page):
    from surveys.models import Answer, Response
    from surveys.tests.factories import ProductFactory, ToolFactory, survey_with_every_type

    product = ProductFactory(name="Zoom")
    tool = ToolFactory(name="Jitsi Meet")
    survey, q, choices = survey_with_every_type()

    page, keys = open_page(new_page, live_server.url + survey.get_absolute_url(), "phone")
    keys.start()

    keys.tab_to("Aucun salarié", name=q["size"].field_name)
    keys.press("Space")
    keys.tab_to("Président", name=q["role"].field_name)
    assert keys.press("ArrowDown")["label"] == "Trésorier"
    keys.tab_to("Temps", name=q["brakes"].field_name)
    keys.press("Space")
    keys.tab_to("Habitudes", name=q["brakes"].field_name)
    keys.press("Space")
    # Shown by the script once "Aucun salarié" is chosen, and reached right after the brakes.
    keys.tab_to("Pourquoi aucun ?", max_presses=3)
    keys.type("Pas les moyens")
    keys.tab_to("1 – Pas du tout", name=q["scale"].field_name)
    for _ in range(3):
        stop = keys.press("ArrowDown")
    assert stop["label"] == "4" and stop["checked"]
    keys.tab_to("Oui", name=q["yes_no"].field_name)
    keys.press("Space")
    keys.tab_to("Un mot ?")
    keys.type("Bonjour")
    keys.tab_to("Remarques ?")
    keys.type("Une remarque")
    keys.press("Enter")  # a new line in the text area, not a submission
    keys.type("sur deux lignes.")
    keys.tab_to("Bénévoles ?")
    keys.type("12")
    keys.tab_to("Commune ?")
    keys.type("37000")
    # The tools picker: a common entry from the list, then a free tool found with its filter box.
    keys.tab_to(re.compile(r"^Zoom"), name=q["tools"].field_name)
    keys.press("Space")
    keys.tab_to("Chercher dans la liste des outils", backwards=True)
    keys.type("jitsi")
    page.get_by_label(re.compile(r"^Jitsi Meet")).wait_for()
    keys.tab_to(re.compile(r"^Jitsi Meet"), name=q["tools"].field_name)
    keys.press("Space")
    keys.tab_to("Ce que nous faisons de vos réponses")
    keys.press("Enter")  # opens the privacy notice
    assert page.locator("details.survey-privacy").evaluate("(details) => details.open")
    keys.tab_to("Envoyer mes réponses")
    keys.press("Enter")

    page.wait_for_url(re.compile(r"/merci/(#contenu)?$"))
    assert page.locator("h1").inner_text() == "Merci, votre réponse est enregistrée"
    response = Response.objects.get(survey=survey)
    answers = {answer.question_id: answer for answer in Answer.objects.filter(response=response)}
    assert set(answers[q["size"].pk].selected.values_list("choice", flat=True)) == {choices["size"][0].pk}
    assert set(answers[q["role"].pk].selected.values_list("choice", flat=True)) == {choices["role"][1].pk}
    assert set(answers[q["brakes"].pk].selected.values_list("choice", flat=True)) == {
        choices["brakes"][0].pk,
        choices["brakes"][2].pk,
    }
    assert answers[q["why"].pk].text == "Pas les moyens"
    assert answers[q["scale"].pk].number == 4
    assert answers[q["yes_no"].pk].boolean is True
    assert answers[q["short"].pk].text == "Bonjour"
    assert answers[q["long"].pk].text == "Une remarque\nsur deux lignes."
    assert answers[q["number"].pk].number == 12
    assert answers[q["place"].pk].text == "37000"
    tools_answer = answers[q["tools"].pk]
    assert {(row.product_id, row.tool_id) for row in tools_answer.tools.all()} == {(product.pk, None), (None, tool.pk)}


# Training registration ---------------------------------------------------------------------------


def test_training_registration_by_keyboard_alone(live_server, new_page):
    from trainings.models import Registration
    from trainings.tests.factories import SessionFactory

    session = SessionFactory(training__title="Découvrir les outils libres")
    page, keys = open_page(new_page, live_server.url + session.get_absolute_url(), "phone")
    keys.start()

    keys.tab_to("Prénom")
    keys.type("Camille")
    keys.tab_to("Nom", max_presses=1)
    keys.type("Dupont")
    keys.tab_to("Courriel", max_presses=1)
    keys.type("camille.dupont@example.org")
    keys.tab_to("Structure", max_presses=1)
    keys.type("Centre social des Fontaines")
    keys.tab_to("Fonction", max_presses=1)
    keys.type("Bénévole")
    keys.tab_to(re.compile(r"^J'accepte que ces informations"), max_presses=1)
    keys.press("Space")
    keys.tab_to("S'inscrire", max_presses=1)
    keys.press("Enter")

    page.wait_for_url(re.compile(r"/demande-envoyee/(#contenu)?$"))
    assert page.locator("h1").inner_text() == "Vérifiez votre messagerie"
    registration = Registration.objects.get(session=session)
    assert (registration.first_name, registration.last_name, registration.email) == (
        "Camille",
        "Dupont",
        "camille.dupont@example.org",
    )
    assert (registration.organisation, registration.role) == ("Centre social des Fontaines", "Bénévole")
    assert registration.consent is True
    assert registration.status == Registration.Status.HELD  # until the e-mailed link confirms it


# Actor edit (coordinator) ------------------------------------------------------------------------


def test_coordinator_signs_in_and_edits_an_actor_by_keyboard_alone(live_server, new_page, coordinator):
    from actors.models import Actor
    from actors.tests.factories import ActorFactory, CommuneFactory
    from tools_catalog.tests.factories import NeedFactory, ToolFactory

    CommuneFactory(name="Tours", insee_code="37261", postal_code="37000")  # the actor's commune
    tool = ToolFactory(name="Aaa Nextcloud")  # first of the tools list
    need = NeedFactory(name="Visioconférence", slug="visioconference")
    actor = ActorFactory(name="Maison du libre", publics=["associations"])
    edit_path = f"/acteurs/{actor.slug}/modifier/"

    page, keys = open_page(new_page, f"{live_server.url}/compte/login/?next={edit_path}")
    keys.start(autofocus="Nom d’utilisateur")  # Django's login form puts the focus on the first field
    keys.tab_to("Nom d’utilisateur")
    keys.type(coordinator.username)
    keys.tab_to("Mot de passe", max_presses=1)
    keys.type("motdepasse-coord")
    keys.press("Enter")
    page.wait_for_url(re.compile("^" + re.escape(live_server.url + edit_path) + "(#contenu)?$"))

    keys = Keyboard(page)
    keys.start()
    keys.tab_to("Type de structure")
    assert keys.press("ArrowDown")["value"] == Actor.Kind.NETWORK
    keys.tab_to("Présentation en une ligne")  # the text is selected on focus: typing replaces it
    keys.type("Accompagne les associations vers les outils libres, au clavier.")
    keys.tab_to("Description (Markdown)", max_presses=1)
    keys.type("Permanence **le mardi**.")
    keys.tab_to("Bénévoles", name="publics")
    keys.press("Space")
    keys.tab_to(tool.name, name="tools")  # checkboxes: a key press never drops another choice
    keys.press("Space")
    assert page.locator("input[name=tools]:checked").count() == 1
    keys.tab_to("Visioconférence", name="needs")
    keys.press("Space")
    keys.tab_to("Téléphoner", name="access_modes")
    keys.press("Space")
    keys.tab_to("Enregistrer")
    keys.press("Enter")

    page.wait_for_url(re.compile(rf"/acteurs/{actor.slug}/(#contenu)?$"))
    assert "Vos modifications sont enregistrées." in page.locator(".messages, main").first.inner_text()
    actor.refresh_from_db()
    assert actor.kind == Actor.Kind.NETWORK
    assert actor.summary == "Accompagne les associations vers les outils libres, au clavier."
    assert actor.description == "Permanence **le mardi**."
    assert actor.publics == ["associations", "volunteers"]
    assert actor.access_modes == ["phone"]
    assert list(actor.tools.all()) == [tool]
    assert list(actor.needs.all()) == [need]


# Visit companion ---------------------------------------------------------------------------------


def test_visit_companion_is_completed_by_keyboard_alone(live_server, new_page):
    from actors.tests.factories import CommuneFactory
    from tools_catalog.tests.factories import EquivalenceFactory, NeedFactory, ProprietaryProductFactory, ToolFactory

    visio = NeedFactory(visio=True)
    files = NeedFactory(files=True)
    zoom = ProprietaryProductFactory(zoom=True, needs=[visio])
    gdrive = ProprietaryProductFactory(gdrive=True, needs=[files])
    EquivalenceFactory(product=zoom, tool=ToolFactory(jitsi=True, needs=[visio]))
    EquivalenceFactory(product=gdrive, tool=ToolFactory(nextcloud=True, needs=[files]))
    CommuneFactory(name="Tours", insee_code="37261", postal_code="37000")

    page, keys = open_page(new_page, f"{live_server.url}/visite/", "phone")
    keys.start()
    keys.tab_to("Filtrer la liste des produits")
    keys.type("zoom")
    page.locator("#produit-statut").filter(has_text="1 produit pour « zoom »").wait_for()
    keys.press("Enter")  # kept in the filter field: does not send the form
    assert page.evaluate("() => location.pathname") == "/visite/"
    # The filter hid Google Drive and its group: the next stops are Zoom's group (the shared picker's
    # collapsible list, open) and Zoom.
    keys.tab_to("Zoom (Zoom Communications)", name="produits", max_presses=2)
    keys.press("Space")
    keys.tab_to("Partage et stockage de fichiers", name="besoins")
    keys.press("Space")
    keys.tab_to("Bénévoles seulement", name="equipe")
    keys.press("Space")
    keys.tab_to("Aucun budget", name="budget", max_presses=1)
    assert keys.press("ArrowDown")["label"] == "Un petit budget"
    keys.tab_to("Débutants", name="aisance", max_presses=1)
    keys.press("Space")
    keys.tab_to("Commune de l'association", max_presses=1)
    assert keys.press("ArrowDown")["value"] == "37261"
    # The optional "Équipement" part: after the link to the funding guide, the number of computers.
    keys.tab_to("Nombre d'ordinateurs", max_presses=2)
    keys.type("3")
    keys.tab_to("Windows 10", name="systemes", max_presses=1)
    keys.press("Space")
    keys.tab_to("Nom de l'association", max_presses=12)
    keys.type("Les Amis du Jardin")
    keys.tab_to("Note libre", max_presses=1)
    keys.type("Rappeler en mai.")
    keys.tab_to("Voir la fiche de recommandations", max_presses=1)
    keys.press("Enter")

    page.wait_for_url(re.compile(r"/visite/fiche/$"))
    assert "Amis" not in page.url and "Rappeler" not in page.url  # sent by POST, never in the address
    sheet = page.locator("main")
    assert " ".join(page.locator("h1").inner_text().split()) == "Fiche de visite Les Amis du Jardin"
    headings = page.locator("main h3").all_inner_texts()
    assert "À la place de Zoom" in headings
    assert "Avant d'acheter du neuf" in sheet.inner_text()  # Windows 10 was ticked
    assert "Partage et stockage de fichiers" in headings
    assert "À la place de Google Drive" not in headings
    text = sheet.inner_text()
    assert "Jitsi Meet" in text
    assert "Commune : Tours" in text
    assert "Rappeler en mai." in text
    assert "Bénévoles seulement" in text and "Un petit budget" in text and "Débutants" in text
    # On a phone the details are folded: the summary line of a product jumps to them and unfolds them.
    fold = page.locator("#fiche-produit-zoom [data-sheet-fold]")
    assert not fold.evaluate("details => details.open")
    keys.tab_to("Zoom")
    keys.press("Enter")
    page.wait_for_url(re.compile(r"#fiche-produit-zoom$"))
    assert fold.evaluate("details => details.open")
    keys.tab_to("Le détail des propositions", max_presses=3)
    keys.press("Enter")  # the summary folds them again
    assert not fold.evaluate("details => details.open")


# Follow-up of an association (advisor) -----------------------------------------------------------


def test_advisor_follows_an_association_by_keyboard_alone(live_server, new_page, advisor):
    """Sign in, create a follow-up, log a visit, create the board's read-only link and revoke it."""
    from datetime import timedelta

    from django.test import Client
    from django.utils import timezone

    from accompaniments.models import Followup, Visit
    from actors.tests.factories import CommuneFactory

    tours = CommuneFactory(name="Tours", insee_code="37261", postal_code="37000")

    page, keys = open_page(new_page, f"{live_server.url}/compte/login/", "tablet")
    keys.start(autofocus="Nom d’utilisateur")
    keys.tab_to("Nom d’utilisateur")
    keys.type(advisor.username)
    keys.tab_to("Mot de passe", max_presses=1)
    keys.type("motdepasse-conseil")
    keys.press("Enter")

    # The advisor's space: a follow-up can be opened without a visit sheet.
    page.get_by_role("link", name="Suivre une association sans fiche de visite").wait_for()
    keys = Keyboard(page)
    keys.start()
    keys.tab_to("Suivre une association sans fiche de visite")
    keys.press("Enter")

    page.get_by_role("heading", name="Suivre cette association").wait_for()
    keys = Keyboard(page)
    keys.start()
    keys.tab_to("Nom de l'association")
    keys.type("Les Randonneurs du Cher")
    keys.tab_to("Numéro RNA (facultatif)", max_presses=1)
    keys.type("W372001234")
    keys.tab_to("Commune", max_presses=1)
    keys.type("37000")  # a postal code is enough
    # Each group of radios is one tab stop, on its checked radio (« Non précisé »); ArrowDown picks the next.
    keys.tab_to("Non précisé", name="staff", max_presses=1)
    assert keys.press("ArrowDown")["label"] == "Bénévoles seulement"
    keys.tab_to("Non précisé", name="budget", max_presses=1)
    stop = keys.press("ArrowDown")
    assert stop["label"] == "Aucun budget" and stop["checked"]
    keys.tab_to("Non précisé", name="comfort", max_presses=1)
    keys.press("ArrowDown")
    keys.tab_to("L'association a accepté que ce suivi soit enregistré sur le portail", max_presses=1)
    keys.press("Space")
    keys.tab_to("Enregistrer l'accompagnement", max_presses=1)
    keys.press("Enter")

    page.get_by_role("heading", name="Les Randonneurs du Cher").wait_for()
    assert "L'accompagnement de « Les Randonneurs du Cher » est créé." in page.locator(".messages").inner_text()
    followup = Followup.objects.get()
    assert (followup.name, followup.rna, followup.commune) == ("Les Randonneurs du Cher", "W372001234", tours)
    assert (followup.staff, followup.budget, followup.comfort) == ("benevoles", "aucun", "debutant")
    assert list(followup.advisors.all()) == [advisor]
    assert followup.consent_recorded_at is not None
    assert followup.share_token is None

    # A visit: the first action of the file.
    keys = Keyboard(page)
    keys.start()
    keys.tab_to("Noter une visite", max_presses=1)
    keys.press("Enter")

    page.get_by_role("heading", name=re.compile("Noter une visite")).wait_for()
    keys = Keyboard(page)
    keys.start()
    stop = keys.tab_to("Date de la visite")  # today's date, kept
    assert stop["value"] == timezone.localdate().isoformat()
    keys.tab_to("Sur place", name="way")  # no radio checked yet: the group's stop is its first radio
    keys.press("Space")
    keys.tab_to("Note privée (facultative)")
    keys.type("Le bureau veut essayer Jitsi.")
    # Day and month alike: the date field's parts follow the browser's language (dd/mm or mm/dd), the year last.
    next_visit = timezone.localdate() + timedelta(days=1)
    while next_visit.day != next_visit.month:  # the 1st of January, the 2nd of February… (within a year)
        next_visit += timedelta(days=1)
    keys.tab_to("Prochaine visite (facultative)", max_presses=1)
    keys.type(next_visit.strftime("%d%m%Y"))
    keys.tab_to("Enregistrer la visite")
    keys.press("Enter")

    page.get_by_text("La visite est notée.").wait_for()
    visit = Visit.objects.get(followup=followup)
    assert (visit.visited_on, visit.way, visit.note) == (
        timezone.localdate(),
        "onsite",
        "Le bureau veut essayer Jitsi.",
    )
    assert (visit.next_visit_on, visit.created_by) == (next_visit, advisor)
    visits = page.locator("#visites").locator("xpath=..").inner_text()
    assert "sur place" in visits and "Le bureau veut essayer Jitsi." in visits

    # Back on the file at « Les visites »: the next tab stop is the share section's button.
    keys = Keyboard(page)
    keys.tab_to("Créer un lien de lecture", max_presses=1)
    keys.press("Enter")

    page.get_by_text("Le lien de lecture est créé").wait_for()
    followup.refresh_from_db()
    assert followup.share_token
    share_path = f"/accompagnement/lien/{followup.share_token}/"
    assert Client().get(share_path).status_code == 200
    # At « Lien de lecture… »: the link to give, then the button that revokes it.
    keys = Keyboard(page)
    stop = keys.tab_to(re.compile(r"^Lien à transmettre"), max_presses=1)
    assert stop["value"] == live_server.url + share_path
    keys.tab_to("Retirer le lien", max_presses=1)
    keys.press("Enter")

    page.get_by_text("Le lien de lecture est retiré : il ne donne plus accès à rien.").wait_for()
    followup.refresh_from_db()
    assert followup.share_token is None
    assert Client().get(share_path).status_code == 404
    assert page.get_by_label(re.compile(r"^Lien à transmettre")).count() == 0
    keys = Keyboard(page)
    keys.tab_to("Créer un lien de lecture", max_presses=1)  # the section offers a new link again

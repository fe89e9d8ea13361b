"""In Chromium: a coordinator builds a three-question survey (reordering by keyboard), maps an "Autre"
text, publishes a restitution, and an anonymous visitor reads it; reorders by drag and drop; axe on every
new page."""

import pytest
from django.urls import reverse

from surveys.models import Question, Survey
from surveys.services import AnswerData, submit_response
from surveys.tests.factories import ChoiceFactory, ProductFactory, QuestionFactory, SurveyFactory
from surveys.tests.test_browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_coordinator_builds_maps_and_publishes_a_restitution(live_server, new_page, coordinator, accessible):
    ProductFactory(name="Doodle")
    page = new_page("desktop")
    sign_in(page, live_server, coordinator)
    page.goto(live_server.url + reverse("surveys:survey_create"))
    page.get_by_label("Titre").fill("Besoins 2027")
    page.get_by_label("Identifiant d'adresse").fill("besoins-2027")
    accessible(page)
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_role("heading", name="Construire « Besoins 2027 »").wait_for()

    for text, kind in [("Taille de l'association ?", "single"), ("Remarques ?", "long_text"), ("Outils ?", "tools")]:
        page.locator("#id_nq-text").fill(text)
        page.locator("#id_nq-kind").select_option(kind)
        if kind == "tools":
            page.locator("#id_nq-has_other").check()
        page.get_by_role("button", name="Ajouter la question").click()
        page.get_by_text(f"La question « {text} » est ajoutée.").wait_for()
    size = Question.objects.get(text="Taille de l'association ?")
    for label in ["Petite", "Grande"]:
        page.get_by_text("Ajouter un choix à la question 1").click()
        page.locator(f"#id_nc{size.pk}-label").fill(label)
        page.get_by_role("button", name="Ajouter le choix").first.click()
        page.get_by_text(f"Le choix « {label} » est ajouté.").wait_for()
    accessible(page)

    # Keyboard only: move the first question down with Enter on its button.
    page.get_by_role("button", name="Descendre la question 1").focus()
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="1. Remarques ?").wait_for()
    assert page.get_by_role("heading", name="2. Taille de l'association ?").count() == 1
    # And a choice up, by keyboard too.
    page.get_by_role("button", name="Monter le choix « Grande »").focus()
    page.keyboard.press("Enter")
    page.locator("#choix-" + str(size.choices.get(label="Grande").pk)).wait_for()
    assert list(size.choices.order_by("position").values_list("label", flat=True)) == ["Grande", "Petite"]

    # Answers arrive (six, so that the restitution shows a count), one with an "Autre" tool.
    survey = Survey.objects.get(slug="besoins-2027")
    tools = Question.objects.get(text="Outils ?")
    grande = size.choices.get(label="Grande")
    for i in range(6):
        submit_response(
            survey=survey,
            nonce=f"navigateur-{i:04d}",
            answers=[
                AnswerData(question=size, choice_ids=[grande.pk]),
                AnswerData(question=tools, text="doodle" if i else "Doodle "),
            ],
        )
    page.goto(live_server.url + reverse("surveys:others", args=[survey.slug]))
    accessible(page)
    page.get_by_label("Produit ou outil du catalogue").first.select_option(label="Doodle")
    page.get_by_role("button", name="Enregistrer le rattachement").first.click()
    page.get_by_text("est rattaché à « Doodle »").wait_for()

    page.goto(live_server.url + reverse("surveys:needs_board", args=[survey.slug]))
    accessible(page)

    page.goto(live_server.url + reverse("surveys:survey_update", args=[survey.slug]))
    page.get_by_label("État").select_option("closed")
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_text("L'enquête est enregistrée.").wait_for()
    page.goto(live_server.url + reverse("surveys:restitution_edit", args=[survey.slug]))
    page.get_by_label("Taille de l'association ?").check()
    page.get_by_label("Ce que nous en faisons (Markdown)").fill("Un module **RGPD** en mars.")
    page.get_by_label("Date de la prochaine enquête").fill("2027-09-01")
    page.get_by_label("Publiée (visible de tous)").check()
    accessible(page)
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_text("La restitution est enregistrée.").wait_for()

    visitor = new_page("phone")
    visitor.goto(live_server.url + reverse("surveys:survey_list"))
    visitor.get_by_role("link", name="Résultats et suites de « Besoins 2027 »").click()
    visitor.get_by_role("heading", name="Ce que vous nous avez dit, ce que nous en faisons").wait_for()
    content = visitor.content()
    assert "Grande" in content and "RGPD" in content and "1 septembre 2027" in content
    assert "doodle" not in content.lower()
    accessible(visitor)


def drop_below(page, item, target):
    """Drag `item` by its handle and drop it on the lower half of `target` (HTML5 drag and drop), with the
    mouse in small steps: Chromium starts a drag only after some movement, on elements in view."""
    target.scroll_into_view_if_needed()
    handle, box = item.locator(":scope > .drag-handle").bounding_box(), target.bounding_box()
    page.mouse.move(handle["x"] + handle["width"] / 2, handle["y"] + handle["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + 10, box["y"] + box["height"] - 6, steps=10)
    page.mouse.up()


def test_coordinator_reorders_questions_and_choices_by_drag_and_drop(live_server, new_page, coordinator, accessible):
    survey = SurveyFactory(title="Glisser")
    first, second = QuestionFactory(survey=survey, text="Première ?"), QuestionFactory(survey=survey, text="Deuxième ?")
    third = QuestionFactory(survey=survey, text="Troisième ?")
    small, big = ChoiceFactory(question=third, label="Petite"), ChoiceFactory(question=third, label="Grande")
    page = new_page("desktop")
    sign_in(page, live_server, coordinator)
    page.goto(live_server.url + reverse("surveys:builder", args=[survey.slug]))
    page.get_by_text("vous pouvez aussi glisser").wait_for()
    assert page.locator(".drag-handle[aria-hidden='true']").count() == 5
    accessible(page)

    drop_below(page, page.locator(f"#question-{first.pk}"), page.locator(f"#question-{second.pk}"))
    page.get_by_role("heading", name="1. Deuxième ?").wait_for()
    page.get_by_role("heading", name="2. Première ?").wait_for()
    assert list(survey.questions.order_by("position").values_list("pk", flat=True)) == [second.pk, first.pk, third.pk]
    # The keyboard way is still there.
    assert page.get_by_role("button", name="Descendre la question 1").is_enabled()

    drop_below(page, page.locator(f"#choix-{small.pk}"), page.locator(f"#choix-{big.pk}"))
    page.locator(f"#choix-{big.pk} + #choix-{small.pk}").wait_for()
    assert list(third.choices.order_by("position").values_list("pk", flat=True)) == [big.pk, small.pk]
    accessible(page)

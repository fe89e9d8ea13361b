"""The coordinators' survey builder: permissions, add/reorder/remove without JavaScript, the rules that
protect answered surveys, the optimistic lock, history, preview, themes."""

import pytest
from django.urls import reverse

from core.testing import count_queries
from surveys import services
from surveys.models import Choice, Question, Response, Section, Survey, Theme
from surveys.tests.factories import ChoiceFactory, QuestionFactory, SectionFactory, SurveyFactory

pytestmark = pytest.mark.django_db


def builder_url(survey):
    return reverse("surveys:builder", args=[survey.slug])


def answered(survey):
    return Response.objects.create(survey=survey, token=f"jeton-{survey.pk}-{Response.objects.count()}")


@pytest.mark.parametrize(
    "name,args",
    [
        ("survey_create", []),
        ("themes", []),
        ("builder", ["slug"]),
        ("survey_update", ["slug"]),
        ("survey_history", ["slug"]),
        ("preview", ["slug"]),
        ("needs_board", ["slug"]),
        ("others", ["slug"]),
        ("restitution_edit", ["slug"]),
    ],
)
def test_pages_are_for_coordinators(client, advisor, coordinator, name, args):
    survey = SurveyFactory(slug="slug")
    url = reverse(f"surveys:{name}", args=[survey.slug for _ in args])
    response = client.get(url)
    assert response.status_code == 302 and "/compte/login/" in response["Location"]
    client.force_login(advisor)
    assert client.get(url).status_code == 403
    client.force_login(coordinator)
    assert client.get(url).status_code == 200


def test_posts_are_refused_to_advisors(client, advisor):
    survey = SurveyFactory()
    client.force_login(advisor)
    response = client.post(reverse("surveys:question_add", args=[survey.slug]), {"nq-text": "Q ?", "nq-kind": "single"})
    assert response.status_code == 403
    assert not Question.objects.exists()


def test_create_a_survey_then_build_three_questions_and_reorder(coordinator_client):
    response = coordinator_client.post(
        reverse("surveys:survey_create"),
        {"title": "Besoins 2027", "slug": "besoins-2027", "status": "draft", "introduction": "Bonjour"},
    )
    survey = Survey.objects.get(slug="besoins-2027")
    assert response.status_code == 302 and response["Location"] == builder_url(survey)
    assert survey.status == Survey.Status.DRAFT and survey.version == 1
    for text, kind in [("Taille ?", "single"), ("Outils ?", "tools"), ("Remarques ?", "long_text")]:
        response = coordinator_client.post(
            reverse("surveys:question_add", args=[survey.slug]), {"nq-text": text, "nq-kind": kind}
        )
        assert response.status_code == 302
    size = Question.objects.get(text="Taille ?")
    for label in ["Petite", "Grande"]:
        coordinator_client.post(
            reverse("surveys:choice_add", args=[survey.slug, size.pk]), {f"nc{size.pk}-label": label}
        )
    assert list(size.choices.values_list("label", flat=True)) == ["Petite", "Grande"]
    grande = Choice.objects.get(label="Grande")
    coordinator_client.post(reverse("surveys:choice_action", args=[survey.slug, grande.pk]), {"action": "monter"})
    assert list(size.choices.order_by("position").values_list("label", flat=True)) == ["Grande", "Petite"]
    remarks = Question.objects.get(text="Remarques ?")
    coordinator_client.post(reverse("surveys:question_action", args=[survey.slug, remarks.pk]), {"action": "monter"})
    assert list(survey.questions.order_by("position").values_list("text", flat=True)) == [
        "Taille ?", "Remarques ?", "Outils ?",
    ]  # fmt: skip
    content = coordinator_client.get(builder_url(survey)).content.decode()
    assert "1. Taille ?" in content and "2. Remarques ?" in content and "3. Outils ?" in content


def test_bad_input_gives_a_french_message_and_keeps_the_input(coordinator_client):
    survey = SurveyFactory()
    response = coordinator_client.post(
        reverse("surveys:question_add", args=[survey.slug]), {"nq-text": "Ma question gardée", "nq-kind": "inconnu"}
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert "Sélectionnez un choix valide" in content and "Ma question gardée" in content
    assert not Question.objects.exists()
    response = coordinator_client.post(
        reverse("surveys:question_add", args=[survey.slug]),
        {"nq-text": "Nombre ?", "nq-kind": "number", "nq-min_value": "10", "nq-max_value": "2"},
    )
    assert response.status_code == 400
    assert "Le maximum doit être supérieur ou égal au minimum." in response.content.decode()
    assert not Question.objects.exists()


def test_a_choice_on_a_text_question_is_refused(coordinator_client):
    question = QuestionFactory(kind=Question.Kind.SHORT_TEXT)
    response = coordinator_client.post(
        reverse("surveys:choice_add", args=[question.survey.slug, question.pk]), {f"nc{question.pk}-label": "X"}
    )
    assert response.status_code == 400
    assert "Seules les questions à choix" in response.content.decode()
    assert not Choice.objects.exists()


def test_items_of_another_survey_are_not_found(coordinator_client):
    mine, other = SurveyFactory(), SurveyFactory()
    question = QuestionFactory(survey=other)
    choice = ChoiceFactory(question=question)
    section = SectionFactory(survey=other)
    for url in [
        reverse("surveys:question_action", args=[mine.slug, question.pk]),
        reverse("surveys:choice_action", args=[mine.slug, choice.pk]),
        reverse("surveys:section_action", args=[mine.slug, section.pk]),
        reverse("surveys:choice_add", args=[mine.slug, question.pk]),
    ]:
        assert coordinator_client.post(url, {"action": "supprimer"}).status_code == 404
    assert Question.objects.filter(pk=question.pk).exists() and Choice.objects.filter(pk=choice.pk).exists()


def test_answered_survey_refuses_deletion_and_retyping_with_explanations(coordinator_client):
    survey = SurveyFactory()
    question = QuestionFactory(survey=survey, kind=Question.Kind.SINGLE, text="Taille ?")
    choice = ChoiceFactory(question=question, label="Petite")
    answered(survey)
    content = coordinator_client.get(builder_url(survey)).content.decode()
    assert "Enquête déjà répondue." in content
    assert f'disabled aria-describedby="verrou-q{question.pk}"' in content
    assert "Suppression impossible : l'enquête a déjà 1 réponse" in content
    response = coordinator_client.post(
        reverse("surveys:question_action", args=[survey.slug, question.pk]), {"action": "supprimer"}, follow=True
    )
    assert "fausserait les résultats déjà recueillis" in response.content.decode()
    assert Question.objects.filter(pk=question.pk).exists()
    coordinator_client.post(reverse("surveys:choice_action", args=[survey.slug, choice.pk]), {"action": "supprimer"})
    assert Choice.objects.filter(pk=choice.pk).exists()
    response = coordinator_client.post(
        reverse("surveys:question_action", args=[survey.slug, question.pk]),
        {
            f"q{question.pk}-text": "Taille ?",
            f"q{question.pk}-kind": "short_text",
            f"q{question.pk}-version": "1",
            "action": "enregistrer",
        },
    )
    assert response.status_code == 400
    assert "changer le type de la question" in response.content.decode()
    assert Question.objects.get(pk=question.pk).kind == Question.Kind.SINGLE
    # Wording fixes and reordering stay possible.
    response = coordinator_client.post(
        reverse("surveys:question_action", args=[survey.slug, question.pk]),
        {
            f"q{question.pk}-text": "Taille de l'association ?",
            f"q{question.pk}-kind": "single",
            f"q{question.pk}-version": "1",
            "action": "x",
        },
    )
    assert response.status_code == 302
    assert Question.objects.get(pk=question.pk).text == "Taille de l'association ?"
    # A new required question is refused, an optional one accepted.
    response = coordinator_client.post(
        reverse("surveys:question_add", args=[survey.slug]),
        {"nq-text": "Nouvelle ?", "nq-kind": "yes_no", "nq-required": "on"},
    )
    assert response.status_code == 400 and "ajouter une question obligatoire" in response.content.decode()
    response = coordinator_client.post(
        reverse("surveys:question_add", args=[survey.slug]), {"nq-text": "Nouvelle ?", "nq-kind": "yes_no"}
    )
    assert response.status_code == 302


def test_sections_add_move_and_delete_keep_questions(coordinator_client):
    survey = SurveyFactory()
    coordinator_client.post(reverse("surveys:section_add", args=[survey.slug]), {"ns-title": "A"})
    coordinator_client.post(reverse("surveys:section_add", args=[survey.slug]), {"ns-title": "B"})
    b = Section.objects.get(title="B")
    coordinator_client.post(reverse("surveys:section_action", args=[survey.slug, b.pk]), {"action": "monter"})
    assert list(survey.sections.order_by("position").values_list("title", flat=True)) == ["B", "A"]
    question = QuestionFactory(survey=survey, section=b)
    coordinator_client.post(reverse("surveys:section_action", args=[survey.slug, b.pk]), {"action": "supprimer"})
    question.refresh_from_db()
    assert question.section is None


def test_survey_settings_optimistic_lock(coordinator_client):
    survey = SurveyFactory(title="Avant", slug="avant")
    data = {"title": "Ma version", "slug": "avant", "status": "open", "version": "1"}
    survey.title = "Leur version"
    survey.version = 2
    survey.save()
    response = coordinator_client.post(reverse("surveys:survey_update", args=[survey.slug]), data)
    assert response.status_code == 409
    content = response.content.decode()
    assert "Quelqu'un a modifié cette enquête" in content and "Leur version" in content and "Ma version" in content
    assert Survey.objects.get(pk=survey.pk).title == "Leur version"
    data["version"] = "2"
    response = coordinator_client.post(reverse("surveys:survey_update", args=[survey.slug]), data)
    assert response.status_code == 302
    survey.refresh_from_db()
    assert survey.title == "Ma version" and survey.version == 3


def test_survey_settings_bad_window_and_reserved_slug(coordinator_client):
    response = coordinator_client.post(
        reverse("surveys:survey_create"),
        {
            "title": "T", "slug": "gestion", "status": "draft",
            "opens_at": "2027-02-01T10:00", "closes_at": "2027-01-01T10:00",
        },
    )  # fmt: skip
    assert response.status_code == 200
    content = response.content.decode()
    assert "Cet identifiant est réservé" in content
    assert not Survey.objects.exists()


def test_history_lists_question_changes(coordinator_client):
    survey = SurveyFactory()
    coordinator_client.post(
        reverse("surveys:question_add", args=[survey.slug]), {"nq-text": "Q1 ?", "nq-kind": "yes_no"}
    )
    content = coordinator_client.get(reverse("surveys:survey_history", args=[survey.slug])).content.decode()
    assert "Question « Q1 ? »" in content and "Création" in content


def test_preview_of_an_open_survey_stores_nothing(coordinator_client):
    survey = SurveyFactory()
    QuestionFactory(survey=survey, kind=Question.Kind.YES_NO, text="Site web ?")
    response = coordinator_client.get(reverse("surveys:preview", args=[survey.slug]))
    assert response.status_code == 200
    assert "Aperçu pour la coordination" in response.content.decode() and "Site web ?" in response.content.decode()
    token = response.context["form"]["token"].value()
    response = coordinator_client.post(reverse("surveys:preview", args=[survey.slug]), {"token": token, "site_web": ""})
    assert response.status_code == 302
    assert not Response.objects.exists()


def test_themes_from_needs_and_on_choices(coordinator_client):
    from tools_catalog.tests.factories import NeedFactory

    NeedFactory(name="Visioconférence")
    coordinator_client.post(reverse("surveys:themes"), {"action": "besoins"})
    coordinator_client.post(reverse("surveys:themes"), {"action": "besoins"})
    assert list(Theme.objects.values_list("name", flat=True)) == ["Visioconférence"]
    response = coordinator_client.post(reverse("surveys:themes"), {"name": "RGPD"})
    assert response.status_code == 302
    response = coordinator_client.post(reverse("surveys:themes"), {"name": "rgpd"})
    assert response.status_code == 400 and "Ce thème existe déjà." in response.content.decode()
    rgpd = Theme.objects.get(name="RGPD")
    choice = ChoiceFactory(label="Données")
    survey = choice.question.survey
    coordinator_client.post(
        reverse("surveys:choice_action", args=[survey.slug, choice.pk]),
        {
            f"c{choice.pk}-label": "Données",
            f"c{choice.pk}-themes": [str(rgpd.pk)],
            f"c{choice.pk}-version": "1",
            "action": "enregistrer",
        },
    )
    assert list(choice.themes.all()) == [rgpd]
    response = coordinator_client.post(
        reverse("surveys:choice_action", args=[survey.slug, choice.pk]),
        {
            f"c{choice.pk}-label": "Données",
            f"c{choice.pk}-themes": ["999999"],
            f"c{choice.pk}-version": "2",
            "action": "enregistrer",
        },
    )
    assert response.status_code == 400
    assert list(choice.themes.all()) == [rgpd]


def test_builder_runs_the_same_queries_for_3_and_30_questions(coordinator_client):
    survey = SurveyFactory()
    Theme.objects.create(name="RGPD", slug="rgpd")

    def add(n):
        for _ in range(n):
            question = QuestionFactory(survey=survey)
            ChoiceFactory.create_batch(3, question=question)

    add(3)
    url = builder_url(survey)
    coordinator_client.get(url)
    small = count_queries(lambda: coordinator_client.get(url))
    add(27)
    assert count_queries(lambda: coordinator_client.get(url)) == small


def action_url(name, survey, item):
    return reverse(f"surveys:{name}_action", args=[survey.slug, item.pk])


def test_a_stale_question_edit_answers_409_with_the_other_values_and_keeps_the_input(coordinator_client):
    survey = SurveyFactory()
    question = QuestionFactory(survey=survey, kind=Question.Kind.SHORT_TEXT, text="Votre ville ?")
    page = coordinator_client.get(builder_url(survey)).content.decode()
    assert f'name="q{question.pk}-version" value="1"' in page
    # Someone else saves the question first.
    services.question_update(question=question, data={"text": "Votre commune ?", "required": True}, version=1)
    p = f"q{question.pk}"
    mine = {f"{p}-text": "Ville ou village ?", f"{p}-kind": "short_text", f"{p}-version": "1", "action": "enregistrer"}
    response = coordinator_client.post(action_url("question", survey, question), mine)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Quelqu'un a modifié cette question" in html
    rows = {row["label"]: (row["theirs"], row["mine"]) for row in response.context["items"][0]["conflict"]}
    assert rows["Question"] == ("Votre commune ?", "Ville ou village ?")
    assert rows["Réponse obligatoire"] == ("oui", "non")
    assert 'value="Ville ou village ?"' in html  # the input, kept in the open form
    assert f'name="{p}-version" value="2"' in html
    question.refresh_from_db()
    assert (question.text, question.required, question.version) == ("Votre commune ?", True, 2)
    # Saving again with the version now shown replaces it.
    assert (
        coordinator_client.post(action_url("question", survey, question), {**mine, f"{p}-version": "2"}).status_code
        == 302
    )
    question.refresh_from_db()
    assert (question.text, question.required, question.version) == ("Ville ou village ?", False, 3)


def test_a_stale_choice_edit_answers_409_and_keeps_the_input(coordinator_client):
    rgpd = Theme.objects.create(name="RGPD", slug="rgpd")
    choice = ChoiceFactory(label="Données")
    survey = choice.question.survey
    services.choice_update(choice=choice, label="Données personnelles", themes=[rgpd], version=1)
    p = f"c{choice.pk}"
    mine = {f"{p}-label": "Protection des données", f"{p}-version": "1", "action": "enregistrer"}
    response = coordinator_client.post(action_url("choice", survey, choice), mine)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Quelqu'un a modifié ce choix" in html and "Données personnelles" in html
    assert 'value="Protection des données"' in html and f'name="{p}-version" value="2"' in html
    choice.refresh_from_db()
    assert choice.label == "Données personnelles" and list(choice.themes.all()) == [rgpd] and choice.version == 2
    assert (
        coordinator_client.post(action_url("choice", survey, choice), {**mine, f"{p}-version": "2"}).status_code == 302
    )
    choice.refresh_from_db()
    assert choice.label == "Protection des données" and not choice.themes.exists() and choice.version == 3


def test_a_stale_section_edit_answers_409_and_keeps_the_input(coordinator_client):
    section = SectionFactory(title="Vous")
    survey = section.survey
    services.section_update(section=section, title="Votre structure", version=1)
    p = f"s{section.pk}"
    mine = {f"{p}-title": "Votre association", f"{p}-version": "1", "action": "enregistrer"}
    response = coordinator_client.post(action_url("section", survey, section), mine)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Quelqu'un a modifié cette partie" in html and "Votre structure" in html
    assert 'value="Votre association"' in html
    assert Section.objects.get(pk=section.pk).title == "Votre structure"
    assert (
        coordinator_client.post(action_url("section", survey, section), {**mine, f"{p}-version": "2"}).status_code
        == 302
    )
    assert Section.objects.get(pk=section.pk).title == "Votre association"


def test_every_edit_moves_the_version_and_a_move_does_not(coordinator_client):
    survey = SurveyFactory()
    section = services.section_create(survey=survey, title="A")
    question = services.question_create(survey=survey, data={"text": "Q ?", "kind": "single"})
    other = services.question_create(survey=survey, data={"text": "R ?", "kind": "yes_no"})
    choice = services.choice_create(question=question, label="Oui")
    services.choice_create(question=question, label="Non")
    assert (section.version, question.version, choice.version) == (1, 1, 1)
    assert services.section_update(section=section, title="B", version=1).version == 2
    assert services.question_update(question=question, data={"text": "Q2 ?"}, version=1).version == 2
    assert services.choice_update(choice=choice, label="Oui !", version=1).version == 2
    for stale in (
        lambda: services.section_update(section=section, title="C", version=1),
        lambda: services.question_update(question=question, data={"text": "Q3 ?"}, version=1),
        lambda: services.choice_update(choice=choice, label="Si", version=1),
    ):
        with pytest.raises(services.StaleVersionError):
            stale()
    # Moves only renumber `position`, which no edit form carries: the version stays, so an edit form
    # open meanwhile still saves, and keeps the new place.
    services.question_move(question=other, direction=-1)
    services.choice_move(choice=choice, direction=1)
    question.refresh_from_db()
    choice.refresh_from_db()
    assert (question.position, question.version, choice.position, choice.version) == (1, 2, 1, 2)
    assert services.question_update(question=question, data={"text": "Q4 ?"}, version=2).position == 1
    assert services.choice_update(choice=choice, label="Oui.", version=2).position == 1


def test_deletions_that_change_other_questions_move_their_version():
    survey = SurveyFactory()
    section = SectionFactory(survey=survey)
    parent = QuestionFactory(survey=survey, kind=Question.Kind.SINGLE)
    yes, no = ChoiceFactory(question=parent, label="Oui"), ChoiceFactory(question=parent, label="Non")
    in_section = QuestionFactory(survey=survey, section=section, kind=Question.Kind.YES_NO)
    if_yes = QuestionFactory(survey=survey, kind=Question.Kind.SHORT_TEXT, show_if_choice=yes)
    if_no = QuestionFactory(survey=survey, kind=Question.Kind.SHORT_TEXT, show_if_choice=no)
    services.section_delete(section=section)
    services.choice_delete(choice=yes)
    in_section.refresh_from_db()
    if_yes.refresh_from_db()
    assert (in_section.section, in_section.version) == (None, 2)
    assert (if_yes.show_if_choice, if_yes.version) == (None, 2)
    services.question_delete(question=parent)
    if_no.refresh_from_db()
    assert (if_no.show_if_choice, if_no.version) == (None, 2)


def texts(survey):
    return list(survey.questions.order_by("position", "pk").values_list("text", flat=True))


def test_move_to_services_put_an_item_at_a_place_and_clamp_bad_positions():
    survey = SurveyFactory()
    a, b, c, d = (QuestionFactory(survey=survey, text=t) for t in "ABCD")
    services.question_move_to(question=a, position=2)
    assert texts(survey) == ["B", "C", "A", "D"]
    services.question_move_to(question=d, position=-5)
    assert texts(survey) == ["D", "B", "C", "A"]
    services.question_move_to(question=b, position=99)
    assert texts(survey) == ["D", "C", "A", "B"]
    assert list(survey.questions.order_by("position").values_list("position", flat=True)) == [0, 1, 2, 3]
    SectionFactory(survey=survey, title="Un")
    second = SectionFactory(survey=survey, title="Deux")
    services.section_move_to(section=second, position=0)
    assert list(survey.sections.order_by("position").values_list("title", flat=True)) == ["Deux", "Un"]
    services.section_move_to(section=second, position=1000)
    assert list(survey.sections.order_by("position").values_list("title", flat=True)) == ["Un", "Deux"]
    z = [ChoiceFactory(question=c, label=label) for label in "XYZ"][-1]
    other = ChoiceFactory(question=a, label="Ailleurs")
    services.choice_move_to(choice=z, position=0)
    assert list(c.choices.order_by("position").values_list("label", flat=True)) == ["Z", "X", "Y"]
    assert Choice.objects.get(pk=other.pk).position == other.position  # another question's choices stay


def test_move_to_refuses_to_put_a_question_before_its_condition():
    survey = SurveyFactory()
    size = QuestionFactory(survey=survey, text="Taille ?")
    big = ChoiceFactory(question=size, label="Grande")
    QuestionFactory(survey=survey, text="Combien de salariés ?", show_if_choice=big)
    with pytest.raises(services.BuildRefused, match="doit rester placée avant elle"):
        services.question_move_to(question=size, position=1)
    assert texts(survey) == ["Taille ?", "Combien de salariés ?"]


def test_the_buttons_follow_the_same_rule_as_drag_and_drop(coordinator_client):
    """The rule holds on every path: "Descendre" cannot put a question after the one shown on its answer."""
    survey = SurveyFactory()
    size = QuestionFactory(survey=survey, text="Taille ?")
    big = ChoiceFactory(question=size, label="Grande")
    QuestionFactory(survey=survey, text="Combien de salariés ?", show_if_choice=big)
    url = reverse("surveys:question_action", args=[survey.slug, size.pk])
    response = coordinator_client.post(url, {"action": "descendre"}, follow=True)
    assert "doit rester placée avant elle" in response.content.decode()
    assert texts(survey) == ["Taille ?", "Combien de salariés ?"]
    free = QuestionFactory(survey=survey, text="Commentaire ?")
    coordinator_client.post(reverse("surveys:question_action", args=[survey.slug, free.pk]), {"action": "monter"})
    assert texts(survey) == ["Taille ?", "Commentaire ?", "Combien de salariés ?"]


def reorder(client, survey, element, item, position, json=True):
    headers = {"Accept": "application/json"} if json else {}
    data = {"element": element, "id": item.pk, "position": position}
    return client.post(reverse("surveys:reorder", args=[survey.slug]), data, headers=headers)


def test_reorder_endpoint_answers_json_or_redirects_and_works_once_answered(coordinator_client):
    survey = SurveyFactory()
    a, b, c = (QuestionFactory(survey=survey, text=t) for t in "ABC")
    answered(survey)
    response = reorder(coordinator_client, survey, "question", a, 2)
    assert response.status_code == 200 and response.json() == {"ok": True, "message": "Ordre enregistré."}
    assert texts(survey) == ["B", "C", "A"]
    response = reorder(coordinator_client, survey, "question", a, 0, json=False)
    assert response.status_code == 302 and response["Location"] == f"{builder_url(survey)}#question-{a.pk}"
    assert texts(survey) == ["A", "B", "C"]
    section = SectionFactory(survey=survey)
    SectionFactory(survey=survey)
    assert reorder(coordinator_client, survey, "partie", section, 1).status_code == 200
    assert list(survey.sections.order_by("position").values_list("pk", flat=True))[1] == section.pk
    choice = ChoiceFactory(question=b)
    ChoiceFactory(question=b)
    assert reorder(coordinator_client, survey, "choix", choice, 1).json()["ok"]
    assert list(b.choices.order_by("position").values_list("pk", flat=True))[1] == choice.pk
    assert "surveys/builder.js" in coordinator_client.get(builder_url(survey)).content.decode()


def test_reorder_endpoint_refuses_bad_input_in_french(coordinator_client):
    survey = SurveyFactory()
    a, b = QuestionFactory(survey=survey, text="A"), QuestionFactory(survey=survey, text="B")
    for position in ["", "deux", "1.5", "²"]:
        response = reorder(coordinator_client, survey, "question", a, position)
        assert response.status_code == 400
        assert response.json() == {"ok": False, "message": "Position invalide : indiquez un nombre entier."}
    response = reorder(coordinator_client, survey, "etiquette", a, 1)
    assert response.status_code == 400 and response.json()["message"] == "Élément à déplacer inconnu."
    response = reorder(coordinator_client, survey, "question", a, "x", json=False)
    assert response.status_code == 302
    assert "Position invalide" in coordinator_client.get(response["Location"]).content.decode()
    assert texts(survey) == ["A", "B"]
    b.show_if_choice = ChoiceFactory(question=a)
    b.save()
    response = reorder(coordinator_client, survey, "question", b, 0)
    assert response.status_code == 400 and "doit rester placée avant elle" in response.json()["message"]
    assert texts(survey) == ["A", "B"]


def test_reorder_endpoint_is_for_coordinators_and_this_survey_only(client, advisor, coordinator):
    mine, other = SurveyFactory(), SurveyFactory()
    mine_question = QuestionFactory(survey=mine, text="A")
    QuestionFactory(survey=mine, text="B")
    question = QuestionFactory(survey=other)
    choice = ChoiceFactory(question=question)
    section = SectionFactory(survey=other)
    response = reorder(client, mine, "question", mine_question, 1)
    assert response.status_code == 302 and "/compte/login/" in response["Location"]
    client.force_login(advisor)
    assert reorder(client, mine, "question", mine_question, 1).status_code == 403
    assert texts(mine) == ["A", "B"]
    client.force_login(coordinator)
    assert client.get(reverse("surveys:reorder", args=[mine.slug])).status_code == 405
    for element, item in [("question", question), ("choix", choice), ("partie", section)]:
        assert reorder(client, mine, element, item, 0).status_code == 404
    assert reorder(client, mine, "question", mine_question, 1).status_code == 200
    assert texts(mine) == ["B", "A"]

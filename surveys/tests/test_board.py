"""Needs board, pinned quotes, "Autre" curation and the restitution page."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from core.testing import count_queries
from surveys import board, services
from surveys.models import Answer, OtherMapping, PinnedQuote, Question, Restitution, Survey, Theme
from surveys.services import AnswerData, submit_response
from surveys.tests.factories import ChoiceFactory, ProductFactory, QuestionFactory, SurveyFactory, ToolFactory

pytestmark = pytest.mark.django_db


def make_survey(**kwargs):
    survey = SurveyFactory(**kwargs)
    size = QuestionFactory(survey=survey, kind=Question.Kind.SINGLE, text="Taille ?", position=1)
    small_, big = ChoiceFactory(question=size, label="Petite"), ChoiceFactory(question=size, label="Grande")
    needs = QuestionFactory(survey=survey, kind=Question.Kind.MULTIPLE, text="Besoins ?", has_other=True, position=2)
    visio, rgpd_choice = ChoiceFactory(question=needs, label="Visio"), ChoiceFactory(question=needs, label="Données")
    remarks = QuestionFactory(survey=survey, kind=Question.Kind.LONG_TEXT, text="Remarques ?", position=3)
    tools = QuestionFactory(survey=survey, kind=Question.Kind.TOOLS, text="Outils ?", has_other=True, position=4)
    rgpd, _ = Theme.objects.get_or_create(name="RGPD", slug="rgpd")
    rgpd_choice.themes.add(rgpd)
    return {
        "survey": survey, "size": size, "small": small_, "big": big, "needs": needs, "visio": visio,
        "rgpd_choice": rgpd_choice, "remarks": remarks, "tools": tools, "rgpd": rgpd,
    }  # fmt: skip


def respond(s, *, size, needs=(), other="", remark="", tool_other=""):
    answers = [
        AnswerData(question=s["size"], choice_ids=[s[size].pk]),
        AnswerData(question=s["needs"], choice_ids=[s[n].pk for n in needs], text=other),
        AnswerData(question=s["tools"], text=tool_other),
    ]
    if remark:
        answers.append(AnswerData(question=s["remarks"], text=remark))
    return submit_response(
        survey=s["survey"], nonce=f"n{Answer.objects.count()}x{timezone.now().timestamp()}", answers=answers
    )


def test_board_counts_respondents_per_theme_and_hides_small_cells(coordinator_client):
    s = make_survey()
    for _ in range(6):
        respond(s, size="big", needs=["rgpd_choice", "visio"], other="Archives")
    for _ in range(2):
        respond(s, size="small", needs=["rgpd_choice"])
    respond(s, size="small", needs=["visio"])
    url = reverse("surveys:needs_board", args=[s["survey"].slug])
    response = coordinator_client.get(url)
    assert response.status_code == 200
    theme = response.context["board"]["themes"][0]
    assert theme["name"] == "RGPD" and theme["respondents"]["count"] == 8 and response.context["board"]["total"] == 9
    assert theme["others"][0]["text"] == "Archives" and theme["others"][0]["count"] == 6
    assert "Aucune formation prévue" in response.content.decode()
    response = coordinator_client.get(url, {"segment": s["size"].pk})
    split = {row["label"]: row for row in response.context["board"]["themes"][0]["split"]}
    assert split["Grande"]["count"] == 6 and not split["Grande"]["hidden"]
    assert split["Petite"]["count"] == 2 and split["Petite"]["hidden"]
    assert "moins de 5" in response.content.decode()


def test_board_ignores_a_segment_that_does_not_exist(coordinator_client):
    s = make_survey()
    url = reverse("surveys:needs_board", args=[s["survey"].slug])
    for value in ["999999", "abc", str(s["remarks"].pk)]:
        response = coordinator_client.get(url, {"segment": value}, follow=True)
        assert response.status_code == 200
        assert "ne peut pas servir à répartir" in response.content.decode()


def test_board_links_to_the_module_form_with_the_theme(coordinator_client):
    from tools_catalog.tests.factories import NeedFactory

    s = make_survey(title="Besoins 2027")
    need = NeedFactory(slug="protection-des-donnees")
    s["rgpd"].need = need
    s["rgpd"].save()
    respond(s, size="big", needs=["rgpd_choice"])
    content = coordinator_client.get(reverse("surveys:needs_board", args=[s["survey"].slug])).content.decode()
    assert "/formations/gestion/modules/nouveau/?titre=RGPD" in content
    assert "besoin=protection-des-donnees" in content
    assert "Propos%C3%A9e+suite+%C3%A0+l%27enqu%C3%AAte+%C2%AB+Besoins+2027+%C2%BB+%28n+%3D+1%29" in content


def test_board_runs_the_same_queries_at_two_sizes(coordinator_client):
    s = make_survey()
    url = reverse("surveys:needs_board", args=[s["survey"].slug]) + f"?segment={s['size'].pk}"
    respond(s, size="big", needs=["rgpd_choice"], other="A")
    coordinator_client.get(url)

    def uncached():
        cache.clear()
        return coordinator_client.get(url)

    small = count_queries(uncached)
    for i in range(25):
        respond(s, size="small", needs=["rgpd_choice", "visio"], other=f"Texte {i}", remark=f"R {i}")
    theme = Theme.objects.create(name="Posture", slug="posture")
    s["visio"].themes.add(theme)
    for answer in Answer.objects.filter(question=s["remarks"])[:3]:
        services.quote_pin(survey=s["survey"], theme=s["rgpd"], answer=answer)
    assert count_queries(uncached) == small
    # Read again without new answers: the aggregates come from the cache; a new response shows at once.
    assert count_queries(lambda: coordinator_client.get(url)) < small
    before = coordinator_client.get(url).context["board"]["total"]
    respond(s, size="big", needs=["rgpd_choice"])
    assert coordinator_client.get(url).context["board"]["total"] == before + 1


def test_quotes_pin_up_to_three_check_and_unpin(coordinator_client):
    s = make_survey()
    for i in range(4):
        respond(s, size="big", remark=f"Remarque {i}")
    other_survey = make_survey()
    foreign = respond(other_survey, size="big", remark="Ailleurs").response
    url = reverse("surveys:quote_action", args=[s["survey"].slug])
    answers = list(Answer.objects.filter(question=s["remarks"]).order_by("pk"))
    for answer in answers:
        coordinator_client.post(url, {"action": "epingler", "theme": s["rgpd"].pk, "reponse": answer.pk})
    assert PinnedQuote.objects.count() == 3
    response = coordinator_client.post(
        url, {"action": "epingler", "theme": s["rgpd"].pk, "reponse": foreign.answers.get(question__kind="long_text").pk},
        follow=True,
    )  # fmt: skip
    assert "Choisissez un thème et une réponse de cette enquête." in response.content.decode()
    assert PinnedQuote.objects.count() == 3
    quote = PinnedQuote.objects.first()
    coordinator_client.post(url, {"action": "relue", "citation": quote.pk, "valeur": "1"})
    quote.refresh_from_db()
    assert quote.checked
    coordinator_client.post(url, {"action": "retirer", "citation": quote.pk})
    assert PinnedQuote.objects.count() == 2
    assert coordinator_client.post(url, {"action": "retirer", "citation": "x"}).status_code == 404


def test_other_texts_are_mapped_for_past_and_future_answers(coordinator_client):
    s = make_survey()
    product = ProductFactory(name="Doodle")
    respond(s, size="big", tool_other="doodle ")
    respond(s, size="big", tool_other="Doodle")
    url = reverse("surveys:others", args=[s["survey"].slug])
    queue = coordinator_client.get(url).context["queue"]
    assert [(g["key"], g["count"]) for g in queue] == [("doodle", 2)]
    response = coordinator_client.post(url, {"texte": "Doodle", "cible": f"produit:{product.pk}"})
    assert response.status_code == 302
    respond(s, size="small", tool_other="DOODLE")
    counts = board.mapped_other_counts(question=s["tools"])
    assert counts == {("product", product.pk): 3}
    results = coordinator_client.get(reverse("surveys:survey_results", args=[s["survey"].slug])).context["results"]
    tools_result = next(q for q in results["questions"] if q["kind"] == "tools")
    assert [(r["label"], r["count"]) for r in tools_result["products"]] == [("Doodle", 3)]


def test_other_mapping_bad_input(coordinator_client):
    s = make_survey()
    respond(s, size="big", tool_other="Machin")
    url = reverse("surveys:others", args=[s["survey"].slug])
    response = coordinator_client.post(url, {"texte": "Machin", "cible": "produit:999999"}, follow=True)
    assert "Choisissez un produit ou un outil du catalogue." in response.content.decode()
    response = coordinator_client.post(url, {"texte": "x" * 5000, "cible": "n'importe quoi"}, follow=True)
    assert response.status_code == 200
    response = coordinator_client.post(
        url, {"texte": "Machin", "nouveau_produit": "Machin", "editeur": ""}, follow=True
    )
    assert "donnez son nom et son éditeur" in response.content.decode()
    assert not OtherMapping.objects.exists()
    response = coordinator_client.post(
        url, {"texte": "Machin", "nouveau_produit": "Machin Pro", "editeur": "Machin SA", "modele": "subscription"}
    )
    mapping = OtherMapping.objects.get()
    assert mapping.product.name == "Machin Pro" and not mapping.product.is_published
    tool = ToolFactory()
    coordinator_client.post(url, {"texte": "machin", "cible": f"outil:{tool.pk}"})
    mapping = OtherMapping.objects.get()
    assert mapping.tool == tool and mapping.product is None


def test_restitution_is_published_once_closed_and_read_by_anyone(client, coordinator_client):
    s = make_survey(title="Besoins 2027")
    for _ in range(6):
        respond(s, size="big", needs=["rgpd_choice"], remark="Secret")
    respond(s, size="small", needs=["visio"], remark="Secret")
    edit = reverse("surveys:restitution_edit", args=[s["survey"].slug])
    public = reverse("surveys:restitution", args=[s["survey"].slug])
    data = {"introduction": "Deux modules RGPD.", "questions": [s["size"].pk], "is_published": "on"}
    response = coordinator_client.post(edit, data)
    assert response.status_code == 400 and "Fermez d&#x27;abord" in response.content.decode()
    assert not Restitution.objects.filter(is_published=True).exists()
    response = coordinator_client.post(edit, {**data, "questions": [s["remarks"].pk]})
    assert response.status_code == 400 and "Sélectionnez un choix valide" in response.content.decode()
    Survey.objects.filter(pk=s["survey"].pk).update(status=Survey.Status.CLOSED)
    response = coordinator_client.post(edit, {**data, "next_survey_on": "2027-09-01"})
    assert response.status_code == 302
    client.logout()
    response = client.get(public)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Ce que vous nous avez dit, ce que nous en faisons" in content and "Deux modules RGPD." in content
    assert "Grande" in content and "moins de 5" in content and "Secret" not in content
    assert "1 septembre 2027" in content
    assert "Résultats et suites de « Besoins 2027 »" in client.get(reverse("surveys:survey_list")).content.decode()


def test_restitution_service_refuses_free_text_and_other_surveys():
    s, other = make_survey(closed=True), make_survey()
    with pytest.raises(services.BuildRefused, match="jamais les textes libres"):
        services.restitution_save(
            survey=s["survey"], introduction="", questions=[s["remarks"]], show_quotes=False,
            next_survey_on=None, is_published=False,
        )  # fmt: skip
    with pytest.raises(services.BuildRefused, match="une autre enquête"):
        services.restitution_save(
            survey=s["survey"], introduction="", questions=[other["size"]], show_quotes=False,
            next_survey_on=None, is_published=False,
        )  # fmt: skip


def test_unpublished_restitution_is_not_found_for_visitors(client):
    s = make_survey(closed=True)
    Restitution.objects.create(survey=s["survey"])
    assert client.get(reverse("surveys:restitution", args=[s["survey"].slug])).status_code == 404


def test_product_page_says_how_many_respondents_cite_it(client, django_assert_max_num_queries):
    from surveys.helpers import product_cited

    s = make_survey()
    product = ProductFactory(name="Doodle")
    for _ in range(4):
        respond(s, size="big", tool_other="Doodle")
    OtherMapping.objects.create(question=s["tools"], text="doodle", product=product)
    assert product_cited(None, product) is None  # 4 citations: under the small-cell threshold
    respond(s, size="big", tool_other="doodle")
    for _ in range(5):
        respond(s, size="small")
    with django_assert_max_num_queries(4):
        block = product_cited(None, product)
    assert block["citation"] == {"count": 5, "answered": 10, "percent": 50.0}
    content = client.get(product.get_absolute_url()).content.decode()
    assert "est cité par 50 % des répondants" in content


def test_todo_lists_cited_products_without_a_free_alternative(rf, coordinator, advisor):
    from surveys.helpers import products_without_alternative
    from surveys.models import AnswerTool
    from surveys.tests.factories import EquivalenceFactory

    s = make_survey()
    lonely, covered = ProductFactory(name="Seul"), EquivalenceFactory().product
    response = respond(s, size="big").response
    answer = response.answers.get(question=s["tools"])
    for product in (lonely, covered):
        AnswerTool.objects.create(answer=answer, response=response, question=s["tools"], product=product)
    request = rf.get("/")
    request.user = advisor
    assert products_without_alternative(request) is None
    request.user = coordinator
    assert products_without_alternative(request)["products"] == [lonely]


def test_results_page_with_combined_filters_in_the_url(coordinator_client):
    s = make_survey()
    for _ in range(6):
        respond(s, size="big", needs=["rgpd_choice", "visio"])
    respond(s, size="small", needs=["visio"])
    url = reverse("surveys:survey_results", args=[s["survey"].slug])
    response = coordinator_client.get(
        url, {"filtre": [f"{s['size'].pk}:{s['big'].pk}", f"{s['needs'].pk}:{s['visio'].pk}", "1:999999"]}
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert response.context["results"]["total"] == 6
    assert "Une partie du filtre ne correspond à aucun choix" in content
    assert f"filtre={s['size'].pk}:{s['big'].pk}&amp;filtre={s['needs'].pk}:{s['visio'].pk}" in content
    response = coordinator_client.get(url, {"filtre": f"{s['size'].pk}:{s['small'].pk}"})
    assert "moins de 5" in response.content.decode()


def test_pin_a_quote_from_the_written_answers(coordinator_client):
    s = make_survey()
    respond(s, size="big", remark="Nous manquons de temps pour les données.")
    url = reverse("surveys:text_answers", args=[s["survey"].slug, s["remarks"].pk])
    content = coordinator_client.get(url).content.decode()
    assert "Épingler sur le thème" in content
    answer = Answer.objects.get(question=s["remarks"])
    response = coordinator_client.post(
        reverse("surveys:quote_action", args=[s["survey"].slug]),
        {
            "action": "epingler",
            "theme": s["rgpd"].pk,
            "reponse": answer.pk,
            "retour": "textes",
            "question": s["remarks"].pk,
        },
    )
    assert response.status_code == 302 and response["Location"] == url
    assert PinnedQuote.objects.get().answer == answer


def test_results_are_cached_until_a_response_or_a_mapping_changes_them(coordinator_client):
    s = make_survey()
    product = ProductFactory(name="Doodle")
    respond(s, size="big", tool_other="Doodle")
    url = reverse("surveys:survey_results", args=[s["survey"].slug])
    first = count_queries(lambda: coordinator_client.get(url))
    assert count_queries(lambda: coordinator_client.get(url)) < first
    respond(s, size="small", tool_other="doodle")
    assert coordinator_client.get(url).context["results"]["total"] == 2
    services.other_mapping_save(question=s["tools"], text="DOODLE", product=product)
    results = coordinator_client.get(url).context["results"]
    tools_result = next(q for q in results["questions"] if q["kind"] == "tools")
    assert [(r["label"], r["count"]) for r in tools_result["products"]] == [("Doodle", 2)]

"""The tools question's picker: top entries by need, search with and without JavaScript, page size and queries."""

import html

import pytest
from django.urls import reverse

from core.testing import count_queries
from surveys.models import AnswerTool, Question, Response
from surveys.selectors import PICKER_TOP, tools_picker
from surveys.services import AnswerData, make_submission_token, submit_response
from surveys.tests.factories import QuestionFactory, SurveyFactory, survey_with_every_type, valid_post
from tools_catalog.models import ProprietaryProduct, Tool
from tools_catalog.tests.factories import NeedFactory, ProprietaryProductFactory, ToolFactory

pytestmark = pytest.mark.django_db

HTML_LIMIT = 60 * 1024


def text_of(response):
    return html.unescape(response.content.decode())


@pytest.fixture
def catalogue():
    visio = NeedFactory(name="Visioconférence", slug="visioconference", position=1)
    files = NeedFactory(name="Partage et stockage de fichiers", slug="partage-fichiers", position=2)
    chat = NeedFactory(name="Messagerie instantanée", slug="messagerie", position=3)
    products = {
        "zoom": ProprietaryProductFactory(name="Zoom", slug="zoom", vendor="Zoom", needs=[visio]),
        "drive": ProprietaryProductFactory(
            name="Google Drive", slug="google-drive", vendor="Google", aliases="gdrive", needs=[files]
        ),
        "whatsapp": ProprietaryProductFactory(name="WhatsApp", slug="whatsapp", vendor="Meta", needs=[chat]),
        "dropbox": ProprietaryProductFactory(name="Dropbox", slug="dropbox", vendor="Dropbox", needs=[files]),
        "rare": ProprietaryProductFactory(name="Logiciel Rare", slug="logiciel-rare", vendor="Petit éditeur"),
    }
    tools = {"jitsi": ToolFactory(name="Jitsi Meet", slug="jitsi-meet", needs=[visio])}
    return products, tools


def tools_survey():
    survey = SurveyFactory()
    question = QuestionFactory(
        survey=survey, position=1, kind=Question.Kind.TOOLS, has_other=True, text="Quels outils utilisez-vous ?"
    )
    return survey, question


def test_common_products_first_grouped_by_need(catalogue):
    products, _tools = catalogue
    _survey, question = tools_survey()
    data = tools_picker(question=question)
    labels = [group["label"] for group in data["groups"]]
    assert labels == ["Visioconférence", "Partage et stockage de fichiers", "Messagerie instantanée", "Autres"]
    files = next(group for group in data["groups"] if group["label"].startswith("Partage"))
    # Google Drive is more common than Dropbox (COMMON_PRODUCTS), whatever the names' order.
    assert [item.label for item in files["items"]] == ["Google Drive", "Dropbox"]
    assert data["results"] is None


def test_the_survey_answers_rank_the_picker(catalogue):
    products, tools = catalogue
    survey, question = tools_survey()
    for index in range(3):
        submit_response(
            survey=survey,
            nonce=f"nonce-rank-{index}",
            answers=[AnswerData(question=question, product_ids=[products["dropbox"].pk], tool_ids=[tools["jitsi"].pk])],
        )
    data = tools_picker(question=question)
    files = next(group for group in data["groups"] if group["label"].startswith("Partage"))
    assert [item.label for item in files["items"]] == ["Dropbox", "Google Drive"]
    visio = next(group for group in data["groups"] if group["label"] == "Visioconférence")
    assert "Jitsi Meet" in [item.label for item in visio["items"]]  # a free tool cited in the answers


def test_search_tolerates_typos_and_accents(catalogue):
    _survey, question = tools_survey()
    data = tools_picker(question=question, filter_text="gogle drive")
    assert [item.label for item in data["results"]][:1] == ["Google Drive"]
    assert data["suggestion"] == "Google Drive"
    assert [item.label for item in tools_picker(question=question, filter_text="VISIOCONFÉRENCE")["results"]][:1] == [
        "Zoom"
    ]


def test_json_search_for_the_script(client, catalogue):
    products, _tools = catalogue
    data = client.get(reverse("surveys:tools_search"), {"q": "gogle drive"}).json()
    assert data["valeurs"][0] == f"p{products['drive'].pk}"
    assert data["elements"][0] == {"valeur": f"p{products['drive'].pk}", "libelle": "Google Drive", "detail": "Google"}
    assert data["suggestion"] == "Google Drive"
    assert client.get(reverse("surveys:tools_search"), {"q": "x" * 5000}).status_code == 200
    assert client.get(reverse("surveys:tools_search")).json()["valeurs"] == []


def test_search_without_javascript_keeps_every_answer(client, catalogue):
    """ "Chercher un outil" sends the form: the same page with the matches, answers kept, nothing stored."""
    products, _tools = catalogue
    survey, q, choices = survey_with_every_type()
    data = valid_post(survey, q, choices, short="Gardé", tools=[f"p{products['zoom'].pk}"])
    data[f"{q['tools'].field_name}_filtre"] = "gogle drive"
    data["chercher"] = q["tools"].field_name
    response = client.post(reverse("surveys:survey_detail", args=[survey.slug]), data)
    assert response.status_code == 200
    content = text_of(response)
    assert "Résultats de la recherche" in content and "1 outil pour « gogle drive »" in content
    assert f'value="p{products["drive"].pk}" id="id_{q["tools"].field_name}-p{products["drive"].pk}">' in content
    assert f'value="p{products["zoom"].pk}" id="id_{q["tools"].field_name}-p{products["zoom"].pk}" checked' in content
    assert 'value="Gardé"' in content
    assert "Répondez à cette question" not in content and "Il y a" not in content  # no errors shown
    assert not Response.objects.exists()
    # Then choosing Google Drive from the results and sending stores both.
    data.pop("chercher")
    data[q["tools"].field_name] = [f"p{products['zoom'].pk}", f"p{products['drive'].pk}"]
    assert client.post(reverse("surveys:survey_detail", args=[survey.slug]), data).status_code == 303
    stored = set(AnswerTool.objects.values_list("product__name", flat=True))
    assert stored == {"Zoom", "Google Drive"}


def test_chosen_entries_outside_the_top_stay_shown(catalogue):
    _survey, question = tools_survey()
    extra = ProprietaryProductFactory.create_batch(PICKER_TOP + 5)
    data = tools_picker(question=question, chosen=[f"p{extra[-1].pk}"])
    shown = [item.value for group in data["groups"] for item in group["items"]]
    assert f"p{extra[-1].pk}" in shown
    assert len(shown) == PICKER_TOP + 1
    assert [item.value for item in data["chosen"]] == [f"p{extra[-1].pk}"]


def _bulk_catalogue(products, tools):
    ProprietaryProduct.objects.bulk_create(
        ProprietaryProduct(
            name=f"Produit généré {index}",
            slug=f"produit-genere-{index}",
            vendor="Éditeur",
            business_model="freemium",
            search_text=f"produit genere {index} editeur",
        )
        for index in range(products)
    )
    Tool.objects.bulk_create(
        Tool(
            name=f"Outil généré {index}",
            slug=f"outil-genere-{index}",
            summary="Outil généré.",
            licence="MIT",
            search_text=f"outil genere {index}",
        )
        for index in range(tools)
    )


def test_the_form_does_not_grow_with_the_catalogue(client, catalogue):
    """With the benchmark's 7,000 catalogue entries the page stays under 60 KB, with the same queries."""
    survey, q, choices = survey_with_every_type()
    url = reverse("surveys:survey_detail", args=[survey.slug])
    client.get(url)  # warm the caches (ranking, content types)
    small_queries = count_queries(lambda: client.get(url))
    small_size = len(client.get(url).content)
    _bulk_catalogue(products=2000, tools=5000)
    large_queries = count_queries(lambda: client.get(url))
    response = client.get(url)
    assert response.status_code == 200
    print(
        f"survey form: {small_queries} queries, {small_size} bytes -> {large_queries} queries, {len(response.content)} bytes"
    )
    assert large_queries == small_queries <= 16
    assert len(response.content) < HTML_LIMIT
    assert len(response.content) < small_size + 8 * 1024  # the top of the list only
    # The search still reaches any entry.
    content = text_of(
        client.post(
            url,
            {
                "token": make_submission_token(survey=survey),
                "chercher": q["tools"].field_name,
                f"{q['tools'].field_name}_filtre": "produit genere 1543",
            },
        )
    )
    assert "Produit généré 1543" in content


def test_typed_other_counts_as_chosen_for_a_required_tools_question(client, catalogue):
    survey, question = tools_survey()
    Question.objects.filter(pk=question.pk).update(required=True)
    url = reverse("surveys:survey_detail", args=[survey.slug])
    data = {"token": make_submission_token(survey=survey), question.other_field_name: "Un logiciel maison"}
    assert client.post(url, data).status_code == 303
    answer = Response.objects.get().answers.get()
    assert answer.text == "Un logiciel maison"


def test_a_5000_character_other_text_gets_a_french_message(client, catalogue):
    survey, question = tools_survey()
    url = reverse("surveys:survey_detail", args=[survey.slug])
    data = {"token": make_submission_token(survey=survey), question.other_field_name: "x" * 5000}
    response = client.post(url, data)
    assert response.status_code == 200
    assert "au plus 200 caractères" in text_of(response)
    assert not Response.objects.exists()

import csv
import html
import io
import json
import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from surveys.models import Answer, AnswerChoice, AnswerTool, Response
from surveys.services import make_submission_token
from surveys.tests.factories import EquivalenceFactory, SurveyFactory, survey_with_every_type, valid_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    survey, q, choices = survey_with_every_type()
    equivalence = EquivalenceFactory()
    return survey, q, choices, {"product": equivalence.product, "tool": equivalence.tool}


def url(survey, name="survey_detail"):
    return reverse(f"surveys:{name}", args=[survey.slug])


def test_list_shows_open_surveys_only(client):
    open_one = SurveyFactory(title="Ouverte")
    SurveyFactory(title="Brouillon", draft=True)
    SurveyFactory(title="Close", closed=True)
    response = client.get(reverse("surveys:survey_list"))
    assert response.status_code == 200
    assert list(response.context["surveys"]) == [open_one]
    assert "Pour la coordination" not in response.content.decode()


def test_list_for_coordinators_shows_every_survey(coordinator_client):
    SurveyFactory(title="Brouillon", draft=True)
    content = coordinator_client.get(reverse("surveys:survey_list")).content.decode()
    assert "Pour la coordination" in content and "Brouillon" in content


def test_form_renders_every_type_accessibly(client, setup):
    survey, q, choices, catalogue = setup
    response = client.get(url(survey))
    assert response.status_code == 200
    content = response.content.decode()
    assert "<fieldset" in content and "<legend" in content
    assert "Autre (précisez)" in content
    assert "1 – Pas du tout" in content and "5 – Très" in content
    assert "data-picker" in content and "Chercher un outil" in content and "<details" in content
    assert catalogue["product"].name in content
    assert f'data-show-if="{q["size"].field_name}"' in content
    assert 'name="token"' in content and "survey.js" in content
    assert " style=" not in content and "<script>" not in content


def test_submit_stores_everything_then_thanks(client, setup):
    survey, q, choices, catalogue = setup
    data = valid_post(survey, q, choices, catalogue)
    response = client.post(url(survey), data)
    assert response.status_code == 303 and response["Location"] == url(survey, "survey_thanks")
    stored = Response.objects.get()
    assert stored.answers.count() == 11
    assert AnswerChoice.objects.filter(response=stored).count() == 4
    assert AnswerTool.objects.filter(response=stored).count() == 2
    thanks = client.get(response["Location"])
    assert "Merci" in thanks.content.decode()
    assert reverse("trainings:session_list") in thanks.content.decode()
    # Refresh / back-and-resubmit / double click: same token, still one response, thank-you page.
    again = client.post(url(survey), data, follow=True)
    assert again.status_code == 200 and "votre réponse est enregistrée" in again.content.decode()
    assert Response.objects.count() == 1


def test_nothing_identifying_is_stored(client, setup):
    survey, q, choices, catalogue = setup
    client.post(
        url(survey), valid_post(survey, q, choices), HTTP_USER_AGENT="Navigateur-Secret", REMOTE_ADDR="10.9.8.7"
    )
    fields = {f.name for f in Response._meta.get_fields()}
    assert fields.isdisjoint({"ip", "ip_address", "user_agent", "user", "account"})
    row = Response.objects.values().get()
    assert "10.9.8.7" not in str(row) and "Navigateur-Secret" not in str(row)


def test_errors_are_summarised_and_answers_kept(client, setup):
    survey, q, choices, catalogue = setup
    data = valid_post(survey, q, choices, scale=None, number="9999", short="<b>gras</b>")
    response = client.post(url(survey), data)
    assert response.status_code == 200
    content = response.content.decode()
    assert 'id="error-summary"' in content
    assert f'href="#id_{q["scale"].field_name}"' in content
    assert "Répondez à cette question : elle est obligatoire." in content
    assert 'value="9999"' in content and "&lt;b&gt;gras&lt;/b&gt;" in content
    assert "Une remarque\nsur deux lignes." in content
    assert f'value="{choices["brakes"][2].pk}"' in content
    assert content.count("checked") == 5  # size, role, two brakes and yes/no: every choice made is kept
    assert not Response.objects.exists()


def test_forged_token_refused_and_form_kept(client, setup):
    survey, q, choices, catalogue = setup
    response = client.post(url(survey), valid_post(survey, q, choices, token="forged:token"))
    assert response.status_code == 200
    assert "plus valable" in response.content.decode()
    assert not Response.objects.exists()
    # A fresh genuine token is issued so that sending again works.
    new_token = response.context["form"]["token"].value()
    assert new_token != "forged:token"
    data = valid_post(survey, q, choices, token=new_token)
    assert client.post(url(survey), data).status_code == 303
    assert Response.objects.count() == 1


def test_missing_csrf_token_is_refused_with_every_answer_kept():
    """An expired or removed CSRF cookie: the form again, answers kept, a French message, nothing stored."""
    survey, q, choices = survey_with_every_type()
    client = Client(enforce_csrf_checks=True)
    data = valid_post(survey, q, choices, short="Ma réponse gardée", number="12")
    response = client.post(url(survey), data)
    assert response.status_code == 403  # refused, but with the form and every answer in the page
    content = html.unescape(response.content.decode())
    assert "sa sécurité a expiré : rien n'a encore été enregistré" in content
    assert 'value="Ma réponse gardée"' in content and 'value="12"' in content
    assert "Formulaire expiré ou incomplet" not in content  # not the generic page
    assert "Répondez à cette question" not in content  # nothing checked yet
    assert not Response.objects.exists()
    # The page carries a fresh CSRF token: sending it again stores the response once.
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', content).group(1)
    again = client.post(url(survey), {**data, "csrfmiddlewaretoken": token})
    assert again.status_code == 303
    assert Response.objects.count() == 1


def test_other_forms_keep_the_portal_csrf_page():
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("login"), {"username": "x", "password": "y"})
    assert response.status_code == 403
    assert "Formulaire expiré" in response.content.decode()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"closed": True}, "Cette enquête est close"),
        (
            {"closes_at": timezone.now() - timedelta(hours=1), "opens_at": timezone.now() - timedelta(days=3)},
            "Cette enquête est close",
        ),
        ({"opens_at": timezone.now() + timedelta(days=2)}, "pas encore ouverte"),
        ({"draft": True}, "en préparation"),
    ],
)
def test_unavailable_surveys_say_why_and_store_nothing(client, kwargs, message):
    survey, q, choices = survey_with_every_type(**kwargs)
    page = client.get(url(survey))
    assert page.status_code == 200 and message in page.content.decode()
    posted = client.post(url(survey), valid_post(survey, q, choices))
    assert posted.status_code == 403 and message in posted.content.decode()
    assert not Response.objects.exists()


def test_coordinator_previews_a_draft_without_storing(coordinator_client):
    survey, q, choices = survey_with_every_type(draft=True)
    page = coordinator_client.get(url(survey))
    assert page.status_code == 200 and "Aperçu pour la coordination" in page.content.decode()
    posted = coordinator_client.post(url(survey), valid_post(survey, q, choices), follow=True)
    assert "rien n'a été enregistré" in posted.content.decode().lower().replace("&#x27;", "'")
    assert not Response.objects.exists()


def test_draft_thanks_page_hidden_from_public(client):
    survey = SurveyFactory(draft=True)
    assert client.get(url(survey, "survey_thanks")).status_code == 404


def test_honeypot_stores_nothing(client, setup):
    survey, q, choices, catalogue = setup
    response = client.post(url(survey), valid_post(survey, q, choices, site_web="http://spam.example"))
    assert response.status_code == 303
    assert not Response.objects.exists()


def test_rate_limit_per_client(client, setup, settings):
    settings.SURVEYS_RATE_LIMIT = (2, 3600)
    survey, q, choices, catalogue = setup
    for _ in range(2):
        assert client.post(url(survey), valid_post(survey, q, choices)).status_code == 303
    blocked = client.post(url(survey), valid_post(survey, q, choices))
    assert blocked.status_code == 429 and "Trop d" in blocked.content.decode()
    assert Response.objects.count() == 2
    # Another client is not affected; the address itself is not a cache key.
    other = Client(REMOTE_ADDR="192.0.2.44")
    assert other.post(url(survey), valid_post(survey, q, choices)).status_code == 303
    from django.core.cache import cache

    from core.clientip import client_key
    from surveys.services import submission_limit

    def request_from(address):
        return type("R", (), {"META": {"REMOTE_ADDR": address}})()

    assert "127.0.0.1" not in client_key(request_from("127.0.0.1"), "surveys")
    assert submission_limit().count(client_key(request_from("192.0.2.44"), "surveys")) == 1
    assert not any("192.0.2.44" in str(key) for key in cache._cache)


def test_unknown_methods_and_slugs(client):
    survey = SurveyFactory()
    assert client.get("/enquetes/inconnue/").status_code == 404
    assert client.put(url(survey)).status_code == 405


# Results and exports -------------------------------------------------------------------------

RESULT_PAGES = ["survey_results", "export_csv", "export_json"]


@pytest.mark.parametrize("name", RESULT_PAGES)
def test_results_access(client, advisor, coordinator, name):
    survey = SurveyFactory()
    target = url(survey, name)
    anonymous = client.get(target)
    assert anonymous.status_code == 302 and "/compte/login/" in anonymous["Location"]
    client.force_login(advisor)
    assert client.get(target).status_code == 403
    client.force_login(coordinator)
    assert client.get(target).status_code == 200


def test_text_answers_access(client, advisor, coordinator, setup):
    survey, q, choices, catalogue = setup
    target = reverse("surveys:text_answers", args=[survey.slug, q["long"].pk])
    assert client.get(target).status_code == 302
    client.force_login(advisor)
    assert client.get(target).status_code == 403
    client.force_login(coordinator)
    assert client.get(target).status_code == 200
    assert client.get(reverse("surveys:text_answers", args=[survey.slug, q["size"].pk])).status_code == 404


def submit(survey, q, choices, catalogue=None, **overrides):
    response = Client().post(url(survey), valid_post(survey, q, choices, catalogue, **overrides))
    assert response.status_code == 303, response.content.decode()[:2000]


def test_results_page(coordinator_client, setup):
    survey, q, choices, catalogue = setup
    submit(
        survey,
        q,
        choices,
        catalogue,
        long='<script>alert("x")</script>',
        role="autre",
        **{q["role"].other_field_name: "<img src=x onerror=alert(1)>"},
    )
    submit(survey, q, choices, size=str(choices["size"][1].pk), scale="2")
    response = coordinator_client.get(url(survey, "survey_results"))
    content = response.content.decode()
    assert response.status_code == 200
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in content and '<script>alert("x")' not in content
    assert "&lt;img src=x onerror=alert(1)&gt;" in content
    assert " style=" not in content
    assert '<svg class="bar"' in content and '<rect width="50.0" height="10">' in content
    assert f'href="{catalogue["tool"].get_absolute_url()}"' in content
    results = response.context["results"]
    assert results["total"] == 2
    scale = next(item for item in results["questions"] if item["id"] == q["scale"].pk)
    assert scale["average"] == 3.0


def test_results_filter_in_url(coordinator_client, setup):
    survey, q, choices, catalogue = setup
    submit(survey, q, choices)
    submit(survey, q, choices, size=str(choices["size"][1].pk))
    first = choices["size"][0]
    response = coordinator_client.get(url(survey, "survey_results"), {"filtre": f"{q['size'].pk}:{first.pk}"})
    assert response.context["results"]["total"] == 1
    assert f"?filtre={q['size'].pk}:{first.pk}" in response.content.decode()
    # Nonsense filters are ignored with a message, never a 500.
    for bad in ["abc", "1:2:3", f"{q['size'].pk}:{choices['role'][0].pk}", "999:999", f"{q['scale'].pk}:1"]:
        response = coordinator_client.get(url(survey, "survey_results"), {"filtre": bad})
        assert response.status_code == 200 and response.context["results"]["total"] == 2
    csv_rows = read_csv(coordinator_client.get(url(survey, "export_csv"), {"filtre": f"{q['size'].pk}:{first.pk}"}))
    assert len(csv_rows) == 2


def test_results_search(coordinator_client, setup):
    survey, q, choices, catalogue = setup
    submit(survey, q, choices, long="Besoin d'un atelier")
    submit(survey, q, choices, long="Rien à signaler")
    response = coordinator_client.get(url(survey, "survey_results"), {"q": "atelier"})
    long = next(item for item in response.context["results"]["questions"] if item["id"] == q["long"].pk)
    assert long["texts"] == {"count": 1, "items": ["Besoin d'un atelier"]}
    page = coordinator_client.get(reverse("surveys:text_answers", args=[survey.slug, q["long"].pk]), {"q": "signaler"})
    assert (
        "Rien à signaler" in page.content.decode()
        and "atelier" not in page.content.decode().split("<main")[1].split("Chercher dans ces")[1]
    )


def read_csv(response):
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))


def test_csv_export(coordinator_client, setup):
    survey, q, choices, catalogue = setup
    submit(
        survey,
        q,
        choices,
        catalogue,
        short='=HYPERLINK("http://evil")',
        long="+1+1",
        place="Tours",
        brakes=["autre", str(choices["brakes"][0].pk)],
        **{q["brakes"].other_field_name: "@SUM(A1)"},
    )
    submit(survey, q, choices, short="-2", yes_no="non")
    response = coordinator_client.get(url(survey, "export_csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{survey.slug}-reponses.csv"'
    rows = read_csv(response)
    header, first, second = rows
    assert len(rows) == 3
    assert header[2] == q["size"].text and f"{q['brakes'].text} – Autre (précisez)" in header
    column = {name: index for index, name in enumerate(header)}
    assert first[column[q["short"].text]] == '\'=HYPERLINK("http://evil")'
    assert first[column[q["long"].text]] == "'+1+1"
    assert first[column[f"{q['brakes'].text} – Autre (précisez)"]] == "'@SUM(A1)"
    assert first[column[q["brakes"].text]] == "Temps ; Autre"
    assert first[column[q["tools"].text]] == f"{catalogue['product'].name} ; {catalogue['tool'].name}"
    assert first[column[q["scale"].text]] == "4" and first[column[q["yes_no"].text]] == "Oui"
    assert second[column[q["short"].text]] == "'-2" and second[column[q["yes_no"].text]] == "Non"
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@"))


def test_json_export_parses_back(coordinator_client, setup):
    survey, q, choices, catalogue = setup
    submit(survey, q, choices, catalogue, long="<b>Texte</b>")
    submit(survey, q, choices)
    response = coordinator_client.get(url(survey, "export_json"))
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{survey.slug}-reponses.json"'
    data = json.loads(b"".join(response.streaming_content))
    assert data["enquete"]["slug"] == survey.slug
    assert len(data["reponses"]) == 2 and len(data["questions"]) == 11
    first = data["reponses"][0]["reponses"]
    assert first[str(q["long"].pk)] == "<b>Texte</b>"
    assert first[str(q["brakes"].pk)] == {"choix": ["Temps", "Habitudes"], "autre": ""}
    assert first[str(q["number"].pk)] == 12 and first[str(q["yes_no"].pk)] is True


def test_empty_survey_results_and_exports(coordinator_client):
    survey = SurveyFactory()
    assert coordinator_client.get(url(survey, "survey_results")).status_code == 200
    assert read_csv(coordinator_client.get(url(survey, "export_csv"))) == [["Réponse n°", "Envoyée le"]]
    assert json.loads(b"".join(coordinator_client.get(url(survey, "export_json")).streaming_content))["reponses"] == []


def test_thanks_page_link_to_trainings(client):
    survey = SurveyFactory()
    content = client.get(url(survey, "survey_thanks")).content.decode()
    assert reverse("trainings:session_list") in content and "Et maintenant" in content


def test_token_issued_on_each_visit(client):
    survey = SurveyFactory()
    first = client.get(url(survey)).context["form"]["token"].value()
    second = client.get(url(survey)).context["form"]["token"].value()
    assert first != second
    assert make_submission_token(survey=survey) not in (first, second)
    assert Answer.objects.count() == 0

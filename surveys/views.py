"""Pages of the field survey: answering (public, anonymous), results and exports (coordinators)."""

import logging

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from core import honeypot
from core.clientip import client_key
from core.exports import content_disposition
from surveys import services
from surveys.exports import csv_response, stream_json
from surveys.forms import SurveyForm
from surveys.models import Restitution, Survey, Theme
from surveys.perms import can_preview, can_read_results, results_required
from surveys.selectors import (
    SMALL_CELL,
    answer_catalogue,
    cached_results,
    filter_choices,
    parse_filter,
    survey_questions,
    text_answers,
)

logger = logging.getLogger(__name__)

SEARCH_MAX = 100


@require_GET
def survey_list(request):
    surveys = Survey.objects.open_now().annotate(question_count=Count("questions"))
    managed = None
    if can_read_results(request.user):
        managed = Survey.objects.with_response_count().ordered()
    restitutions = Restitution.objects.filter(is_published=True).select_related("survey").order_by("-updated_at")
    return render(
        request,
        "surveys/survey_list.html",
        {"nav": "surveys", "surveys": surveys, "managed": managed, "restitutions": restitutions},
    )


def _unavailable(request, survey, availability, status=200):
    return render(
        request,
        "surveys/unavailable.html",
        {"nav": "surveys", "survey": survey, "availability": availability, "others": Survey.objects.open_now()},
        status=status,
    )


@require_http_methods(["GET", "POST"])
def survey_detail(request, slug):
    survey = get_object_or_404(Survey, slug=slug)
    availability = survey.availability()
    is_open = availability == Survey.Availability.OPEN
    preview = not is_open and can_preview(request.user)
    if not is_open and not preview:
        # A post to a closed survey stores nothing and says why, in French.
        return _unavailable(request, survey, availability, status=403 if request.method == "POST" else 200)

    questions = survey_questions(survey)
    products, tools = answer_catalogue()
    context = {"survey": survey, "preview": preview, "availability": availability, "nav": "surveys"}
    if request.method == "GET":
        form = SurveyForm(
            initial={"token": services.make_submission_token(survey=survey)},
            survey=survey,
            questions=questions,
            products=products,
            tools=tools,
        )
        return render(request, "surveys/survey_form.html", {**context, "form": form})

    thanks = redirect("surveys:survey_thanks", slug=survey.slug)
    thanks.status_code = 303
    client = client_key(request, "surveys")
    if honeypot.is_spam(request.POST):
        # Honeypot filled: a robot. Pretend all went well, store nothing.
        honeypot.log_hit("surveys")
        services.submission_count(client_key=client)
        return thanks
    nonce = services.read_submission_token(survey=survey, value=request.POST.get("token", ""))
    if nonce and services.token_already_used(nonce=nonce):
        # Refresh, double click, back-and-resubmit: already counted once.
        logger.info("survey submission refused: token already used (survey=%s)", survey.pk)
        return thanks
    if not preview and not services.submission_allowed(client_key=client):
        return render(request, "surveys/rate_limited.html", context, status=429)

    form = SurveyForm(data=request.POST, survey=survey, questions=questions, products=products, tools=tools)
    if form.is_valid():
        if preview:
            messages.success(request, "Aperçu : ces réponses sont valides. Rien n'a été enregistré.")
            return redirect(survey.get_absolute_url())
        services.submit_response(survey=survey, nonce=form.nonce, answers=form.answers())
        services.submission_count(client_key=client)
        return thanks
    if form.has_error("token"):
        logger.info("survey submission refused: forged, altered or expired token (survey=%s)", survey.pk)
        form.data = form.data.copy()
        form.data["token"] = services.make_submission_token(survey=survey)
    return render(request, "surveys/survey_form.html", {**context, "form": form})


@require_GET
def survey_thanks(request, slug):
    survey = get_object_or_404(Survey, slug=slug)
    if survey.status == Survey.Status.DRAFT and not can_preview(request.user):
        raise Http404
    restitution = Restitution.objects.filter(survey=survey, is_published=True).first()
    return render(request, "surveys/thanks.html", {"survey": survey, "nav": "surveys", "restitution": restitution})


def _results_context(request, slug):
    survey = get_object_or_404(Survey, slug=slug)
    questions = survey_questions(survey)
    result_filter = parse_filter(request.GET.getlist("filtre"), questions)
    search = request.GET.get("q", "").strip()[:SEARCH_MAX]
    return survey, questions, result_filter, search


@require_GET
@results_required
def survey_results(request, slug):
    survey, questions, result_filter, search = _results_context(request, slug)
    asked = [value for value in request.GET.getlist("filtre") if value]
    if asked and result_filter is None:
        messages.warning(request, "Ce filtre ne correspond à aucun choix de cette enquête : résultats sans filtre.")
    elif result_filter and len(result_filter.conditions) < len(set(asked)):
        messages.warning(
            request, "Une partie du filtre ne correspond à aucun choix de cette enquête : elle est ignorée."
        )
    results = cached_results(survey=survey, questions=questions, result_filter=result_filter, search=search)
    return render(
        request,
        "surveys/results.html",
        {
            "nav": "surveys",
            "survey": survey,
            "results": results,
            "result_filter": result_filter,
            "filter_groups": filter_choices(questions),
            "small": SMALL_CELL,
            "search": search,
            "availability": survey.availability(),
        },
    )


@require_GET
@results_required
def text_answer_list(request, slug, question_id):
    survey, questions, result_filter, search = _results_context(request, slug)
    question = next((q for q in questions if q.pk == question_id and q.is_text), None)
    if question is None:
        raise Http404
    page = Paginator(text_answers(question=question, result_filter=result_filter, search=search), 50).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "surveys/text_answers.html",
        {
            "nav": "surveys",
            "survey": survey,
            "question": question,
            "page_obj": page,
            "result_filter": result_filter,
            "search": search,
            "themes": list(Theme.objects.order_by("name", "pk").only("pk", "name")),
        },
    )


def _filtered_ids(result_filter):
    if result_filter is None:
        return None
    return result_filter.response_ids()


@require_GET
@results_required
def export_csv(request, slug):
    survey, _questions, result_filter, _search = _results_context(request, slug)
    return csv_response(survey, response_ids=_filtered_ids(result_filter))


@require_GET
@results_required
def export_json(request, slug):
    survey, _questions, result_filter, _search = _results_context(request, slug)
    response = StreamingHttpResponse(
        stream_json(survey, response_ids=_filtered_ids(result_filter)), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = content_disposition(f"{survey.slug}-reponses.json")
    return response

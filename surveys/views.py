"""Pages of the field survey: answering (public, anonymous), results and exports (coordinators)."""

import logging
from datetime import timedelta
from functools import wraps

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core import honeypot
from core.clientip import client_key
from core.exports import content_disposition
from core.perms import coordinator_required
from surveys import services
from surveys.exports import csv_response, stream_json
from surveys.forms import SEARCH_BUTTON, SurveyForm, WorkshopLinkForm
from surveys.models import Restitution, Survey, Theme, WorkshopLink
from surveys.perms import can_preview, can_read_results, results_required
from surveys.selectors import (
    SMALL_CELL,
    cached_results,
    filter_choices,
    parse_filter,
    picker_search,
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


class _FlagCsrfFailure(CsrfViewMiddleware):
    """The CSRF check of the survey form: a failure is flagged on the request instead of refused."""

    def _reject(self, request, reason):
        request.survey_csrf_failure = reason
        return None


def csrf_keeping_answers(view):
    """CSRF protection whose failure (cookie expired or removed) re-renders the survey form with every
    answer kept and a French message, instead of the portal's generic "Formulaire expiré" page."""

    @csrf_exempt
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        request.survey_csrf_failure = None
        _FlagCsrfFailure(lambda _request: None).process_view(request, view, args, kwargs)
        return view(request, *args, **kwargs)

    return wrapped


SESSION_EXPIRED_MESSAGE = (
    "Votre page était restée ouverte longtemps et sa sécurité a expiré : rien n'a encore été enregistré. "
    "Vos réponses sont toujours là ; vérifiez-les et envoyez de nouveau."
)


@require_http_methods(["GET", "POST"])
@csrf_keeping_answers
def survey_detail(request, slug, workshop_token=None):
    """The questionnaire (public, anonymous); through a workshop link, outside the per-client limit."""
    survey = get_object_or_404(Survey, slug=slug)
    availability = survey.availability()
    is_open = availability == Survey.Availability.OPEN
    preview = not is_open and can_preview(request.user)
    if not is_open and not preview:
        # A post to a closed survey stores nothing and says why, in French.
        return _unavailable(request, survey, availability, status=403 if request.method == "POST" else 200)
    link = None
    if workshop_token is not None:
        try:
            link = services.workshop_link_read(survey=survey, token=workshop_token)
        except services.WorkshopLinkRefused as refusal:
            return _workshop_refused(request, survey, refusal)

    questions = survey_questions(survey)
    context = {"survey": survey, "preview": preview, "availability": availability, "nav": "surveys", "link": link}
    form_kwargs = {"survey": survey, "questions": questions, "search_url": reverse("surveys:tools_search")}
    if request.method == "GET":
        form = SurveyForm(initial={"token": services.make_submission_token(survey=survey)}, **form_kwargs)
        return render(request, "surveys/survey_form.html", {**context, "form": form})

    if request.survey_csrf_failure or request.POST.get(SEARCH_BUTTON):
        # A search in the tools picker (without JavaScript), or an expired security cookie: the same
        # page again with every answer kept, nothing checked, nothing stored.
        form = SurveyForm(data=request.POST, **form_kwargs)
        form.keep_answers_without_checking()
        if request.survey_csrf_failure:
            logger.info("survey form re-rendered after a CSRF failure (survey=%s)", survey.pk)
            context["kept_message"] = SESSION_EXPIRED_MESSAGE
        else:
            context["searched"] = request.POST.get(SEARCH_BUTTON)
        # 403 on a CSRF failure (the request was refused), with the form and the answers in the page.
        status = 403 if request.survey_csrf_failure else 200
        return render(request, "surveys/survey_form.html", {**context, "form": form}, status=status)

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
    if not preview and link is None and not services.submission_allowed(client_key=client):
        return render(request, "surveys/rate_limited.html", context, status=429)

    form = SurveyForm(data=request.POST, **form_kwargs)
    if form.is_valid():
        if preview:
            messages.success(request, "Aperçu : ces réponses sont valides. Rien n'a été enregistré.")
            return redirect(survey.get_absolute_url())
        try:
            services.submit_response(survey=survey, nonce=form.nonce, answers=form.answers(), workshop_link=link)
        except services.WorkshopLinkRefused as refusal:
            return _workshop_refused(request, survey, refusal)
        if link is None:
            services.submission_count(client_key=client)
        return thanks
    if form.has_error("token"):
        logger.info("survey submission refused: forged, altered or expired token (survey=%s)", survey.pk)
        form.data = form.data.copy()
        form.data["token"] = services.make_submission_token(survey=survey)
    return render(request, "surveys/survey_form.html", {**context, "form": form})


def _workshop_refused(request, survey, refusal):
    status = {"unknown": 404, "full": 403}.get(refusal.state, 410 if refusal.state in ("ended", "revoked") else 403)
    logger.info("workshop link refused: %s (survey=%s)", refusal.state, survey.pk)
    return render(
        request,
        "surveys/workshop_refused.html",
        {"nav": "surveys", "survey": survey, "message": refusal.message, "state": refusal.state},
        status=status,
    )


@require_GET
def tools_search(request):
    """The tools picker's search as JSON, for static/js/picker.js (public: catalogue data only)."""
    items, search = picker_search(request.GET.get("q", "")[:200])
    return JsonResponse(
        {
            "valeurs": [item.value for item in items],
            "elements": [{"valeur": item.value, "libelle": item.label, "detail": item.detail} for item in items],
            "suggestion": search.suggestion if search else "",
        }
    )


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


@require_http_methods(["GET", "POST"])
@coordinator_required
def workshop_links(request, slug):
    """Coordinators: create, list and revoke the workshop links of a survey."""
    survey = get_object_or_404(Survey, slug=slug)
    if request.method == "POST":
        form = WorkshopLinkForm(request.POST)
        if form.is_valid():
            link = services.workshop_link_create(survey=survey, **form.cleaned_data)
            messages.success(request, f"Lien d'atelier « {link.label} » créé : donnez-le aux participants.")
            return redirect("surveys:workshop_links", slug=survey.slug)
    else:
        now = timezone.localtime().replace(second=0, microsecond=0)
        form = WorkshopLinkForm(initial={"starts_at": now, "ends_at": now + timedelta(hours=3), "quota": 30})
    links = list(survey.workshop_links.ordered())
    for link in links:
        link.full_url = request.build_absolute_uri(link.get_absolute_url())
    return render(
        request,
        "surveys/workshop_links.html",
        {"nav": "surveys", "survey": survey, "form": form, "links": links, "availability": survey.availability()},
    )


@require_POST
@coordinator_required
def workshop_link_revoke(request, slug, pk):
    link = get_object_or_404(WorkshopLink, survey__slug=slug, pk=pk)
    services.workshop_link_revoke(link=link)
    messages.success(request, f"Le lien « {link.label} » est retiré : il ne permet plus de répondre.")
    return redirect("surveys:workshop_links", slug=slug)

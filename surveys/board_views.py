"""From answers to the programme: the needs board, pinned quotes, the "Autre" curation queue and the
restitution page (public once published)."""

from urllib.parse import urlencode

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core import slots
from core.perms import coordinator_required
from surveys import board, services
from surveys.manage_forms import RestitutionForm
from surveys.models import Answer, PinnedQuote, Question, Restitution, Survey, Theme
from surveys.selectors import compute_results, survey_questions
from tools_catalog.models import ProprietaryProduct, Tool


def _survey(slug):
    return get_object_or_404(Survey, slug=slug)


@coordinator_required
@require_GET
def needs_board(request, slug):
    """Per theme: respondents, split by one segment question (?segment=<id>), "Autre" texts, quotes, supply."""
    survey = _survey(slug)
    questions = survey_questions(survey)
    segment = board.segment_question(questions, request.GET.get("segment"))
    if request.GET.get("segment") and segment is None:
        messages.warning(
            request, "Cette question ne peut pas servir à répartir les réponses : tableau sans répartition."
        )
    data = board.needs_board(request=request, survey=survey, questions=questions, segment=segment)
    for theme in data["themes"]:
        if data["module_create_url"]:
            params = {
                "titre": theme["name"],
                "origine": f"Proposée suite à l'enquête « {survey.title} » (n = {data['total']})",
            }
            if theme["need_slug"]:
                params["besoin"] = theme["need_slug"]
            theme["create_url"] = f"{data['module_create_url']}?{urlencode(params)}"
        else:
            theme["create_url"] = ""
    return render(
        request,
        "surveys/manage/needs_board.html",
        {
            "nav": "surveys",
            "survey": survey,
            "board": data,
            "segment": segment,
            "segment_options": [q for q in questions if q.is_choice],
            "themes_all": Theme.objects.order_by("name", "pk"),
            "small": board.SMALL_CELL,
        },
    )


@coordinator_required
@require_POST
def quote_action(request, slug):
    """Pin an answer on a theme, mark a pinned quote as checked, or unpin it."""
    survey = _survey(slug)
    back = request.POST.get("retour") == "textes" and request.POST.get("question")
    action = request.POST.get("action", "")
    try:
        if action == "epingler":
            theme = Theme.objects.filter(pk=_int(request.POST.get("theme"))).first()
            answer = (
                Answer.objects.select_related("response")
                .filter(pk=_int(request.POST.get("reponse")), response__survey=survey)
                .first()
            )
            if theme is None or answer is None:
                raise services.BuildRefused("Choisissez un thème et une réponse de cette enquête.")
            services.quote_pin(survey=survey, theme=theme, answer=answer)
            messages.success(request, f"Citation épinglée sur « {theme.name} ». Relisez-la avant de la publier.")
        else:
            quote = get_object_or_404(PinnedQuote, pk=_int(request.POST.get("citation")), survey=survey)
            if action == "relue":
                services.quote_set_checked(quote=quote, checked=request.POST.get("valeur") == "1")
                messages.success(request, "La citation est mise à jour.")
            elif action == "retirer":
                services.quote_unpin(quote=quote)
                messages.success(request, "La citation n'est plus épinglée.")
            else:
                raise services.BuildRefused("Action inconnue.")
    except services.BuildRefused as error:
        messages.error(request, error.message)
    if back and str(back).isdigit():
        return redirect(reverse("surveys:text_answers", args=[survey.slug, int(back)]))
    return redirect(reverse("surveys:needs_board", args=[survey.slug]) + "#citations")


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@coordinator_required
@require_http_methods(["GET", "POST"])
def others(request, slug):
    """The "Autre" texts given to the tools question: map each to a catalogue product or tool, or create
    a product (name only) for it. Mappings count for past and future answers."""
    survey = _survey(slug)
    question = Question.objects.filter(survey=survey, kind=Question.Kind.TOOLS).order_by("position", "pk").first()
    if request.method == "POST":
        if question is None:
            raise Http404
        text = request.POST.get("texte", "")[:2000]
        target = request.POST.get("cible", "")
        product = tool = None
        try:
            if request.POST.get("nouveau_produit", "").strip():
                product = services.product_create_for_other(
                    name=request.POST["nouveau_produit"],
                    vendor=request.POST.get("editeur", ""),
                    business_model=request.POST.get("modele", ""),
                )
            elif target.startswith("produit:"):
                product = ProprietaryProduct.objects.filter(pk=_int(target[8:])).first()
            elif target.startswith("outil:"):
                tool = Tool.objects.filter(pk=_int(target[6:])).first()
            services.other_mapping_save(question=question, text=text, product=product, tool=tool)
        except services.BuildRefused as error:
            messages.error(request, error.message)
        else:
            messages.success(request, f"« {text[:80]} » est rattaché à « {product or tool} ».")
        return redirect(reverse("surveys:others", args=[survey.slug]))
    queue = board.others_queue(question=question) if question else []
    products = ProprietaryProduct.objects.order_by("name").only("pk", "name")
    tools = Tool.objects.order_by("name").only("pk", "name")
    return render(
        request,
        "surveys/manage/others.html",
        {
            "nav": "surveys",
            "survey": survey,
            "question": question,
            "queue": queue,
            "products": products,
            "tools": tools,
            "business_models": ProprietaryProduct.BusinessModel.choices,
        },
    )


def _aggregate_questions(questions):
    return [q for q in questions if q.kind in services.RESTITUTION_KINDS]


@coordinator_required
@require_http_methods(["GET", "POST"])
def restitution_edit(request, slug):
    survey = _survey(slug)
    questions = survey_questions(survey)
    restitution = Restitution.objects.filter(survey=survey).first()
    initial = {}
    if restitution:
        initial = {
            "introduction": restitution.introduction,
            "questions": list(restitution.questions.values_list("pk", flat=True)),
            "show_quotes": restitution.show_quotes,
            "next_survey_on": restitution.next_survey_on,
            "is_published": restitution.is_published,
        }
    choices = [(q.pk, q.text) for q in _aggregate_questions(questions)]
    form = RestitutionForm(request.POST or None, initial=initial, questions=choices)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            by_id = {q.pk: q for q in questions}
            try:
                services.restitution_save(
                    survey=survey,
                    introduction=form.cleaned_data["introduction"],
                    questions=[by_id[pk] for pk in form.cleaned_data["questions"]],
                    show_quotes=form.cleaned_data["show_quotes"],
                    next_survey_on=form.cleaned_data["next_survey_on"],
                    is_published=form.cleaned_data["is_published"],
                )
            except services.BuildRefused as error:
                for field, errors in error.errors.items():
                    for message in errors:
                        form.add_error(field if field in form.fields else None, message)
            else:
                messages.success(request, "La restitution est enregistrée.")
                return redirect(reverse("surveys:restitution_edit", args=[survey.slug]))
        status = 400
    return render(
        request,
        "surveys/manage/restitution_form.html",
        {"nav": "surveys", "survey": survey, "form": form, "restitution": restitution},
        status=status,
    )


def _restitution_context(request, survey, restitution):
    questions = survey_questions(survey)
    shown_ids = set(restitution.questions.values_list("pk", flat=True))
    shown = [q for q in questions if q.pk in shown_ids and q.kind in services.RESTITUTION_KINDS]
    results = compute_results(survey=survey, questions=shown) if shown else {"total": 0, "questions": []}
    for item in results["questions"]:
        for row in item.get("choices", []) + item.get("distribution", []):
            row["hidden"] = 0 < row["count"] < board.SMALL_CELL
        item.pop("other", None)
        item.pop("texts", None)
    quotes = []
    if restitution.show_quotes:
        quotes = list(
            PinnedQuote.objects.filter(survey=survey, checked=True)
            .select_related("answer", "theme")
            .order_by("theme__name", "created_at")
        )
    need_ids = sorted(
        set(
            Theme.objects.filter(choices__question__survey=survey, need__isnull=False)
            .values_list("need_id", flat=True)
            .distinct()
        )
    )
    supply = {}
    for block in slots.collect("survey_needs", request, {"needs": need_ids}):
        supply = block
    modules, sessions, seen_modules, seen_sessions = [], [], set(), set()
    for need_id in need_ids:
        for module in supply.get("modules", {}).get(need_id, []):
            if module["url"] not in seen_modules:
                seen_modules.add(module["url"])
                modules.append(module)
        for session in supply.get("sessions", {}).get(need_id, []):
            if session["url"] not in seen_sessions:
                seen_sessions.add(session["url"])
                sessions.append(session)
    sessions.sort(key=lambda s: s["start"])
    return {
        "nav": "surveys",
        "survey": survey,
        "restitution": restitution,
        "results": results,
        "quotes": quotes,
        "modules": modules,
        "sessions": sessions,
        "small": board.SMALL_CELL,
    }


@require_GET
def restitution(request, slug):
    """Public once published: "Ce que vous nous avez dit, ce que nous en faisons" (coordinators may preview)."""
    survey = _survey(slug)
    restitution = Restitution.objects.filter(survey=survey).first()
    is_coordinator_preview = request.user.is_authenticated and request.user.has_perm("surveys.change_survey")
    if restitution is None or (not restitution.is_published and not is_coordinator_preview):
        raise Http404
    return render(request, "surveys/restitution.html", _restitution_context(request, survey, restitution))

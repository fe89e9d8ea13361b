"""Coordinators' pages of the surveys app: build a survey (sections, questions and choices on one page,
buttons that work without JavaScript), its settings with an optimistic lock, history, preview, themes."""

from auditlog.models import LogEntry
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.history import history_page, history_row
from core.perms import coordinator_required
from surveys import services
from surveys.forms import SEARCH_BUTTON, SurveyForm
from surveys.manage_forms import ChoiceForm, QuestionForm, SectionForm, SurveyEditForm, ThemeForm
from surveys.models import LOCKED_EXPLANATION, Choice, Question, Response, Section, Survey, Theme
from surveys.selectors import survey_questions
from tools_catalog.models import Need

MOVES = {"monter": -1, "descendre": 1}


def _survey(slug):
    return get_object_or_404(Survey, slug=slug)


def _builder_url(survey, anchor=""):
    url = reverse("surveys:builder", args=[survey.slug])
    return f"{url}#{anchor}" if anchor else url


def _builder_context(survey, bound=None, conflict=None):
    """Everything the builder page shows, in a fixed number of queries; `bound` replaces one form
    (("question", id) / ("choice", id) / ("new_question", None)…) by the refused one, input kept;
    `conflict` ({"key": …, "rows": […]}) is the other person's saved values after a stale save (409)."""
    bound = bound or {}
    conflict = conflict or {}

    def conflict_rows(key):
        return conflict["rows"] if conflict.get("key") == key else None

    sections = list(survey.sections.order_by("position", "pk"))
    questions = list(
        Question.objects.filter(survey=survey).select_related("section", "show_if_choice").order_by("position", "pk")
    )
    choices = list(Choice.objects.filter(question__survey=survey).prefetch_related("themes").order_by("position", "pk"))
    themes = list(Theme.objects.order_by("name", "pk"))
    response_count = Response.objects.filter(survey=survey).count()
    theme_choices = [(t.pk, t.name) for t in themes]
    section_choices = [(s.pk, s.title) for s in sections]
    by_question = {}
    for choice in choices:
        by_question.setdefault(choice.question_id, []).append(choice)
    conditions = []
    items = []
    for index, question in enumerate(questions):
        own_choices = by_question.get(question.pk, [])
        form = bound.get(("question", question.pk)) or QuestionForm(
            prefix=f"q{question.pk}",
            sections=section_choices,
            conditions=list(conditions),
            initial={
                "text": question.text,
                "help_text": question.help_text,
                "kind": question.kind,
                "section": question.section_id,
                "required": question.required,
                "has_other": question.has_other,
                "scale_min_label": question.scale_min_label,
                "scale_max_label": question.scale_max_label,
                "min_value": question.min_value,
                "max_value": question.max_value,
                "show_if_choice": question.show_if_choice_id,
                "version": question.version,
            },
        )
        choice_items = [
            {
                "choice": choice,
                "first": i == 0,
                "last": i == len(own_choices) - 1,
                "form": bound.get(("choice", choice.pk))
                or ChoiceForm(
                    prefix=f"c{choice.pk}",
                    themes=theme_choices,
                    initial={
                        "label": choice.label,
                        "themes": [t.pk for t in choice.themes.all()],
                        "version": choice.version,
                    },
                ),
                "conflict": conflict_rows(("choice", choice.pk)),
            }
            for i, choice in enumerate(own_choices)
        ]
        items.append(
            {
                "question": question,
                "number": index + 1,
                "first": index == 0,
                "last": index == len(questions) - 1,
                "form": form,
                "conflict": conflict_rows(("question", question.pk)),
                "choices": choice_items,
                "new_choice": bound.get(("new_choice", question.pk))
                or ChoiceForm(prefix=f"nc{question.pk}", themes=theme_choices, versioned=False),
            }
        )
        if question.is_choice:
            conditions += [(c.pk, f"{question.text} → {c.label}") for c in own_choices]
    section_items = [
        {
            "section": section,
            "first": i == 0,
            "last": i == len(sections) - 1,
            "form": bound.get(("section", section.pk))
            or SectionForm(
                prefix=f"s{section.pk}",
                initial={"title": section.title, "description": section.description, "version": section.version},
            ),
            "conflict": conflict_rows(("section", section.pk)),
        }
        for i, section in enumerate(sections)
    ]
    locked = (
        LOCKED_EXPLANATION.format(count=response_count, what="supprimer une question ou un choix, ou changer un type")
        if response_count
        else ""
    )
    return {
        "nav": "surveys",
        "survey": survey,
        "items": items,
        "sections": section_items,
        "response_count": response_count,
        "locked": locked,
        "has_themes": bool(themes),
        "new_section": bound.get(("new_section", None)) or SectionForm(prefix="ns", versioned=False),
        "new_question": bound.get(("new_question", None))
        or QuestionForm(prefix="nq", sections=section_choices, conditions=conditions, versioned=False),
        "error_form": next(iter(bound.values()), None),
    }


def _render_builder(request, survey, bound=None, status=200, conflict=None):
    return render(request, "surveys/manage/builder.html", _builder_context(survey, bound, conflict), status=status)


@coordinator_required
@require_GET
def builder(request, slug):
    """The survey builder: sections, questions and choices on one page."""
    return _render_builder(request, _survey(slug))


def _refused(request, survey, error, bound, key):
    form = bound[key]
    for field, errors in error.errors.items():
        for message in errors:
            form.add_error(field if field in form.fields else None, message)
    if not error.errors:
        form.add_error(None, error.message)
    return _render_builder(request, survey, bound, status=400)


def _shown(form, name, value):
    """A readable value for the conflict table (choices, booleans, related rows, lists of themes)."""
    if hasattr(value, "all"):
        value = list(value.all())
    if value in (None, "", []):
        return "—"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, (list, tuple)):
        return ", ".join(sorted(str(item) for item in value))
    if isinstance(value, str) and getattr(form.fields[name], "choices", None):
        return str(dict(form.fields[name].choices).get(value, value))
    return str(value)


def _conflict_rows(form, mine, current):
    """Fields whose saved value (by the other coordinator) differs from what this coordinator typed."""
    rows = []
    for name, value in mine.items():
        ours, theirs = _shown(form, name, value), _shown(form, name, getattr(current, name))
        if ours != theirs:
            rows.append({"label": form.fields[name].label, "theirs": theirs, "mine": ours})
    return rows


def _stale(request, survey, key, form, form_kwargs, mine, current):
    """409: nothing was written. The form keeps this coordinator's input but now carries the saved
    version (saving again replaces it knowingly); the other person's values are listed next to it."""
    rows = _conflict_rows(form, mine, current)
    form_class = type(form)
    data = request.POST.copy()
    data[f"{form_kwargs['prefix']}-version"] = str(current.version)
    form = form_class(data, **form_kwargs)
    form.is_valid()
    return _render_builder(request, survey, {key: form}, status=409, conflict={"key": key, "rows": rows})


def _section_maps(survey):
    sections = {s.pk: s for s in survey.sections.all()}
    choices = {c.pk: c for c in Choice.objects.filter(question__survey=survey).select_related("question")}
    return sections, choices


def _question_form(request, survey, prefix, question=None, versioned=True):
    sections, choices = _section_maps(survey)
    previous = [
        c
        for c in choices.values()
        if c.question.is_choice
        and (question is None or (c.question.position, c.question.pk) < (question.position, question.pk))
    ]
    previous.sort(key=lambda c: (c.question.position, c.question.pk, c.position, c.pk))
    form = QuestionForm(
        request.POST,
        prefix=prefix,
        sections=[(s.pk, s.title) for s in sections.values()],
        conditions=[(c.pk, f"{c.question.text} → {c.label}") for c in previous],
        versioned=versioned,
    )
    return form, sections, choices


@coordinator_required
@require_POST
def section_add(request, slug):
    survey = _survey(slug)
    form = SectionForm(request.POST, prefix="ns", versioned=False)
    if not form.is_valid():
        return _render_builder(request, survey, {("new_section", None): form}, status=400)
    try:
        section = services.section_create(survey=survey, **form.cleaned_data)
    except services.BuildRefused as error:
        return _refused(request, survey, error, {("new_section", None): form}, ("new_section", None))
    messages.success(request, f"La partie « {section.title} » est ajoutée.")
    return redirect(_builder_url(survey, f"partie-{section.pk}"))


@coordinator_required
@require_POST
def section_action(request, slug, pk):
    survey = _survey(slug)
    section = get_object_or_404(Section, pk=pk, survey=survey)
    action = request.POST.get("action", "")
    if action in MOVES:
        services.section_move(section=section, direction=MOVES[action])
        return redirect(_builder_url(survey, f"partie-{section.pk}"))
    if action == "supprimer":
        services.section_delete(section=section)
        messages.success(request, f"La partie « {section.title} » est supprimée ; ses questions sont conservées.")
        return redirect(_builder_url(survey))
    key = ("section", section.pk)
    form = SectionForm(request.POST, prefix=f"s{section.pk}")
    if not form.is_valid():
        return _render_builder(request, survey, {key: form}, status=400)
    try:
        services.section_update(section=section, **form.cleaned_data)
    except services.StaleVersionError as stale:
        mine = {"title": form.cleaned_data["title"], "description": form.cleaned_data["description"]}
        return _stale(request, survey, key, form, {"prefix": form.prefix}, mine, stale.current)
    except services.BuildRefused as error:
        return _refused(request, survey, error, {key: form}, key)
    messages.success(request, "La partie est enregistrée.")
    return redirect(_builder_url(survey, f"partie-{section.pk}"))


@coordinator_required
@require_POST
def question_add(request, slug):
    survey = _survey(slug)
    form, sections, choices = _question_form(request, survey, "nq", versioned=False)
    key = ("new_question", None)
    if not form.is_valid():
        return _render_builder(request, survey, {key: form}, status=400)
    try:
        question = services.question_create(
            survey=survey, data=form.question_data(sections_by_id=sections, choices_by_id=choices)
        )
    except services.BuildRefused as error:
        return _refused(request, survey, error, {key: form}, key)
    messages.success(request, f"La question « {question.text} » est ajoutée.")
    return redirect(_builder_url(survey, f"question-{question.pk}"))


@coordinator_required
@require_POST
def question_action(request, slug, pk):
    survey = _survey(slug)
    question = get_object_or_404(Question, pk=pk, survey=survey)
    action = request.POST.get("action", "")
    anchor = f"question-{question.pk}"
    if action in MOVES:
        try:
            services.question_move(question=question, direction=MOVES[action])
        except services.BuildRefused as error:
            messages.error(request, error.message)
        return redirect(_builder_url(survey, anchor))
    if action == "supprimer":
        try:
            services.question_delete(question=question)
        except services.BuildRefused as error:
            messages.error(request, error.message)
            return redirect(_builder_url(survey, anchor))
        messages.success(request, f"La question « {question.text} » est supprimée.")
        return redirect(_builder_url(survey))
    form, sections, choices = _question_form(request, survey, f"q{question.pk}", question)
    key = ("question", question.pk)
    if not form.is_valid():
        return _render_builder(request, survey, {key: form}, status=400)
    data = form.question_data(sections_by_id=sections, choices_by_id=choices)
    try:
        services.question_update(question=question, data=data, version=form.cleaned_data["version"])
    except services.StaleVersionError as stale:
        kwargs = {"prefix": form.prefix, "sections": form.fields["section"].choices[1:]}
        kwargs["conditions"] = form.fields["show_if_choice"].choices[1:]
        return _stale(request, survey, key, form, kwargs, data, stale.current)
    except services.BuildRefused as error:
        return _refused(request, survey, error, {key: form}, key)
    messages.success(request, "La question est enregistrée.")
    return redirect(_builder_url(survey, anchor))


def _theme_ids(form):
    return list(Theme.objects.filter(pk__in=form.cleaned_data["themes"]))


@coordinator_required
@require_POST
def choice_add(request, slug, pk):
    survey = _survey(slug)
    question = get_object_or_404(Question, pk=pk, survey=survey)
    themes = [(t.pk, t.name) for t in Theme.objects.all()]
    form = ChoiceForm(request.POST, prefix=f"nc{question.pk}", themes=themes, versioned=False)
    key = ("new_choice", question.pk)
    if not form.is_valid():
        return _render_builder(request, survey, {key: form}, status=400)
    try:
        services.choice_create(question=question, label=form.cleaned_data["label"], themes=_theme_ids(form))
    except services.BuildRefused as error:
        return _refused(request, survey, error, {key: form}, key)
    messages.success(request, f"Le choix « {form.cleaned_data['label']} » est ajouté.")
    return redirect(_builder_url(survey, f"question-{question.pk}"))


@coordinator_required
@require_POST
def choice_action(request, slug, pk):
    survey = _survey(slug)
    choice = get_object_or_404(Choice.objects.select_related("question"), pk=pk, question__survey=survey)
    action = request.POST.get("action", "")
    anchor = f"choix-{choice.pk}"
    if action in MOVES:
        services.choice_move(choice=choice, direction=MOVES[action])
        return redirect(_builder_url(survey, anchor))
    if action == "supprimer":
        try:
            services.choice_delete(choice=choice)
        except services.BuildRefused as error:
            messages.error(request, error.message)
            return redirect(_builder_url(survey, anchor))
        messages.success(request, f"Le choix « {choice.label} » est supprimé.")
        return redirect(_builder_url(survey, f"question-{choice.question_id}"))
    themes = [(t.pk, t.name) for t in Theme.objects.all()]
    form = ChoiceForm(request.POST, prefix=f"c{choice.pk}", themes=themes)
    key = ("choice", choice.pk)
    if not form.is_valid():
        return _render_builder(request, survey, {key: form}, status=400)
    chosen = _theme_ids(form)
    try:
        services.choice_update(
            choice=choice, label=form.cleaned_data["label"], themes=chosen, version=form.cleaned_data["version"]
        )
    except services.StaleVersionError as stale:
        mine = {"label": form.cleaned_data["label"], "themes": chosen}
        kwargs = {"prefix": form.prefix, "themes": themes}
        return _stale(request, survey, key, form, kwargs, mine, stale.current)
    except services.BuildRefused as error:
        return _refused(request, survey, error, {key: form}, key)
    messages.success(request, "Le choix est enregistré.")
    return redirect(_builder_url(survey, anchor))


def _integer(value):
    try:
        return int(str(value).strip(), 10)
    except ValueError:
        return None


def _reorder_target(survey, element, pk):
    """(anchor, service call) for the item to move; 404 for an item of another survey."""
    if element == "partie":
        section = get_object_or_404(Section, pk=pk, survey=survey)
        return f"partie-{section.pk}", lambda position: services.section_move_to(section=section, position=position)
    if element == "question":
        question = get_object_or_404(Question, pk=pk, survey=survey)
        return f"question-{question.pk}", lambda position: services.question_move_to(
            question=question, position=position
        )
    if element == "choix":
        choice = get_object_or_404(Choice, pk=pk, question__survey=survey)
        return f"choix-{choice.pk}", lambda position: services.choice_move_to(choice=choice, position=position)
    return None, None


@coordinator_required
@require_POST
def reorder(request, slug):
    """Drag and drop (builder.js): put a section, question or choice at a given place (0 = first) among its
    siblings. Answers JSON to `Accept: application/json`, otherwise redirects to the builder."""
    survey = _survey(slug)
    wants_json = "application/json" in request.headers.get("Accept", "")
    pk, position = _integer(request.POST.get("id")), _integer(request.POST.get("position"))
    anchor, move = _reorder_target(survey, request.POST.get("element", ""), pk) if pk else (None, None)
    error = ""
    if move is None:
        error = "Élément à déplacer inconnu."
    elif position is None:
        error = "Position invalide : indiquez un nombre entier."
    else:
        try:
            move(position)
        except services.BuildRefused as refused:
            error = refused.message
    if wants_json:
        return JsonResponse({"ok": not error, "message": error or "Ordre enregistré."}, status=400 if error else 200)
    if error:
        messages.error(request, error)
    return redirect(_builder_url(survey, anchor or ""))


@coordinator_required
@require_http_methods(["GET", "POST"])
def survey_create(request):
    form = SurveyEditForm(request.POST or None, initial={"status": Survey.Status.DRAFT})
    if request.method == "POST" and form.is_valid():
        try:
            survey = services.survey_create(data=form.survey_data())
        except services.BuildRefused as error:
            for field, errors in error.errors.items():
                for message in errors:
                    form.add_error(field if field in form.fields else None, message)
        else:
            messages.success(request, f"L'enquête « {survey.title} » est créée en brouillon : ajoutez ses questions.")
            return redirect(_builder_url(survey))
    return render(request, "surveys/manage/survey_form.html", {"nav": "surveys", "form": form, "survey": None})


def _conflicts(form, current):
    rows = []
    for name in SurveyEditForm.Meta.fields:
        if name not in form.cleaned_data:
            continue
        mine, theirs = form.cleaned_data[name], getattr(current, name)
        if mine != theirs:
            rows.append({"label": form.fields[name].label, "theirs": theirs or "—", "mine": mine or "—"})
    return rows


@coordinator_required
@require_http_methods(["GET", "POST"])
def survey_update(request, slug):
    survey = _survey(slug)
    form = SurveyEditForm(request.POST or None, instance=survey)
    context = {"nav": "surveys", "form": form, "survey": survey, "conflicts": None}
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.survey_update(survey=survey, data=form.survey_data(), version=form.cleaned_data["version"])
        except services.StaleVersionError as stale:
            current = stale.current
            conflicts = _conflicts(form, current)
            data = request.POST.copy()
            data["version"] = str(current.version)
            form = SurveyEditForm(data, instance=current)
            form.is_valid()
            context.update(form=form, survey=current, conflicts=conflicts)
            return render(request, "surveys/manage/survey_form.html", context, status=409)
        except services.BuildRefused as error:
            for field, errors in error.errors.items():
                for message in errors:
                    form.add_error(field if field in form.fields else None, message)
        else:
            messages.success(request, "L'enquête est enregistrée.")
            return redirect(_builder_url(saved))
    return render(request, "surveys/manage/survey_form.html", context)


@coordinator_required
@require_GET
def survey_history(request, slug):
    """Who changed the survey, its sections, questions and choices, and when (never the answers)."""
    survey = _survey(slug)
    types = ContentType.objects.get_for_models(Survey, Section, Question, Choice)
    models_by_type = {ct.pk: model for model, ct in types.items()}
    question_ids = [str(pk) for pk in survey.questions.values_list("pk", flat=True)]
    section_ids = [str(pk) for pk in survey.sections.values_list("pk", flat=True)]
    choice_ids = [str(pk) for pk in Choice.objects.filter(question__survey=survey).values_list("pk", flat=True)]
    entries = (
        LogEntry.objects.filter(
            Q(content_type=types[Survey], object_pk=str(survey.pk))
            | Q(content_type=types[Section], object_pk__in=section_ids)
            | Q(content_type=types[Question], object_pk__in=question_ids)
            | Q(content_type=types[Choice], object_pk__in=choice_ids)
        )
        .select_related("actor")
        .order_by("-timestamp", "-pk")
    )
    page_obj = history_page(entries, request.GET.get("page"))
    rows = []
    for entry in page_obj.object_list:
        model = models_by_type[entry.content_type_id]
        row = history_row(entry, model)
        row["what"] = f"{model._meta.verbose_name.capitalize()} « {entry.object_repr[:80]} »"
        rows.append(row)
    return render(
        request,
        "surveys/manage/history.html",
        {"nav": "surveys", "survey": survey, "rows": rows, "page_obj": page_obj},
    )


@coordinator_required
@require_http_methods(["GET", "POST"])
def survey_preview(request, slug):
    """The survey exactly as respondents see it (the public form), whatever its state; nothing is stored."""
    survey = _survey(slug)
    questions = survey_questions(survey)
    data = request.POST if request.method == "POST" else None
    form = SurveyForm(
        data=data,
        initial={"token": services.make_submission_token(survey=survey)},
        survey=survey,
        questions=questions,
        search_url=reverse("surveys:tools_search"),
    )
    if data is not None and data.get(SEARCH_BUTTON):  # a search in the tools picker without JavaScript
        form.keep_answers_without_checking()
    elif data is not None and form.is_valid():
        messages.success(request, "Aperçu : ces réponses sont valides. Rien n'a été enregistré.")
        return redirect("surveys:preview", slug=survey.slug)
    return render(
        request,
        "surveys/survey_form.html",
        {"nav": "surveys", "survey": survey, "form": form, "preview": True, "availability": survey.availability()},
    )


@coordinator_required
@require_http_methods(["GET", "POST"])
def theme_list(request):
    """The themes choices are tagged with: the catalogue's needs, and themes that are not tools."""
    needs = list(Need.objects.order_by("name").values_list("pk", "name"))
    form = ThemeForm(request.POST or None, needs=needs)
    if request.method == "POST":
        if request.POST.get("action") == "besoins":
            created = services.themes_from_needs(needs=Need.objects.order_by("name"))
            messages.success(request, f"{created} thème(s) créé(s) depuis les besoins du catalogue.")
            return redirect("surveys:themes")
        if form.is_valid():
            need = Need.objects.filter(pk=form.cleaned_data["need"]).first() if form.cleaned_data["need"] else None
            try:
                theme = services.theme_create(name=form.cleaned_data["name"], need=need)
            except services.BuildRefused as error:
                for field, errors in error.errors.items():
                    for message in errors:
                        form.add_error(field if field in form.fields else None, message)
            else:
                messages.success(request, f"Le thème « {theme.name} » est ajouté.")
                return redirect("surveys:themes")
    themes = Theme.objects.select_related("need").order_by("name", "pk")
    status = 400 if form.errors else 200
    return render(
        request, "surveys/manage/themes.html", {"nav": "surveys", "form": form, "themes": themes}, status=status
    )

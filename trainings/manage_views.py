"""Coordinators' pages: create, edit, duplicate and cancel sessions; registrants, attendance, exports, history."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.history import history_page, history_row
from tools_catalog.models import Need
from trainings import exports, selectors, services
from trainings.forms import AttendanceForm, CancelSessionForm, ColleagueRegistrationForm, SessionForm, TrainingForm
from trainings.models import Registration, Session, Training
from trainings.perms import (
    add_registration_required,
    add_session_required,
    add_training_required,
    change_registration_required,
    change_session_required,
    change_training_required,
    history_required,
    training_history_required,
    view_registrations_required,
)

DUPLICATE_FIELDS = [
    "training", "status", "venue_name", "address", "commune", "host", "online_url", "capacity",
]  # fmt: skip


def _session(pk):
    return get_object_or_404(Session.objects.for_display().with_places_left(), pk=pk)


@view_registrations_required
@require_GET
def dashboard(request):
    """Sessions to come, past or cancelled (`?periode=a-venir|passees|annulees`; anything else: to come)."""
    period = request.GET.get("periode")
    if period not in selectors.MANAGE_PERIODS:
        period = "a-venir"
    page_obj = Paginator(selectors.sessions_for_management(period), 50).get_page(request.GET.get("page"))
    periods = [
        {"code": code, "label": label, "url": f"?periode={code}", "current": code == period}
        for code, label in selectors.MANAGE_PERIODS.items()
    ]
    return render(
        request,
        "trainings/manage/dashboard.html",
        {
            "nav": "trainings",
            "page_obj": page_obj,
            "period": period,
            "period_label": selectors.MANAGE_PERIODS[period],
            "periods": periods,
        },
    )


@add_session_required
@require_http_methods(["GET", "POST"])
def session_create(request, source=None):
    initial = {}
    if source is not None:
        start, end = source.start + timedelta(days=7), source.end + timedelta(days=7)
        initial = {name: getattr(source, name) for name in DUPLICATE_FIELDS}
        initial.update(start=start, end=end)
        if source.status == Session.Status.CANCELLED:
            initial["status"] = Session.Status.PLANNED
    elif request.GET.get("module", "").isdigit():
        # "Créer une session de ce module", from the module's page.
        initial["training"] = int(request.GET["module"])
    form = SessionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        session = services.session_create(**form.session_values())
        messages.success(request, "La session est créée : elle apparaît dans le calendrier.")
        return redirect("trainings:session_registrations", pk=session.pk)
    return render(
        request,
        "trainings/manage/session_form.html",
        {"nav": "trainings", "form": form, "session": None, "source": source},
    )


@add_session_required
@require_http_methods(["GET", "POST"])
def session_duplicate(request, pk):
    return session_create(request, source=_session(pk))


@change_session_required
@require_http_methods(["GET", "POST"])
def session_update(request, pk):
    session = get_object_or_404(Session.objects.for_display(), pk=pk)
    if session.is_cancelled:
        messages.error(request, "Cette session est annulée : dupliquez-la pour proposer une nouvelle date.")
        return redirect("trainings:session_registrations", pk=session.pk)
    form = SessionForm(request.POST or None, instance=session)
    if request.method == "POST" and form.is_valid():
        try:
            session, notified = services.session_update(session=session, fields=form.session_values(changed_only=True))
        except services.SessionError as error:
            form.add_service_error(error)
        else:
            text = "Vos modifications sont enregistrées."
            if notified:
                text += f" {len(notified)} personne{'s' if len(notified) > 1 else ''} inscrite{'s' if len(notified) > 1 else ''} prévenue{'s' if len(notified) > 1 else ''} par courriel."
            messages.success(request, text)
            return redirect("trainings:session_registrations", pk=session.pk)
    return render(
        request,
        "trainings/manage/session_form.html",
        {"nav": "trainings", "form": form, "session": session, "source": None},
    )


@change_session_required
@require_http_methods(["GET", "POST"])
def session_cancel(request, pk):
    session = _session(pk)
    if session.is_cancelled:
        messages.info(request, "Cette session est déjà annulée.")
        return redirect("trainings:session_registrations", pk=session.pk)
    form = CancelSessionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        notified = services.session_cancel(session=session, message=form.cleaned_data["message"])
        messages.success(request, f"La session est annulée. {len(notified)} personne(s) prévenue(s) par courriel.")
        return redirect("trainings:session_registrations", pk=session.pk)
    return render(
        request, "trainings/manage/session_cancel.html", {"nav": "trainings", "form": form, "session": session}
    )


@view_registrations_required
@require_GET
def session_registrations(request, pk):
    session = _session(pk)
    return render(
        request,
        "trainings/manage/registrations.html",
        {"nav": "trainings", "session": session, "registrations": list(selectors.registrations_for_listing(session))},
    )


@add_registration_required
@require_http_methods(["GET", "POST"])
def registration_add(request, pk):
    session = _session(pk)
    form = ColleagueRegistrationForm(request.POST or None)
    problem = session.registration_problem(by_coordinator=True)
    if request.method == "POST" and form.is_valid() and not problem:
        data = {
            key: form.cleaned_data[key]
            for key in ["first_name", "last_name", "email", "organisation", "role", "consent"]
        }
        try:
            result = services.registration_create(session=session, registered_by=request.user, **data)
        except services.RegistrationError as error:
            form.add_error(None, error.message)
        else:
            if result.confirmed:
                messages.success(
                    request, f"{result.registration.full_name} est inscrit·e ; la confirmation lui est envoyée."
                )
            else:
                messages.warning(
                    request,
                    f"Session complète : {result.registration.full_name} est en liste d'attente (rang {result.rank}).",
                )
            return redirect("trainings:session_registrations", pk=session.pk)
    return render(
        request,
        "trainings/manage/registration_add.html",
        {"nav": "trainings", "session": session, "form": form, "problem": problem},
    )


@change_registration_required
@require_POST
def registration_cancel(request, pk):
    registration = get_object_or_404(Registration.objects.select_related("session"), pk=pk)
    promoted = services.registration_cancel(registration=registration)
    text = f"L'inscription de {registration.full_name} est annulée."
    if promoted:
        text += f" {promoted[0].full_name} passe de la liste d'attente aux confirmés (prévenu·e par courriel)."
    messages.success(request, text)
    return redirect("trainings:session_registrations", pk=registration.session_id)


@change_registration_required
@require_http_methods(["GET", "POST"])
def attendance(request, pk):
    session = _session(pk)
    registrations = selectors.registrations_taking_a_place(session)
    form = AttendanceForm(request.POST or None, registrations=registrations)
    if not session.attendance_open:
        return render(
            request, "trainings/manage/attendance.html", {"nav": "trainings", "session": session, "form": None}
        )
    if request.method == "POST" and form.is_valid():
        changed = services.attendance_mark(session=session, statuses=form.statuses())
        messages.success(request, f"Présences enregistrées ({changed} changement{'s' if changed > 1 else ''}).")
        return redirect("trainings:session_registrations", pk=session.pk)
    return render(request, "trainings/manage/attendance.html", {"nav": "trainings", "session": session, "form": form})


@view_registrations_required
@require_GET
def export_csv(request, pk):
    session = _session(pk)
    return exports.registrations_csv_response(session, selectors.registrations_for_listing(session))


@view_registrations_required
@require_GET
def attendance_sheet(request, pk):
    session = _session(pk)
    registrations = selectors.registrations_taking_a_place(session)
    return render(
        request,
        "trainings/manage/attendance_sheet.html",
        {"nav": "trainings", "session": session, "registrations": registrations, "blank_rows": range(3)},
    )


@history_required
@require_GET
def session_history(request, pk):
    session = _session(pk)
    entries, session_type_id = selectors.session_history(session)
    page_obj = history_page(entries, request.GET.get("page"))
    rows = []
    for entry in page_obj.object_list:
        model = Session if entry.content_type_id == session_type_id else Registration
        row = history_row(entry, model, nobody="la personne inscrite ou le système")
        row["what"] = "Session" if model is Session else f"Inscription n° {entry.object_pk}"
        rows.append(row)
    return render(
        request,
        "trainings/manage/history.html",
        {
            "nav": "trainings",
            "session": session,
            "rows": rows,
            "page_obj": page_obj,
            "back_url": reverse("trainings:session_registrations", args=[session.pk]),
        },
    )


# --- Training modules ------------------------------------------------------------------------------------------


def _display(form, name, value):
    """A value as a coordinator reads it (labels, not ids), to compare two versions of a module."""
    field = form.fields[name]
    if hasattr(value, "all"):
        value = list(value.all())
    if isinstance(value, list | tuple):
        if hasattr(field, "queryset"):
            return ", ".join(sorted(str(item) for item in value)) or "—"
        labels = dict(field.choices)
        return ", ".join(str(labels.get(item, item)) for item in value) or "—"
    choices = getattr(field, "choices", None)
    if choices and not hasattr(field, "queryset"):
        return str(dict(choices).get(value, value))
    if isinstance(value, bool):
        return "oui" if value else "non"
    return str(value) if value not in (None, "") else "—"


def _training_conflicts(form, current):
    """Fields whose saved value (by the other coordinator) differs from what this coordinator typed."""
    rows = []
    for name in form.Meta.fields:
        if name not in form.cleaned_data:
            continue
        mine, theirs = _display(form, name, form.cleaned_data[name]), _display(form, name, getattr(current, name))
        if mine != theirs:
            rows.append({"label": form.fields[name].label, "theirs": theirs, "mine": mine})
    return rows


def _prefill(query):
    """Initial values from the survey needs board's link: `?titre=…&besoin=<need slug>&origine=<text>`
    (unknown needs are ignored, texts cut to the fields' length)."""
    initial = {}
    title = " ".join((query.get("titre") or "").split())[:200]
    if title:
        initial["title"] = title
    origin = " ".join((query.get("origine") or "").split())[:300]
    if origin:
        initial["proposed_from"] = origin
    slugs = [slug for slug in query.getlist("besoin") if slug][:20]
    if slugs:
        initial["needs"] = list(Need.objects.filter(slug__in=slugs).values_list("pk", flat=True))
    return initial


@change_training_required
@require_GET
def training_manage_list(request):
    page_obj = Paginator(selectors.trainings_for_management(), 50).get_page(request.GET.get("page"))
    return render(request, "trainings/manage/training_list.html", {"nav": "trainings", "page_obj": page_obj})


@add_training_required
@require_http_methods(["GET", "POST"])
def training_create(request):
    form = TrainingForm(request.POST or None, initial=_prefill(request.GET) if request.method == "GET" else None)
    if request.method == "POST" and form.is_valid():
        try:
            training = services.training_create(data=form.training_data())
        except ValidationError as error:
            _add_model_errors(form, error)
        else:
            messages.success(request, f"Enregistré : le module « {training.title} » est créé.")
            return redirect("trainings:training_manage", slug=training.slug)
    return render(request, "trainings/manage/training_form.html", {"nav": "trainings", "form": form, "training": None})


def _add_model_errors(form, error):
    for name, errors in error.message_dict.items():
        form.add_error(name if name in form.fields else None, errors)


@change_training_required
@require_http_methods(["GET", "POST"])
def training_update(request, slug):
    training = get_object_or_404(Training, slug=slug)
    form = TrainingForm(request.POST or None, instance=training)
    context = {"nav": "trainings", "form": form, "training": training}
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.training_update(
                training=training, data=form.training_data(), version=form.cleaned_data["version"]
            )
        except services.StaleTrainingError as stale:
            current = Training.objects.prefetch_related("needs", "tools", "organisers", "speakers").get(
                pk=stale.current.pk
            )
            conflicts = _training_conflicts(form, current)
            data = request.POST.copy()
            data["version"] = str(current.version)
            form = TrainingForm(data, instance=current)
            form.is_valid()
            context.update(form=form, training=current, conflicts=conflicts)
            return render(request, "trainings/manage/training_form.html", context, status=409)
        except ValidationError as error:
            _add_model_errors(form, error)
        else:
            messages.success(request, f"Enregistré : le module « {saved.title} » est à jour.")
            return redirect("trainings:training_manage", slug=saved.slug)
    return render(request, "trainings/manage/training_form.html", context)


@change_training_required
@require_GET
def training_manage(request, slug):
    """The module's coordinators' page: its sessions and the results of its anonymous feedback."""
    training = get_object_or_404(Training, slug=slug)
    sessions = list(
        training.sessions.for_display()
        .with_places_left()
        .annotate(feedback_count=Count("feedback_responses"))
        .order_by("-start", "-pk")[:50]
    )
    return render(
        request,
        "trainings/manage/training_manage.html",
        {
            "nav": "trainings",
            "training": training,
            "sessions": sessions,
            "feedback": selectors.training_feedback(training),
        },
    )


@training_history_required
@require_GET
def training_history(request, slug):
    training = get_object_or_404(Training, slug=slug)
    page_obj = history_page(selectors.training_history(training), request.GET.get("page"))
    rows = [history_row(entry, Training) for entry in page_obj.object_list]
    return render(
        request,
        "trainings/manage/training_history.html",
        {"nav": "trainings", "training": training, "rows": rows, "page_obj": page_obj},
    )

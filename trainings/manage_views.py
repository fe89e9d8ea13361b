"""Coordinators' pages: create, edit, duplicate and cancel sessions; registrants, attendance, exports, history."""

from datetime import timedelta

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.history import history_page, history_row
from trainings import exports, selectors, services
from trainings.forms import AttendanceForm, CancelSessionForm, ColleagueRegistrationForm, SessionForm
from trainings.models import Registration, Session
from trainings.perms import (
    add_registration_required,
    add_session_required,
    change_registration_required,
    change_session_required,
    history_required,
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
    sessions = (
        Session.objects.public_upcoming(include_cancelled=True, include_hidden_modules=True)
        .for_display()
        .with_places_left()
    )
    page_obj = Paginator(sessions, 50).get_page(request.GET.get("page"))
    return render(request, "trainings/manage/dashboard.html", {"nav": "trainings", "page_obj": page_obj})


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
    if not session.has_started:
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

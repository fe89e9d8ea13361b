"""Public pages of the training calendar: lists, month grid, module and session pages, registration, feeds."""

import calendar as pycalendar
import hashlib
from datetime import date, datetime, timedelta
from itertools import groupby

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Max, Min, Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from actors.models import Actor
from trainings import ics, services
from trainings.filters import SessionFilter
from trainings.forms import RegistrationForm
from trainings.models import Registration, Session, Training
from trainings.perms import can_manage_sessions

PAGE_SIZE = 30
ARCHIVE_PAGE_SIZE = 30
MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
WEEKDAYS = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]
FEED_NAME = "Formations numérique libre et associations (Indre-et-Loire)"


def month_label(day):
    return f"{MONTHS[day.month - 1]} {day.year}"


def _visible_sessions(request):
    """Published sessions (coordinators also see those of hidden modules), with places left, in one query."""
    queryset = Session.objects.all() if can_manage_sessions(request.user) else Session.objects.published()
    return queryset.listed().for_display().with_places_left()


def _group_by_month(sessions):
    def key(session):
        return timezone.localtime(session.start).date().replace(day=1)

    return [
        {"month": month, "label": month_label(month), "sessions": list(items)}
        for month, items in groupby(sessions, key)
    ]


@require_GET
def session_list(request):
    session_filter = SessionFilter(request.GET or None, queryset=_visible_sessions(request).upcoming())
    page_obj = Paginator(session_filter.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    today = timezone.localdate()
    feed_query = request.GET.copy()
    feed_query.pop("page", None)
    return render(
        request,
        "trainings/session_list.html",
        {
            "nav": "trainings",
            "filter": session_filter,
            "page_obj": page_obj,
            "months": _group_by_month(page_obj.object_list),
            "active_filters": session_filter.active_filters(),
            "ignored_filters": session_filter.ignored_filters(),
            "feed_url": reverse("trainings:feed") + (f"?{feed_query.urlencode()}" if feed_query else ""),
            "calendar_url": reverse("trainings:calendar_month", args=[today.year, today.month]),
        },
    )


@require_GET
def calendar_current(request):
    today = timezone.localdate()
    return redirect("trainings:calendar_month", year=today.year, month=today.month)


def _month_bounds(year, month):
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        raise Http404("Mois inconnu")
    first = date(year, month, 1)
    following = (first + timedelta(days=32)).replace(day=1)
    tz = timezone.get_current_timezone()
    return (
        first,
        following,
        datetime(year, month, 1, tzinfo=tz),
        datetime(following.year, following.month, 1, tzinfo=tz),
    )


@require_GET
def calendar_month(request, year, month):
    first, following, start, end = _month_bounds(year, month)
    sessions = list(_visible_sessions(request).starting_between(start, end))
    by_day = {}
    for session in sessions:
        by_day.setdefault(timezone.localtime(session.start).date(), []).append(session)
    today = timezone.localdate()
    weeks = [
        [
            {"date": day, "in_month": day.month == month, "is_today": day == today, "sessions": by_day.get(day, [])}
            for day in week
        ]
        for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    ]
    previous = (first - timedelta(days=1)).replace(day=1)
    return render(
        request,
        "trainings/calendar_month.html",
        {
            "nav": "trainings",
            "label": month_label(first),
            "weeks": weeks,
            "weekdays": WEEKDAYS,
            "sessions": sessions,
            "previous": {"year": previous.year, "month": previous.month, "label": month_label(previous)},
            "next": {"year": following.year, "month": following.month, "label": month_label(following)},
            "today": {"year": today.year, "month": today.month},
        },
    )


@require_GET
def archive(request):
    queryset = Session.objects.published().past().for_display().with_places_left()
    page_obj = Paginator(queryset, ARCHIVE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "trainings/archive.html", {"nav": "trainings", "page_obj": page_obj})


FEED_CACHE_TIMEOUT = 3600


@require_GET
def feed(request):
    """All upcoming published sessions (same filters as the list); recent cancellations stay, CANCELLED.

    The whole feed is cached under a fingerprint of its sessions (count, latest modifications, first
    end; one query), so calendar apps polling it cost one small query while nothing changes.
    """
    session_filter = SessionFilter(
        request.GET or None, queryset=Session.objects.published().listed().for_display().upcoming()
    )
    queryset = session_filter.qs
    stamp = queryset.order_by().aggregate(
        count=Count("pk"), session=Max("updated_at"), training=Max("training__updated_at"), first=Min("end")
    )
    # Keyed on the valid filters only: junk parameters must not create entries (and evict rate limits).
    fingerprint = f"{settings.SITE_URL}|{session_filter.canonical_filters()}|{sorted(stamp.items())}"
    key = "trainings-feed:" + hashlib.sha256(fingerprint.encode()).hexdigest()
    data = cache.get(key)
    if data is None:
        data = ics.feed_bytes(queryset, name=FEED_NAME)
        cache.set(key, data, FEED_CACHE_TIMEOUT)
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="formations.ics"'
    return response


def _get_session(request, pk):
    queryset = Session.objects.for_display().with_places_left()
    if not can_manage_sessions(request.user):
        queryset = queryset.published()
    return get_object_or_404(queryset, pk=pk)


@require_GET
def session_ics(request, pk):
    session = _get_session(request, pk)
    response = HttpResponse(
        ics.feed_bytes([session], name=session.training.title), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="session-{session.pk}.ics"'
    return response


@require_GET
def training_detail(request, slug):
    queryset = Training.objects.all() if can_manage_sessions(request.user) else Training.objects.published()
    training = get_object_or_404(
        queryset.prefetch_related(
            Prefetch("organisers", queryset=Actor.objects.published().only("name", "acronym", "slug")),
            Prefetch("speakers", queryset=Actor.objects.published().only("name", "acronym", "slug")),
            "tools",
            "needs",
        ),
        slug=slug,
    )
    sessions = list(training.sessions.listed().upcoming().for_display().with_places_left())
    past_count = training.sessions.past().count()
    return render(
        request,
        "trainings/training_detail.html",
        {"nav": "trainings", "training": training, "sessions": sessions, "past_count": past_count},
    )


@require_http_methods(["GET", "POST"])
def session_detail(request, pk):
    session = _get_session(request, pk)
    problem = session.registration_problem()
    form = RegistrationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if problem:
            status = 409
        elif form.is_valid():
            if form.is_spam():
                form.add_error(
                    None, "Votre demande n'a pas pu être enregistrée. Réessayez sans remplir le champ caché."
                )
                status = 400
            else:
                try:
                    result = services.registration_create(session=session, **_registration_data(form))
                except services.RegistrationError as error:
                    form.add_error(None, error.message)
                    status = 409 if isinstance(error, services.RegistrationClosed) else 200
                else:
                    return redirect("trainings:registration_done", token=result.registration.token)
    training = session.training
    return render(
        request,
        "trainings/session_detail.html",
        {
            "nav": "trainings",
            "session": session,
            "training": training,
            "form": form,
            "problem": problem,
            "organisers": training.organisers.published().only("name", "acronym", "slug"),
        },
        status=status,
    )


def _registration_data(form):
    data = form.cleaned_data
    return {key: data[key] for key in ["first_name", "last_name", "email", "organisation", "role", "consent"]}


def _registration_for_token(token):
    """The registration behind a management link; any unknown, tampered or anonymised token gives a 404."""
    if not token or len(token) > 64:
        raise Http404("Lien inconnu")
    return get_object_or_404(
        Registration.objects.not_anonymised().select_related("session__training", "session__commune", "session__host"),
        token=token,
    )


@require_GET
def registration_done(request, token):
    registration = _registration_for_token(token)
    return render(
        request,
        "trainings/registration_done.html",
        {
            "nav": "trainings",
            "registration": registration,
            "session": registration.session,
            "rank": registration.compute_waitlist_rank(),
        },
    )


@require_GET
def registration_manage(request, token):
    registration = _registration_for_token(token)
    session = registration.session
    return render(
        request,
        "trainings/registration_manage.html",
        {
            "nav": "trainings",
            "registration": registration,
            "session": session,
            "rank": registration.compute_waitlist_rank(),
            "can_cancel": registration.is_active and not session.has_started,
            "show_online_link": registration.status == Registration.Status.CONFIRMED and bool(session.online_url),
        },
    )


@require_POST
def registration_cancel(request, token):
    registration = _registration_for_token(token)
    if registration.session.has_started:
        messages.error(request, "La session a commencé : l'inscription ne peut plus être annulée ici.")
    elif registration.is_active:
        was_waitlisted = registration.status == Registration.Status.WAITLISTED
        services.registration_cancel(registration=registration)
        messages.success(
            request,
            "Vous avez quitté la liste d'attente."
            if was_waitlisted
            else "Votre inscription est annulée et votre place libérée. Merci de nous avoir prévenus.",
        )
    return redirect("trainings:registration_manage", token=registration.token)

"""Public pages of the training calendar: lists, month grid, module and session pages, registration, feeds."""

import calendar as pycalendar
import hashlib
from datetime import date, datetime, timedelta
from itertools import groupby

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Max, Min, Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from actors.models import Actor
from core import honeypot
from core.clientip import client_key
from core.exports import content_disposition, open_data_link
from trainings import ics, services
from trainings.filters import SessionFilter
from trainings.forms import FeedbackForm, RegistrationForm
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


def _display(queryset):
    """With the module, venue, host and places left, in the same query."""
    return queryset.for_display().with_places_left()


def _group_by_month(sessions):
    def key(session):
        return timezone.localtime(session.start).date().replace(day=1)

    return [
        {"month": month, "label": month_label(month), "sessions": list(items)}
        for month, items in groupby(sessions, key)
    ]


@require_GET
def session_list(request):
    sessions = Session.objects.public_upcoming(
        include_cancelled=True, include_hidden_modules=can_manage_sessions(request.user)
    )
    session_filter = SessionFilter(request.GET or None, queryset=_display(sessions))
    page_obj = Paginator(session_filter.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    near = session_filter.near_commune()
    if near is not None:  # by distance: one group instead of months
        months = [{"month": None, "label": f"Du plus proche au plus éloigné de {near.name}",
                   "sessions": list(page_obj.object_list)}]  # fmt: skip
    else:
        months = _group_by_month(page_obj.object_list)
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
            "months": months,
            "near": near,
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
    visible = Session.objects.public(include_hidden_modules=can_manage_sessions(request.user))
    sessions = list(_display(visible).starting_between(start, end))
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
    queryset = _display(Session.objects.published().past())
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
        request.GET or None, queryset=Session.objects.public_upcoming(include_cancelled=True).for_display()
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
    response["Content-Disposition"] = content_disposition("formations.ics", attachment=False)
    return open_data_link(response, source=settings.SITE_URL + reverse("trainings:session_list"))


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
    response["Content-Disposition"] = content_disposition(f"session-{session.pk}.ics")
    return open_data_link(response, source=settings.SITE_URL + reverse("trainings:session_list"))


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
    # The module's visibility was checked above: its sessions follow it.
    sessions = list(_display(training.sessions.public_upcoming(include_cancelled=True, include_hidden_modules=True)))
    past_count = training.sessions.past().count()
    return render(
        request,
        "trainings/training_detail.html",
        {
            "nav": "trainings",
            "training": training,
            "sessions": sessions,
            "past_count": past_count,
            "can_manage": request.user.is_authenticated and request.user.has_perm("trainings.change_training"),
        },
    )


RATE_LIMITED_CLIENT = (
    "Beaucoup de demandes d'inscription sont parties de cette connexion en peu de temps : par précaution, "
    "celle-ci n'a pas été enregistrée. Réessayez dans une heure."
)
RATE_LIMITED_SESSION = (
    "Beaucoup de demandes d'inscription arrivent pour cette session en ce moment : par précaution, celle-ci "
    "n'a pas été enregistrée. Réessayez dans une heure."
)


@require_http_methods(["GET", "POST"])
def session_detail(request, pk):
    """The session page and its public registration form (double opt-in: see services.registration_request).

    Whatever happened to the request (a place held, the waiting list, an address already registered),
    the answer is the same page, which shows no link: the links go to the address, by e-mail.
    """
    session = _get_session(request, pk)
    problem = session.registration_problem()
    # The channel code of the link followed (?canal=mairie-37132) rides along as a hidden field.
    form = RegistrationForm(request.POST or None, initial={"canal": request.GET.get("canal", "")[:40]})
    status = 200
    if request.method == "POST":
        status = _register(request, session, form, problem)
        if status == 302:
            return redirect("trainings:registration_requested", pk=session.pk)
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
            "hold_minutes": _hold_minutes(),
        },
        status=status,
    )


def _register(request, session, form, problem):
    """Handle a posted registration form; returns the status of the answer (302: request made)."""
    if problem:
        return 409
    if not services.request_counted(client_key=client_key(request, "trainings.request")):
        form.is_valid()
        form.add_error(None, RATE_LIMITED_CLIENT)
        return 429
    if not form.is_valid():
        return 200
    if form.is_spam():
        honeypot.log_hit("trainings.request")
        form.add_error(None, "Votre demande n'a pas pu être enregistrée. Réessayez sans remplir le champ caché.")
        return 400
    if not services.session_request_counted(session=session):
        form.add_error(None, RATE_LIMITED_SESSION)
        return 429
    try:
        services.registration_request(session=session, **_registration_data(form))
    except services.TooManyEmails as error:
        form.add_error("email", error.message)
        return 429
    except services.RegistrationError as error:
        form.add_error(None, error.message)
        return 409 if isinstance(error, services.RegistrationClosed) else 200
    except ValidationError as error:
        form.add_error(None, error)
        return 200
    return 302


@require_GET
def registration_requested(request, pk):
    """The one answer to every registration request: check your mailbox (no link, no personal data)."""
    session = _get_session(request, pk)
    return render(
        request,
        "trainings/registration_requested.html",
        {"nav": "trainings", "session": session, "hold_minutes": _hold_minutes()},
    )


def _hold_minutes():
    return int(services.hold_duration().total_seconds() // 60)


def _registration_data(form):
    data = form.cleaned_data
    fields = {key: data[key] for key in ["first_name", "last_name", "email", "organisation", "role", "consent"]}
    return {**fields, "channel": data.get("canal", "")}


def _registration_for_token(token):
    """The registration behind a management link; any unknown, tampered or anonymised token gives a 404."""
    if not token or len(token) > 64:
        raise Http404("Lien inconnu")
    return get_object_or_404(
        Registration.objects.not_anonymised().select_related("session__training", "session__commune", "session__host"),
        token=token,
    )


@require_GET
def registration_manage(request, token):
    """The page of the e-mailed link: confirm a request, see one's registration, go to cancel it.
    The remote-session link is not shown: it is sent by e-mail only."""
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
            "can_cancel": registration.is_active and not registration.has_expired and not session.has_started,
        },
    )


@require_http_methods(["GET", "POST"])
def registration_confirm(request, token):
    """POST (the button of the e-mailed link's page) confirms the request; GET only shows that page.

    A button rather than the link itself: mail filters open links to scan them, and must not confirm.
    """
    registration = _registration_for_token(token)
    if request.method == "POST":
        try:
            result = services.registration_confirm(registration=registration)
        except services.RegistrationError as error:
            messages.error(request, error.message)
        else:
            if result.confirmed:
                messages.success(
                    request,
                    "Votre inscription est confirmée. Le rendez-vous pour votre agenda et, pour une session à "
                    "distance, le lien de connexion vous sont envoyés par courriel.",
                )
            elif result.rank:
                messages.success(
                    request,
                    f"Vous êtes sur la liste d'attente, au rang {result.rank}. Si une place se libère, vous serez "
                    "inscrit·e automatiquement et prévenu·e par courriel.",
                )
    return redirect("trainings:registration_manage", token=registration.token)


@require_http_methods(["GET", "POST"])
def registration_cancel(request, token):
    """GET asks for a confirmation (a page with a button); only the POST cancels. A link opened by
    mistake, or by a mail filter, never cancels anything."""
    registration = _registration_for_token(token)
    session = registration.session
    if request.method == "GET":
        if not registration.is_active or registration.has_expired or session.has_started:
            return redirect("trainings:registration_manage", token=registration.token)
        return render(
            request,
            "trainings/registration_cancel.html",
            {"nav": "trainings", "registration": registration, "session": session},
        )
    if session.has_started:
        messages.error(request, "La session a commencé : l'inscription ne peut plus être annulée ici.")
    elif registration.is_active:
        was = registration.status
        services.registration_cancel(registration=registration)
        if was == Registration.Status.WAITLISTED:
            messages.success(request, "Vous avez quitté la liste d'attente.")
        elif was in Registration.AWAITING:
            messages.success(request, "Votre demande d'inscription est annulée. Personne ne sera inscrit.")
        else:
            messages.success(
                request, "Votre inscription est annulée et votre place libérée. Merci de nous avoir prévenus."
            )
    return redirect("trainings:registration_manage", token=registration.token)


@require_http_methods(["GET", "POST"])
def feedback(request, token):
    """Public page (link of the follow-up e-mail): the session's short anonymous questionnaire. The token
    names the session only; nothing of the person is stored (no registration, no address, the day only)."""
    session = services.feedback_session(token) if len(token) <= 100 else None
    if session is None:
        raise Http404("Lien inconnu")
    problem = services.feedback_problem(session)
    form = FeedbackForm(request.POST or None)
    status = 200
    if request.method == "POST" and not problem:
        if form.is_valid() and form.is_spam():
            honeypot.log_hit("trainings.feedback")
            form.add_error(None, "Votre réponse n'a pas pu être enregistrée. Réessayez sans remplir le champ caché.")
            status = 400
        elif form.is_valid():
            data = form.cleaned_data
            try:
                services.feedback_create(
                    session=session,
                    client_key=client_key(request, "trainings.feedback"),
                    usefulness=data["usefulness"],
                    will_use=data["will_use"],
                    comment=data["comment"],
                )
            except services.FeedbackError as error:
                form.add_error(None, error.message)
                status = 429
            else:
                return redirect(f"{request.path}?envoye=1")
    elif request.method == "POST":
        status = 409
    if request.method == "GET" and request.GET.get("envoye") == "1":
        return render(
            request,
            "trainings/feedback_thanks.html",
            {"nav": "trainings", "session": session, "training": session.training},
        )
    return render(
        request,
        "trainings/feedback.html",
        {"nav": "trainings", "session": session, "training": session.training, "form": form, "problem": problem},
        status=status,
    )

"""Blocks the trainings app shows on other apps' pages (see core/slots.py). Each runs one query."""

from datetime import timedelta

from django.db.models import Case, F, IntegerField, Q, When
from django.utils import timezone

from core.roles import is_coordinator
from trainings import selectors
from trainings.models import Audience, Session, Training

TOOL_PAGE_LIMIT = 4
ACTOR_PAGE_LIMIT = 6
HOME_LIMIT = 3
COORDINATOR_LIST_LIMIT = 6
VISIT_SHEET_LIMIT = 4
# The sheet is for the association: the audiences it belongs to, by its staff (visit profile).
ADVISOR_AUDIENCES = (Audience.INFORMATEURS, Audience.ACCOMPAGNATEURS)
VOLUNTEERS = "benevoles"  # the visit profile's "Bénévoles seulement"
# "Few registrations": less than a third of the places taken two weeks before the session.
FEW_REGISTRATIONS_DAYS = 14


def _upcoming():
    return Session.objects.public_upcoming().for_display().with_places_left()


def sessions_for_tool(request, tool):
    """ "Prochaines formations" on a tool page: sessions of modules linked to the tool or to its needs."""
    if tool is None or not getattr(tool, "pk", None):
        return None
    sessions = list(_upcoming().related_to(tools=[tool])[:TOOL_PAGE_LIMIT])
    if not sessions:
        return None
    return {
        "template": "trainings/slots/sessions.html",
        "title": "Prochaines formations",
        "slot_id": "formations-outil",
        "sessions": sessions,
    }


def sessions_for_actor(request, actor):
    """The actor's upcoming sessions, as organiser, speaker or host."""
    if actor is None or not getattr(actor, "pk", None):
        return None
    sessions = list(_upcoming().involving(actor)[:ACTOR_PAGE_LIMIT])
    if not sessions:
        return None
    return {
        "template": "trainings/slots/sessions.html",
        "title": "Ses prochaines formations",
        "slot_id": "formations-acteur",
        "sessions": sessions,
    }


def next_sessions(request, obj=None):
    """The next three sessions on the home page."""
    sessions = list(_upcoming()[:HOME_LIMIT])
    if not sessions:
        return None
    return {
        "template": "trainings/slots/sessions.html",
        "title": "Prochaines formations",
        "slot_id": "formations-accueil",
        "sessions": sessions,
        "show_all": True,
    }


# Past sessions stay in the to-do this long while their attendance is not recorded.
ATTENDANCE_TODO_DAYS = 30


def coordinator_todo(request, obj=None):
    """Sessions with a waiting list, or with few registrations two weeks before, and sessions of the last
    ATTENDANCE_TODO_DAYS days whose attendance is still to record (coordinators only; two queries)."""
    if request is None or not is_coordinator(request.user):
        return None
    soon = timezone.now() + timedelta(days=FEW_REGISTRATIONS_DAYS)
    sessions = list(
        Session.objects.public_upcoming(include_hidden_modules=True)
        .for_display()
        .with_places_left()
        .filter(Q(waitlist_count__gt=0) | Q(start__lte=soon, confirmed_count__lt=F("capacity") / 3))[
            :COORDINATOR_LIST_LIMIT
        ]
    )
    attendance = list(
        selectors.sessions_for_management("passees")
        .filter(end__gte=timezone.now() - timedelta(days=ATTENDANCE_TODO_DAYS), unmarked_count__gt=0)
        .order_by("start", "pk")[:COORDINATOR_LIST_LIMIT]
    )
    if not sessions and not attendance:
        return None
    return {"template": "trainings/slots/coordinator_todo.html", "sessions": sessions, "attendance": attendance}


def _not_for_the_association(staff):
    """Modules with a declared audience that does not include the association's people.

    A module for advisors only (informateurs, accompagnateurs) is never proposed on a visit sheet;
    one for employees only is not proposed to a volunteer association. A module without a declared
    audience is for everyone.
    """
    own = [Audience.BENEVOLES] if staff == VOLUNTEERS else [Audience.BENEVOLES, Audience.SALARIES]
    declared = Q()
    for code in Audience.values:
        declared |= Q(training__audiences__icontains=f'"{code}"')
    for code in own:
        declared &= ~Q(training__audiences__icontains=f'"{code}"')
    return declared


def sessions_for_visit(request, obj):
    """Visit sheet: the next sessions about the chosen tools or needs, for the association's people
    (never modules meant for advisors), full ones said so ("complet, liste d'attente")."""
    obj = obj or {}
    tools = list(obj.get("tools") or [])
    needs = list(obj.get("needs") or [])
    if not tools and not needs:
        return None
    commune = obj.get("commune")
    queryset = _upcoming().related_to(tools=tools, needs=needs).exclude(_not_for_the_association(obj.get("staff")))
    if commune is not None:
        # Sessions in the association's commune first.
        elsewhere = Case(When(commune_id=commune.pk, then=0), default=1, output_field=IntegerField())
        queryset = queryset.annotate(elsewhere=elsewhere).order_by("elsewhere", "start", "pk")
    sessions = list(queryset[:VISIT_SHEET_LIMIT])
    if not sessions:
        return None
    return {"template": "trainings/slots/visit_sheet.html", "sessions": sessions, "commune": commune}


SURVEY_SESSIONS_LIMIT = 200  # rows read for the needs board (a few per need are shown)
SURVEY_SESSIONS_PER_NEED = 3


def _module_create_url():
    """The module form, which takes `titre`, `besoin` and `origine` to prefill a module from a theme."""
    from django.urls import reverse

    return reverse("trainings:training_create")


def supply_for_needs(request, obj):
    """The training supply of catalogue needs, for a survey's needs board and restitution (the surveys app
    cannot import trainings): obj = {"needs": [need ids]}. Returns, per need id, the upcoming sessions
    (at most SURVEY_SESSIONS_PER_NEED) and the published modules, and the address of the module form
    (prefilled through GET parameters by the caller). Two queries."""
    need_ids = [pk for pk in (obj or {}).get("needs", []) if pk]
    by_need, modules = {pk: [] for pk in need_ids}, {pk: [] for pk in need_ids}
    if need_ids:
        rows = (
            Session.objects.public_upcoming()
            .for_display()
            .filter(training__needs__in=need_ids)
            .annotate(need_id=F("training__needs"))[:SURVEY_SESSIONS_LIMIT]
        )
        for session in rows:
            sessions = by_need.setdefault(session.need_id, [])
            if len(sessions) < SURVEY_SESSIONS_PER_NEED:
                sessions.append(
                    {"title": session.training.title, "start": session.start, "url": session.get_absolute_url()}
                )
        for training in (
            Training.objects.filter(is_published=True, needs__in=need_ids)
            .annotate(need_id=F("needs"))
            .order_by("title", "pk")[:SURVEY_SESSIONS_LIMIT]
        ):
            modules.setdefault(training.need_id, []).append(
                {"title": training.title, "url": training.get_absolute_url()}
            )
    return {
        "template": "trainings/slots/survey_supply.html",
        "sessions": by_need,
        "modules": modules,
        "module_create_url": _module_create_url(),
    }

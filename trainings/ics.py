"""iCalendar (RFC 5545) for sessions, built with the `icalendar` library.

One stable UID per session (`session-<id>@<domain>`), SEQUENCE raised at every change of date, place or
status (Session.save), times in Europe/Paris with a VTIMEZONE block, so calendar apps update the
event in place instead of adding a copy.
"""

from datetime import UTC, datetime, timedelta
from email.utils import parseaddr
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from core.exports import OPEN_DATA_LICENCE
from trainings.models import Session

PARIS = ZoneInfo("Europe/Paris")
PRODID = "-//PTCA 37//Portail numérique libre et associations//FR"
# Serialised events of the feed are cached, keyed by everything they show (bounded to a day for venue names).
EVENT_CACHE_TIMEOUT = 24 * 3600
EVENT_CACHE_VERSION = 1
STATUS = {
    Session.Status.PLANNED: "TENTATIVE",
    Session.Status.CONFIRMED: "CONFIRMED",
    Session.Status.CANCELLED: "CANCELLED",
}


def site_domain():
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def session_uid(session):
    """Never changes for a session, whatever is edited."""
    return f"session-{session.pk}@{site_domain()}"


def paris_timezone():
    """A compact VTIMEZONE for Europe/Paris (EU rules since 1996: last Sunday of March / October)."""
    tz = icalendar.Timezone()
    tz.add("tzid", "Europe/Paris")
    tz.add("x-lic-location", "Europe/Paris")
    standard = icalendar.TimezoneStandard()
    standard.add("tzname", "CET")
    standard.add("dtstart", datetime(1996, 10, 27, 3, 0, 0))
    standard.add("tzoffsetfrom", timedelta(hours=2))
    standard.add("tzoffsetto", timedelta(hours=1))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    daylight = icalendar.TimezoneDaylight()
    daylight.add("tzname", "CEST")
    daylight.add("dtstart", datetime(1981, 3, 29, 2, 0, 0))
    daylight.add("tzoffsetfrom", timedelta(hours=1))
    daylight.add("tzoffsetto", timedelta(hours=2))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    tz.add_component(standard)
    tz.add_component(daylight)
    return tz


def session_url(session):
    return f"{settings.SITE_URL}{reverse('trainings:session_detail', args=[session.pk])}"


def last_modified(session):
    """The event shows the module's title and summary too: the later of both modifications."""
    return max(session.updated_at, session.training.updated_at)


def _organizer():
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    organizer = icalendar.vCalAddress(f"mailto:{address or 'ne-pas-repondre@localhost'}")
    organizer.params["cn"] = icalendar.vText(name or settings.SITE_NAME)
    return organizer


def _description(session, *, with_online_link, url):
    lines = [session.training.summary]
    if session.is_cancelled and session.cancellation_message:
        lines += ["", "Session annulée : " + session.cancellation_message]
    if with_online_link and session.online_url:
        lines += ["", f"Lien de connexion : {session.online_url}"]
    lines += ["", f"Détails et inscription : {url}"]
    return "\n".join(lines)


def session_event(session, *, now, attendee=None, with_online_link=False, organizer=None):
    """The VEVENT of a session (needs session.training, .commune and .host loaded).

    `now` is DTSTAMP: the time of an e-mailed message (METHOD), or LAST-MODIFIED in the feed (RFC 5545 3.8.7.2).
    """
    url = session_url(session)
    text, when = icalendar.vText, icalendar.vDDDTypes
    # Typed values set directly: the same output as Event.add(), without its per-call type lookup
    # (the full feed serialises thousands of events).
    event = icalendar.Event()
    event["UID"] = text(session_uid(session))
    event["DTSTAMP"] = when(now.astimezone(UTC))
    event["CREATED"] = when(session.created_at.astimezone(UTC))
    event["LAST-MODIFIED"] = when(last_modified(session).astimezone(UTC))
    event["SEQUENCE"] = icalendar.vInt(session.sequence)
    event["STATUS"] = text(STATUS[session.status])
    event["SUMMARY"] = text(("ANNULÉE – " if session.is_cancelled else "") + session.training.title)
    event["DTSTART"] = when(session.start.astimezone(PARIS))
    event["DTEND"] = when(session.end.astimezone(PARIS))
    event["LOCATION"] = text(session.place_label)
    event["URL"] = icalendar.vUri(url)
    event["DESCRIPTION"] = text(_description(session, with_online_link=with_online_link, url=url))
    event["ORGANIZER"] = organizer or _organizer()
    event["TRANSP"] = text("OPAQUE")
    if attendee is not None:
        address = icalendar.vCalAddress(f"mailto:{attendee.email}")
        address.params["cn"] = icalendar.vText(attendee.full_name)
        address.params["role"] = icalendar.vText("REQ-PARTICIPANT")
        address.params["partstat"] = icalendar.vText("ACCEPTED")
        event.add("attendee", address)
    return event


def open_data_description():
    """The licence and source of the public feeds (open data), as calendar apps show them."""
    return (
        f"Formations du {settings.SITE_NAME}. Données ouvertes sous {OPEN_DATA_LICENCE['name']} "
        f"({OPEN_DATA_LICENCE['id']}, {OPEN_DATA_LICENCE['url']}) : réutilisation libre en mentionnant "
        f"la source, {settings.SITE_URL}{reverse('trainings:session_list')}"
    )


def build_calendar(sessions, *, name, method=None, attendee=None, with_online_link=False, open_data=False):
    """A VCALENDAR; with `open_data` (the public feeds) it states its licence and source (RFC 7986
    DESCRIPTION and URL, and X-WR-CALDESC for the apps that read only that one)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Paris")
    if open_data:
        description = open_data_description()
        calendar.add("description", description)
        calendar.add("x-wr-caldesc", description)
        calendar.add("url", f"{settings.SITE_URL}{reverse('trainings:session_list')}")
    calendar.add_component(paris_timezone())
    now = timezone.now()
    for session in sessions:
        calendar.add_component(session_event(session, now=now, attendee=attendee, with_online_link=with_online_link))
    return calendar


def _event_cache_key(session):
    return ":".join(
        str(part)
        for part in [
            "trainings-ics",
            EVENT_CACHE_VERSION,
            settings.SITE_URL,
            session.pk,
            session.sequence,
            session.status,
            session.updated_at.timestamp(),
            session.training.updated_at.timestamp(),
        ]
    )


def feed_bytes(sessions, *, name):
    """A subscribable feed (open data), without METHOD, so DTSTAMP is the event's last modification (RFC 5545).

    Each serialised VEVENT is cached (key: session, sequence, status and both modification times), so
    the full feed of thousands of sessions costs one query and one cache round trip.
    """
    sessions = list(sessions)
    keys = [_event_cache_key(session) for session in sessions]
    cached = cache.get_many(keys)
    organizer = _organizer()
    parts, missing = [], {}
    for session, key in zip(sessions, keys, strict=True):
        data = cached.get(key)
        if data is None:
            data = session_event(session, now=last_modified(session), organizer=organizer).to_ical()
            missing[key] = data
        parts.append(data)
    if missing:
        cache.set_many(missing, timeout=EVENT_CACHE_TIMEOUT)
    head = build_calendar([], name=name, open_data=True).to_ical().rsplit(b"END:VCALENDAR", 1)[0]
    return head + b"".join(parts) + b"END:VCALENDAR\r\n"


def invitation_bytes(session, *, registration):
    """The .ics sent by e-mail to one registrant: REQUEST, or CANCEL when the session is cancelled."""
    method = "CANCEL" if session.is_cancelled else "REQUEST"
    confirmed = registration.status in (registration.Status.CONFIRMED, registration.Status.ATTENDED)
    return build_calendar(
        [session],
        name=session.training.title,
        method=method,
        attendee=registration,
        with_online_link=confirmed,
    ).to_ical()

"""A parser for the common subset of OpenStreetMap's `opening_hours` syntax, and its French reading.

Supported: "24/7"; rules separated by ";" made of an optional weekday selector
("Mo-Fr", "Mo,We,Fr", "Sa", "PH") and times ("09:00-12:00,14:00-17:30") or "off"/"closed".
A rule may end with a quoted comment ('Tu 14:00-17:00 "sur rendez-vous"', or 'We "sur rendez-vous"'
alone: open by appointment). Month and week selectors and sunrise/sunset are refused with a clear message rather
than shown wrongly.
"""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError

DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
DAY_NAMES = {
    "Mo": "lundi", "Tu": "mardi", "We": "mercredi", "Th": "jeudi", "Fr": "vendredi",
    "Sa": "samedi", "Su": "dimanche", "PH": "jours fériés",
}  # fmt: skip
DAY_TOKEN = r"(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)"
DAY_SELECTOR = re.compile(rf"^{DAY_TOKEN}(?:-{DAY_TOKEN})?(?:,{DAY_TOKEN}(?:-{DAY_TOKEN})?)*$")
TIME = r"(?:[01]\d|2[0-4]):[0-5]\d"
COMMENT = re.compile(r'\s*"(?P<text>[^"]*)"\s*$')
TIME_SELECTOR = re.compile(rf"^{TIME}-{TIME}(?:,{TIME}-{TIME})*$")


@dataclass
class Rule:
    days: str  # the weekday selector as written, "" for every day
    times: list  # list of (start, end) strings; empty when closed
    closed: bool = False
    comment: str = ""  # a quoted OSM comment, such as "sur rendez-vous"


class OpeningHoursError(ValueError):
    pass


def parse(value):
    value = (value or "").strip()
    if not value:
        return []
    if value == "24/7":
        return [Rule(days="", times=[("00:00", "24:00")])]
    rules = []
    for raw_rule in value.split(";"):
        raw_rule = raw_rule.strip()
        if not raw_rule:
            continue
        comment = ""
        quoted = COMMENT.search(raw_rule)
        if quoted:
            comment, raw_rule = quoted["text"].strip(), raw_rule[: quoted.start()].strip()
        parts = raw_rule.split()
        days = ""
        if parts and DAY_SELECTOR.match(parts[0]):
            days = parts.pop(0)
        if not parts and comment:
            rules.append(Rule(days=days, times=[], comment=comment))
            continue
        if len(parts) != 1:
            raise OpeningHoursError(
                f"« {raw_rule} » : indiquez des jours puis des horaires, par exemple « Mo-Fr 09:00-17:00 »."
            )
        selector = parts[0]
        if selector in {"off", "closed"}:
            rules.append(Rule(days=days, times=[], closed=True, comment=comment))
            continue
        if not TIME_SELECTOR.match(selector):
            raise OpeningHoursError(f"« {selector} » n'est pas une plage horaire comme « 09:00-12:00,14:00-17:30 ».")
        times = [tuple(span.split("-")) for span in selector.split(",")]
        for start, end in times:
            if end <= start and end != "24:00":
                raise OpeningHoursError(f"La plage « {start}-{end} » finit avant de commencer.")
        rules.append(Rule(days=days, times=times, comment=comment))
    return rules


def expand_days(selector):
    """ "Mo-We,Fr" -> ["Mo", "Tu", "We", "Fr"]; every day for ""; None when it names public holidays."""
    if not selector:
        return list(DAYS)
    days = []
    for item in selector.split(","):
        start, _, end = item.partition("-")
        if "PH" in (start, end):
            return None
        first, last = DAYS.index(start), DAYS.index(end or start)
        span = range(first, last + 1) if first <= last else [*range(first, 7), *range(0, last + 1)]
        days += [DAYS[index] for index in span if DAYS[index] not in days]
    return days


def validate_opening_hours(value):
    try:
        parse(value)
    except OpeningHoursError as error:
        raise ValidationError(
            f"Horaires non reconnus : {error} Syntaxe OpenStreetMap, par exemple « Mo-Fr 09:00-12:00,14:00-17:30; Sa 10:00-12:00 ».",
            code="invalid_opening_hours",
        ) from error


def _describe_days(selector):
    if not selector:
        return "Tous les jours"
    pieces = []
    for item in selector.split(","):
        if "-" in item:
            start, end = item.split("-")
            pieces.append(f"du {DAY_NAMES[start]} au {DAY_NAMES[end]}")
        else:
            pieces.append(DAY_NAMES[item])
    text = ", ".join(pieces)
    return text[0].upper() + text[1:]


def _describe_time(value):
    hours, minutes = value.split(":")
    return f"{int(hours)} h" if minutes == "00" else f"{int(hours)} h {minutes}"


def describe(value):
    """Plain French lines: ["Du lundi au vendredi : de 9 h à 12 h et de 14 h à 17 h 30", …]."""
    try:
        rules = parse(value)
    except OpeningHoursError:
        return [value]
    if value.strip() == "24/7":
        return ["Ouvert 24 heures sur 24, 7 jours sur 7"]
    lines = []
    for rule in rules:
        days = _describe_days(rule.days)
        if rule.closed:
            lines.append(f"{days} : fermé")
        elif not rule.times:
            lines.append(f"{days} : {rule.comment}")
        else:
            spans = " et ".join(f"de {_describe_time(start)} à {_describe_time(end)}" for start, end in rule.times)
            lines.append(f"{days} : {spans}" + (f" ({rule.comment})" if rule.comment else ""))
    return lines

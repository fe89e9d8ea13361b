"""Form fields shared by the pages that choose a commune or set opening hours.

`CommuneField`: a text input with the département's communes as a native `<datalist>` (type-ahead
in the browser, no JavaScript) and server-side matching of whatever was typed: "Beaulieu",
"beaulieu les loches", "37600" or an INSEE code. An ambiguous or unknown text is refused with the
candidates named, the text kept.

`OpeningHoursField`: a French weekly grid (up to two ranges a day, "sur rendez-vous") that reads and
writes the OpenStreetMap `opening_hours` syntax (actors/opening_hours.py).

`CommunesServedField`: the communes an actor serves, as checkboxes grouped by intercommunality (one
`<details>` per group, open when it holds a chosen commune), with a "toutes les communes de …" box per
group (server-side: all its communes) and the chosen communes listed above. A plain click never
drops a choice; a keyboard user crosses one stop per group, not one per commune. One query.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q

from actors import opening_hours
from actors.models import Commune, commune_words
from core.text import normalize_search_text

LABEL = re.compile(r"^(?P<name>.+?)\s*\((?P<postal>\d{5})\)$")
SUGGESTIONS = 6


def commune_label(commune):
    return f"{commune.name} ({commune.postal_code})"


def commune_options():
    """The département's communes in French order, for a datalist (one query)."""
    return list(
        Commune.objects.order_by("search_name", "insee_code").only(
            "pk", "name", "postal_code", "insee_code", "latitude", "longitude"
        )
    )


class CommuneInput(forms.TextInput):
    """Text input with the communes as a datalist. Several inputs of one page can share one list:
    give them the same `list_id` and `with_list=False` to all but one (one query per page)."""

    template_name = "actors/widgets/commune_input.html"

    def __init__(self, attrs=None, *, list_id=None, with_list=True):
        super().__init__({"autocomplete": "off", "spellcheck": "false", **(attrs or {})})
        self.list_id, self.with_list = list_id, with_list

    def format_value(self, value):
        if isinstance(value, Commune):
            return commune_label(value)
        return super().format_value(value)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        list_id = self.list_id or f"{context['widget']['attrs'].get('id') or name}-communes"
        context["widget"]["attrs"]["list"] = list_id
        context["list_id"] = list_id
        context["communes"] = commune_options() if self.with_list else None
        return context


def resolve_commune(text):
    """The one commune `text` names; ValidationError (French) naming the candidates otherwise."""
    text = " ".join((text or "").split())
    label = LABEL.match(text)
    if label:
        found = list(Commune.objects.filter(name=label["name"], postal_codes__contains=label["postal"])[:2])
        if len(found) == 1:
            return found[0]
        text = label["name"]
    if re.fullmatch(r"\d{5}|2[AB]\d{3}", text):  # an INSEE code or a postal code: one query for both
        codes = Q(insee_code=text) | Q(postal_codes__contains=text)
        candidates = list(Commune.objects.filter(codes).order_by("search_name", "insee_code")[: SUGGESTIONS + 1])
        by_insee = [commune for commune in candidates if commune.insee_code == text]
        if by_insee:
            return by_insee[0]
    else:
        candidates = list(Commune.objects.matching(text)[: SUGGESTIONS + 1])
    if len(candidates) == 1:
        return candidates[0]
    exact = [commune for commune in candidates if commune.search_words == commune_words(text)]
    if len(exact) == 1:
        return exact[0]
    if not candidates:
        raise ValidationError(
            f"Aucune commune d'Indre-et-Loire ne correspond à « {text} » : vérifiez l'orthographe, "
            "ou tapez le code postal.",
            code="unknown_commune",
        )
    names = ", ".join(commune_label(commune) for commune in candidates[:SUGGESTIONS])
    more = " …" if len(candidates) > SUGGESTIONS else ""
    raise ValidationError(
        f"Plusieurs communes correspondent à « {text} » : {names}{more}. Choisissez-en une dans la liste.",
        code="ambiguous_commune",
    )


class CommuneField(forms.Field):
    widget = CommuneInput
    default_error_messages = {"required": "Choisissez une commune d'Indre-et-Loire."}

    def to_python(self, value):
        if isinstance(value, Commune):
            return value
        value = " ".join(str(value or "").split())
        if not value:
            return None
        if "\x00" in value:  # refused before any query (PostgreSQL cannot compare it)
            raise ValidationError("Ce texte contient un caractère non autorisé.", code="null_characters_not_allowed")
        return resolve_commune(value)

    def prepare_value(self, value):
        """An initial primary key or INSEE code shows as "Name (postal code)"."""
        if isinstance(value, int):
            return Commune.objects.filter(pk=value).first() or value
        if isinstance(value, str) and re.fullmatch(r"\d{5}|2[AB]\d{3}", value):
            return Commune.objects.filter(insee_code=value).first() or value
        return value


# Communes served

WHOLE_EPCI = "epci:"  # prefix of a "toutes les communes de l'intercommunalité" value
NO_EPCI = "Sans intercommunalité renseignée"


class CommunesServedWidget(forms.CheckboxSelectMultiple):
    template_name = "actors/widgets/communes_served.html"

    def format_value(self, value):
        if value is None:
            return []
        if not isinstance(value, list | tuple):
            value = [value]
        return [str(getattr(item, "pk", item)) for item in value]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        values = set(context["widget"]["value"])
        whole = {item.removeprefix(WHOLE_EPCI) for item in values if item.startswith(WHOLE_EPCI)}
        base_id = context["widget"]["attrs"].get("id") or f"id_{name}"
        groups, chosen = {}, []
        for choice, _label in self.choices:  # the one query
            commune = getattr(choice, "instance", None)
            if commune is None:
                continue
            key = commune.epci_code or ""
            group = groups.get(key)
            if group is None:
                group = groups[key] = {
                    "code": key,
                    "label": commune.epci_name or NO_EPCI,
                    "items": [],
                    "chosen": 0,
                    "whole": bool(key) and key in whole,
                    "whole_id": f"{base_id}_epci_{key}",
                    "whole_value": f"{WHOLE_EPCI}{key}",
                }
            checked = str(commune.pk) in values
            if checked or group["whole"]:
                group["chosen"] += 1
                chosen.append(commune)
            group["items"].append({"value": str(commune.pk), "label": commune.name, "id": f"{base_id}_{commune.pk}",
                                   "checked": checked, "postal_code": commune.postal_code})  # fmt: skip
        ordered = sorted(groups.values(), key=lambda group: (not group["code"], normalize_search_text(group["label"])))
        chosen.sort(key=lambda commune: commune.search_name)
        context.update(groups=ordered, chosen=chosen, base_id=base_id)
        return context


class CommunesServedField(forms.ModelMultipleChoiceField):
    """Commune ids and "epci:<SIREN>" values (all the communes of that intercommunality)."""

    widget = CommunesServedWidget
    default_error_messages = {
        "invalid_choice": "Cette commune n'est pas dans la liste (« %(value)s ») : cochez des communes d'Indre-et-Loire.",
        "invalid_pk_value": "Cette commune n'est pas dans la liste (« %(pk)s ») : cochez des communes d'Indre-et-Loire.",
        "invalid_list": "Cochez des communes de la liste.",
    }

    def clean(self, value):
        value = self.prepare_value(value)
        if not value:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return self.queryset.none()
        if not isinstance(value, list | tuple):
            raise ValidationError(self.error_messages["invalid_list"], code="invalid_list")
        values = {str(item) for item in value}
        codes = {item.removeprefix(WHOLE_EPCI) for item in values if item.startswith(WHOLE_EPCI)}
        ids = values - {f"{WHOLE_EPCI}{code}" for code in codes}
        for pk in ids:
            if not pk.isdigit():
                raise ValidationError(self.error_messages["invalid_pk_value"], code="invalid_pk_value",
                                      params={"pk": pk})  # fmt: skip
        communes = list(self.queryset.filter(Q(pk__in=ids) | Q(epci_code__in=codes - {""})))  # one query
        found_ids = {str(commune.pk) for commune in communes}
        found_codes = {commune.epci_code for commune in communes}
        for missing in sorted(ids - found_ids) + sorted(codes - found_codes):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice",
                                  params={"value": missing})  # fmt: skip
        self.run_validators(value)
        return communes


# Opening hours

DAYS = opening_hours.DAYS
DAY_LABELS = {day: opening_hours.DAY_NAMES[day].capitalize() for day in DAYS}
APPOINTMENT = "sur rendez-vous"
SLOTS = (("1_start", "1_end"), ("2_start", "2_end"))
TIME_TEXT = re.compile(r"^(?P<hours>\d{1,2})\s*(?:[:hH]\s*(?P<minutes>\d{2})?)?$")


def read_time(text):
    """ "9", "9h", "9 h 30", "09:30" -> "09:30"; None when empty; ValueError when not a time."""
    text = (text or "").strip()
    if not text:
        return None
    match = TIME_TEXT.match(text)
    if not match:
        raise ValueError(text)
    hours, minutes = int(match["hours"]), int(match["minutes"] or 0)
    if hours > 23 or minutes > 59:
        raise ValueError(text)
    return f"{hours:02d}:{minutes:02d}"


def grid_from_osm(value):
    """{day: {"1_start": "09:00", …, "appointment": bool}} read from an OSM value, or None when the
    value uses something the grid cannot show (public holidays, more than two ranges, 24/7…)."""
    grid = {day: {} for day in DAYS}
    if not (value or "").strip():
        return grid
    try:
        rules = opening_hours.parse(value)
    except opening_hours.OpeningHoursError:
        return None
    if value.strip() == "24/7":
        return None
    for rule in rules:
        if rule.days == "PH" and rule.closed and not rule.comment:
            grid["PH"] = {"closed": True}
            continue
        days = opening_hours.expand_days(rule.days)
        if days is None or len(rule.times) > 2 or rule.comment not in ("", APPOINTMENT):
            return None
        if any(end == "24:00" for _, end in rule.times):
            return None
        for day in days:
            cell = {"appointment": rule.comment == APPOINTMENT}
            if not rule.closed:
                for (start_key, end_key), (start, end) in zip(SLOTS, rule.times, strict=False):
                    cell[start_key], cell[end_key] = start, end
            grid[day] = cell if not rule.closed else {}
    return grid


def osm_from_grid(grid):
    """The OSM value of a clean grid: consecutive days with the same hours share one rule."""
    specs = []
    for day in DAYS:
        cell = grid.get(day) or {}
        times = tuple((cell[start], cell[end]) for start, end in SLOTS if cell.get(start))
        specs.append((times, bool(cell.get("appointment"))))
    rules, index = [], 0
    while index < len(DAYS):
        times, appointment = specs[index]
        last = index
        while last + 1 < len(DAYS) and specs[last + 1] == specs[index]:
            last += 1
        if times or appointment:
            days = DAYS[index] if last == index else f"{DAYS[index]}-{DAYS[last]}"
            parts = [days]
            if times:
                parts.append(",".join(f"{start}-{end}" for start, end in times))
            if appointment:
                parts.append(f'"{APPOINTMENT}"')
            rules.append(" ".join(parts))
        index = last + 1
    if (grid.get("PH") or {}).get("closed"):
        rules.append("PH off")
    return "; ".join(rules)


class OpeningHoursWidget(forms.Widget):
    """The weekly grid, plus the raw OSM text for values the grid cannot show."""

    template_name = "actors/widgets/opening_hours.html"
    use_fieldset = True

    def value_from_datadict(self, data, files, name):
        grid = {}
        for day in DAYS:
            prefix = f"{name}_{day.lower()}"
            cell = {key: data.get(f"{prefix}_{key}", "") for pair in SLOTS for key in pair}
            cell["appointment"] = data.get(f"{prefix}_appointment") in ("on", "1", "true")
            grid[day] = cell
        grid["PH"] = {"closed": data.get(f"{name}_ph_off") in ("on", "1", "true")}
        return {"grid": grid, "osm": data.get(f"{name}_osm", "")}

    def value_omitted_from_data(self, data, files, name):
        return not any(key.startswith(f"{name}_") for key in data)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if isinstance(value, dict):  # bound: show exactly what was typed
            grid, osm, unreadable = value["grid"], value["osm"], False
        else:
            grid = grid_from_osm(value or "")
            unreadable = grid is None
            osm = (value or "") if unreadable else ""
            grid = grid or {day: {} for day in DAYS}
        base_id = context["widget"]["attrs"].get("id") or f"id_{name}"
        rows = []
        for position, day in enumerate(DAYS):
            cell = grid.get(day) or {}
            prefix = f"{name}_{day.lower()}"
            inputs = []
            for slot, (start, end) in enumerate(SLOTS, start=1):
                for key, what in ((start, "ouverture"), (end, "fermeture")):
                    field_id = base_id if position == 0 and key == "1_start" else f"{base_id}_{day.lower()}_{key}"
                    inputs.append(
                        {
                            "name": f"{prefix}_{key}",
                            "id": field_id,
                            "value": cell.get(key) or "",
                            "label": f"{DAY_LABELS[day]}, {'1re' if slot == 1 else '2e'} plage, {what}",
                        }
                    )
            rows.append(
                {
                    "day": day,
                    "label": DAY_LABELS[day],
                    "inputs": inputs,
                    "appointment_name": f"{prefix}_appointment",
                    "appointment_id": f"{base_id}_{day.lower()}_appointment",
                    "appointment": bool(cell.get("appointment")),
                }
            )
        holidays = {"name": f"{name}_ph_off", "id": f"{base_id}_ph_off", "closed": (grid.get("PH") or {}).get("closed")}
        context.update(rows=rows, osm=osm, osm_name=f"{name}_osm", osm_id=f"{base_id}_osm", unreadable=unreadable,
                       holidays=holidays)  # fmt: skip
        return context


class OpeningHoursField(forms.Field):
    widget = OpeningHoursWidget

    def to_python(self, value):
        if value is None or isinstance(value, str):
            return value or ""
        grid_in, osm = value["grid"], (value.get("osm") or "").strip()
        errors, grid = [], {}
        for day in DAYS:
            cell = grid_in.get(day) or {}
            label = DAY_LABELS[day]
            spans, before = [], len(errors)
            for start_key, end_key in SLOTS:
                try:
                    start, end = read_time(cell.get(start_key)), read_time(cell.get(end_key))
                except ValueError as bad:
                    errors.append(f"{label} : « {bad} » n'est pas une heure (par exemple 09:00 ou 14h30).")
                    continue
                if (start is None) != (end is None):
                    errors.append(f"{label} : indiquez l'heure d'ouverture et l'heure de fermeture de chaque plage.")
                elif start is not None:
                    if end <= start:
                        errors.append(f"{label} : la plage {start}–{end} finit avant de commencer.")
                    spans.append((start, end))
            if len(spans) == 2 and len(errors) == before:
                (first_start, first_end), (second_start, second_end) = sorted(spans)
                if second_start < first_end:
                    errors.append(f"{label} : les deux plages se chevauchent ({first_start}–{first_end} et "
                                  f"{second_start}–{second_end}).")  # fmt: skip
            cell_out = {"appointment": bool(cell.get("appointment"))}
            for (start_key, end_key), (start, end) in zip(SLOTS, sorted(spans), strict=False):
                cell_out[start_key], cell_out[end_key] = start, end
            grid[day] = cell_out
        grid["PH"] = {"closed": bool((grid_in.get("PH") or {}).get("closed"))}
        if errors:
            raise ValidationError(errors)
        value = osm_from_grid(grid)
        if value == "PH off":  # holidays closed, but no hours: nothing to say
            value = ""
        if len(value) > 255:
            raise ValidationError(
                "Ces horaires sont trop longs à écrire (255 caractères au plus) : regroupez des jours."
            )
        if not value and osm:
            opening_hours.validate_opening_hours(osm)
            return osm
        return value

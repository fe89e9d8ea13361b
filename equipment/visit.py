"""The visit's optional "Équipement" part, read from the sheet's public parameters (French names).

    ordinateurs=3  systemes=windows-10,linux  age=4-7-ans  achat=subvention  financeur=etat

Read leniently like the rest of the visit (ptca/companion/visit.py): an out-of-range number, an
unknown system, plan or funder is ignored with a French notice, never an exception. No personal data.
"""

from dataclasses import dataclass, field

from equipment.models import FundingScheme

MAX_COMPUTERS = 500

WINDOWS_10, WINDOWS_11, MACOS, LINUX, MOBILE = "windows-10", "windows-11", "macos", "linux", "mobiles"
SYSTEM_CHOICES = [
    (WINDOWS_10, "Windows 10"),
    (WINDOWS_11, "Windows 11"),
    (MACOS, "macOS"),
    (LINUX, "Linux"),
    (MOBILE, "Téléphones et tablettes seulement"),
]
AGE_CHOICES = [
    ("moins-4-ans", "Moins de 4 ans"),
    ("4-7-ans", "De 4 à 7 ans"),
    ("plus-7-ans", "Plus de 7 ans"),
]
PLAN_NONE, PLAN_PLANNED, PLAN_GRANT = "aucun", "prevu", "subvention"
PLAN_CHOICES = [
    (PLAN_NONE, "Aucun achat prévu"),
    (PLAN_PLANNED, "Un achat est prévu"),
    (PLAN_GRANT, "Une subvention est demandée pour l'achat"),
]
FUNDER_CHOICES = FundingScheme.FUNDER_CHOICES
PARAMETERS = ("ordinateurs", "systemes", "age", "achat", "financeur")


def _keys(choices):
    return {key for key, _label in choices}


@dataclass
class EquipmentAnswers:
    computers: int | None = None
    systems: list = field(default_factory=list)
    age: str | None = None
    plan: str | None = None
    funder: str | None = None
    notices: list = field(default_factory=list)

    @classmethod
    def from_query(cls, query):
        answers = cls()
        raw = (query.get("ordinateurs") or "").strip()[:10]
        if raw:
            try:
                number = int(raw)
            except ValueError:
                number = None
            if number is None or not 0 <= number <= MAX_COMPUTERS:
                answers.notices.append(
                    f"Le nombre d'ordinateurs doit être un nombre entier entre 0 et {MAX_COMPUTERS} ; il a été ignoré."
                )
            else:
                answers.computers = number
        unknown = False
        for value in query.getlist("systemes")[:10]:
            for part in value[:200].split(","):
                part = part.strip().lower()
                if not part:
                    continue
                if part in _keys(SYSTEM_CHOICES):
                    if part not in answers.systems:
                        answers.systems.append(part)
                else:
                    unknown = True
        if unknown:
            answers.notices.append("Un système indiqué n'est pas dans la liste ; il a été ignoré.")
        for name, attribute, choices, message in (
            ("age", "age", AGE_CHOICES, "L'âge des ordinateurs indiqué n'est pas reconnu ; il a été ignoré."),
            ("achat", "plan", PLAN_CHOICES, "Le projet d'achat indiqué n'est pas reconnu ; il a été ignoré."),
            ("financeur", "funder", FUNDER_CHOICES, "Le financeur indiqué n'est pas dans la liste ; il a été ignoré."),
        ):
            value = (query.get(name) or "").strip()[:40]
            if value in _keys(choices):
                setattr(answers, attribute, value)
            elif value:
                answers.notices.append(message)
        if answers.plan != PLAN_GRANT:
            answers.funder = None
        # Keep systems in the list's order, "mobiles" alone makes no sense with computer systems.
        order = [key for key, _label in SYSTEM_CHOICES]
        answers.systems.sort(key=order.index)
        return answers

    @property
    def is_empty(self):
        return self.computers is None and not self.systems and not self.age and not self.plan

    @property
    def purchase_planned(self):
        return self.plan in (PLAN_PLANNED, PLAN_GRANT)

    @property
    def before_buying(self):
        """The sheet shows "Avant d'acheter du neuf": a purchase is planned or Windows 10 is present."""
        return self.purchase_planned or WINDOWS_10 in self.systems

    @property
    def phones_only(self):
        return self.systems == [MOBILE]

    def params(self):
        """[(name, value)] for the sheet's canonical address, in a fixed order."""
        params = []
        if self.computers is not None:
            params.append(("ordinateurs", str(self.computers)))
        if self.systems:
            params.append(("systemes", ",".join(self.systems)))
        if self.age:
            params.append(("age", self.age))
        if self.plan:
            params.append(("achat", self.plan))
        if self.funder:
            params.append(("financeur", self.funder))
        return params

    def labels(self):
        """[(label, value)] for the sheet's summary."""
        labels = []
        if self.computers is not None:
            labels.append(("Ordinateurs", str(self.computers)))
        if self.systems:
            names = dict(SYSTEM_CHOICES)
            labels.append(("Systèmes", ", ".join(names[key] for key in self.systems)))
        if self.age:
            labels.append(("Âge des ordinateurs", dict(AGE_CHOICES)[self.age]))
        if self.plan:
            text = dict(PLAN_CHOICES)[self.plan]
            if self.funder:
                text += " — " + dict(FUNDER_CHOICES)[self.funder]
            labels.append(("Achat", text))
        return labels


def choices():
    """The visit form's "Équipement" part: its choices and bounds."""
    return {
        "systems": SYSTEM_CHOICES,
        "ages": AGE_CHOICES,
        "plans": PLAN_CHOICES,
        "funders": FUNDER_CHOICES,
        "max_computers": MAX_COMPUTERS,
    }

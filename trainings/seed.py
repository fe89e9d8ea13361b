"""The training modules as a seed kind (core/seed.py). Sessions are not seeded: they are dated, so
they are created by coordinators (and, in DEBUG, by the demo data)."""

from core.seed import Entry, Kind
from trainings import content
from trainings.models import Training


class TrainingKind(Kind):
    name, label, plural = "module", "module de formation", "modules de formation"
    model = Training
    fields = (
        "title",
        "audiences",
        "summary",
        "objectives",
        "programme",
        "prerequisites",
        "duration",
        "format",
        "is_published",
    )
    sets = {"needs": "besoin", "tools": "outil", "organisers": "acteur", "speakers": "acteur"}

    def items(self):
        return content.TRAININGS

    def entry(self, item):
        values = {name: item[name] for name in self.fields if name != "is_published"}
        values.update({"audiences": list(item["audiences"]), "is_published": True})
        values.update({name: item[name] for name in self.sets})
        return Entry(key=item["slug"], label=item["title"], values=values)


KINDS = [TrainingKind()]

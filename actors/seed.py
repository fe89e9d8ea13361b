"""The actors directory's shipped content as seed kinds (core/seed.py): services, communes, actors.

Actors carry rules, so the seed writes them as the coordinators' pages do:
- a seeded actor starts "not verified" (no `verified_on`): coordinators check each page before relying
  on it. `actors.services.actor_create` is not used because it marks the actor verified by the user
  who filled the form;
- a change of publication goes through `actors.services.actor_set_published`;
- other changes lock the row and raise `version`, the rule of `actors.services.actor_update` (which
  takes a coordinator's bound form), so a coordinator with the edit form open gets the "someone
  saved this page meanwhile" message instead of silently undoing the release's change.
"""

from django.db import transaction

from actors import content
from actors.models import Actor, Commune, Service
from actors.services import actor_set_published
from core.seed import Entry, EntryError, Kind


class ServiceKind(Kind):
    name, label, plural = "service", "service proposé", "services proposés"
    model = Service
    fields = ("name", "position")

    def items(self):
        return [
            {"slug": slug, "name": name, "position": position}
            for position, (slug, name) in enumerate(content.SERVICES, start=1)
        ]

    def entry(self, item):
        return Entry(key=item["slug"], label=item["name"], values={"name": item["name"], "position": item["position"]})


class CommuneKind(Kind):
    name, label, plural = "commune", "commune", "communes"
    model = Commune
    lookup = "insee_code"
    fields = ("name", "postal_code", "postal_codes", "latitude", "longitude", "epci_code", "epci_name")

    def items(self):
        return content.COMMUNES

    def entry(self, item):
        postal_codes = item["postal_codes"].split()
        values = {
            "name": item["name"],
            "postal_code": postal_codes[0] if postal_codes else "",
            "postal_codes": " ".join(postal_codes),
            "latitude": item["latitude"],
            "longitude": item["longitude"],
            "epci_code": item["epci_code"],
            "epci_name": item["epci_name"],
        }
        return Entry(key=item["insee_code"], label=item["name"], values=values)


class ActorKind(Kind):
    name, label, plural = "acteur", "acteur", "acteurs"
    model = Actor
    fields = (
        "name",
        "acronym",
        "kind",
        "summary",
        "description",
        "publics",
        "serves_whole_departement",
        "website",
        "commune",
        "postal_code",
        "insee_code",
        "latitude",
        "longitude",
        "location_is_approximate",
        "is_published",
    )
    sets = {"services": "service", "tools": "outil", "needs": "besoin"}

    def items(self):
        return content.ACTORS

    def entry(self, item):
        communes = {row["insee_code"]: row for row in content.COMMUNES}
        insee = item.get("insee")
        if insee and insee not in communes:
            raise EntryError(
                "insee_code", f"commune inconnue « {insee} » (absente de actors/content/data/communes_37.csv)."
            )
        row = communes.get(insee) or {}
        commune, latitude, longitude = row.get("name", ""), row.get("latitude"), row.get("longitude")
        postal_code = row["postal_codes"].split()[0] if row else ""
        values = {
            "name": item["name"],
            "acronym": item.get("acronym", ""),
            "kind": item["kind"],
            "summary": item["summary"],
            "description": item["description"],
            "publics": list(item["publics"]),
            "serves_whole_departement": item.get("whole", False),
            "website": item.get("website", ""),
            # Where only the commune is known, the point is its centre, marked approximate.
            "commune": commune or item.get("commune_name", ""),
            "postal_code": postal_code,
            "insee_code": insee or "",
            "latitude": latitude,
            "longitude": longitude,
            "location_is_approximate": bool(insee),
            "is_published": True,
            "services": item["services"],
            "tools": item.get("tools", []),
            "needs": item.get("needs", []),
        }
        return Entry(key=item["slug"], label=item["name"], values=values)

    def update(self, obj, plain, related, ctx):
        plain = dict(plain)
        published = plain.pop("is_published", None)
        with transaction.atomic():
            actor = Actor.objects.select_for_update().get(pk=obj.pk)
            if plain or related:
                for name, value in plain.items():
                    setattr(actor, name, self.python(name, value))
                actor.version += 1
                self.save(actor, [*plain, "version"])
                for name, (add, remove) in related.items():
                    self.set_related(actor, name, add=add, remove=remove, ctx=ctx)
            if published is not None and published != actor.is_published:
                actor = actor_set_published(actor=actor, published=published)
        return actor


KINDS = [ServiceKind(), CommuneKind(), ActorKind()]

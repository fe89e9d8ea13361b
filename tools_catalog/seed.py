"""The catalogue's shipped content as seed kinds (core/seed.py): needs, hosters, free tools, proprietary
products, equivalences and guides. The values live in `tools_catalog/content/`.

The catalogue has no services module: its writes are model saves whose signals keep the search text
and the cached counts current, so the seed saves the models as the admin does.
"""

from core.seed import Entry, EntryError, Kind, Skip, to_json
from tools_catalog import content
from tools_catalog.models import Equivalence, Guide, HostedOffer, Hoster, Maintenance, Need, ProprietaryProduct, Tool


def _values(item, names):
    return {name: item[name] for name in names}


class NeedKind(Kind):
    name, label, plural = "besoin", "besoin", "besoins"
    model = Need
    fields = ("name", "description", "position")

    def items(self):
        return [{**item, "position": position * 10} for position, item in enumerate(content.NEEDS, start=1)]

    def entry(self, item):
        return Entry(key=item["slug"], label=item["name"], values=_values(item, self.fields))


class HosterKind(Kind):
    """Hosters have no slug: their shipped name is the key (a rename here keeps the link)."""

    name, label, plural = "hebergeur", "hébergeur", "hébergeurs"
    model = Hoster
    lookup = "name"
    fields = ("name", "url", "is_chatons_member", "description")

    def items(self):
        return content.HOSTERS

    def entry(self, item):
        return Entry(key=item["name"], label=item["name"], values=_values(item, self.fields))


class ToolKind(Kind):
    name, label, plural = "outil", "outil libre", "outils libres"
    model = Tool
    fields = (
        "name",
        "summary",
        "description",
        "website",
        "source_url",
        "licence",
        "access",
        "platforms",
        "cost_model",
        "ease",
        "available_in_french",
        "privacy_notes",
        "is_published",
        "licence_evidence_url",
        "licence_checked_on",
        "licence_checked_by",
        "maintenance_status",
        "maintenance_since",
        "maintenance_note",
    )
    # Where to use a tool (its hosters) is the offers' kind, with each offer's terms and checks.
    sets = {"needs": "besoin", "tags": None}

    def items(self):
        return content.TOOLS

    def entry(self, item):
        values = {
            **_values(item, ["name", "summary", "description", "website", "source_url", "licence", "access"]),
            "platforms": list(item["platforms"]),
            "cost_model": item["cost_model"],
            "ease": item["ease"],
            "available_in_french": item.get("french", True),
            "privacy_notes": item["privacy"],
            "is_published": True,
            # Every licence carries its evidence and the date of its check (tests/test_content_facts.py).
            "licence_evidence_url": item.get("licence_evidence", ""),
            "licence_checked_on": item.get(
                "licence_checked_on", content.CHECKED_ON if item.get("licence_evidence") else None
            ),
            "licence_checked_by": item.get(
                "licence_checked_by", content.CHECKED_BY if item.get("licence_evidence") else ""
            ),
            "maintenance_status": item.get("maintenance_status", Maintenance.ACTIVE),
            "maintenance_since": item.get("maintenance_since"),
            "maintenance_note": item.get("maintenance_note", ""),
            "needs": item["needs"],
            "tags": item["tags"],
        }
        return Entry(key=item["slug"], label=item["name"], values=values)

    def read_names(self, obj, name):
        return [tag.name for tag in obj.tags.all()]

    def write_names(self, obj, name, *, add, remove):
        if remove:
            obj.tags.remove(*remove)
        if add:
            obj.tags.add(*add)


class OfferKind(Kind):
    """A hoster's offer of a tool, keyed "tool/hoster name": the tool's `hosters` list, in display order
    (a hoster listed last is shown last), with the terms of `offers[hoster name]` when given."""

    name, label, plural = "offre", "offre d'hébergement", "offres d'hébergement"
    model = HostedOffer
    lookup = None
    fields = (
        "url",
        "conditions",
        "caveat",
        "position",
        "status",
        "status_since",
        "status_note",
        "evidence_url",
        "checked_on",
        "checked_by",
    )
    DEFAULTS = {
        "url": "",
        "conditions": "",
        "caveat": "",
        "position": 100,
        "status": Maintenance.ACTIVE,
        "status_since": None,
        "status_note": "",
        "evidence_url": "",
        "checked_on": None,
        "checked_by": "",
    }

    def items(self):
        return [
            {"tool": tool["slug"], "hoster": name, "position": position * 10, **tool.get("offers", {}).get(name, {})}
            for tool in content.TOOLS
            for position, name in enumerate(tool.get("hosters", []), start=1)
        ]

    def entry(self, item):
        key = f"{item['tool']}/{item['hoster']}"
        values = {name: item.get(name, default) for name, default in self.DEFAULTS.items()}
        values["position"] = item["position"]
        if values["evidence_url"] and not values["checked_on"]:
            values["checked_on"], values["checked_by"] = content.CHECKED_ON, content.CHECKED_BY
        return Entry(key=key, label=f"{item['tool']} chez {item['hoster']}", values=values)

    def _pair(self, key, ctx):
        tool, hoster = key.split("/", 1)
        return ctx.pk("outil", tool), ctx.pk("hebergeur", hoster)

    def find(self, keys, ctx):
        pairs = {self._pair(key, ctx): key for key in keys}
        found = {}
        for offer in HostedOffer.objects.filter(tool_id__in={tool for tool, _ in pairs if tool}):
            key = pairs.get((offer.tool_id, offer.hoster_id))
            if key:
                found[key] = offer
        return found

    def adopted_base(self, obj, here, upstream):
        """A link row made by an older release (still at its defaults) takes this release's terms."""
        untouched = {name: to_json(self.field(name), value) for name, value in self.DEFAULTS.items()}
        return here if here == untouched else upstream

    def initial(self, key, values, ctx):
        tool_id, hoster_id = self._pair(key, ctx)
        if not tool_id or not hoster_id:
            raise Skip("son outil ou son hébergeur n'existe pas ici (supprimé ou non créé).")
        return {**super().initial(key, values, ctx), "tool_id": tool_id, "hoster_id": hoster_id}

    def save(self, obj, changed):
        super().save(obj, [*changed, "tool", "hoster"])


class ProductKind(Kind):
    name, label, plural = "produit", "produit propriétaire", "produits propriétaires"
    model = ProprietaryProduct
    fields = ("name", "aliases", "vendor", "website", "business_model", "concerns", "is_published")
    sets = {"needs": "besoin"}

    def items(self):
        return content.PRODUCTS

    def entry(self, item):
        values = {**_values(item, self.fields[:-1]), "is_published": True, "needs": item["needs"]}
        return Entry(key=item["slug"], label=item["name"], values=values)


GENERIC_STEPS_NOTE = "*Étapes génériques*"


def migration_steps(product, tool):
    """Default Markdown migration steps: export from the product, start with the tool, tell members.

    They are built from the product's ``export`` and the tool's ``adopt`` and ``tell`` texts, so they do not
    describe what breaks for this pair: the first line says so on the page."""
    return (
        f"{GENERIC_STEPS_NOTE} : elles valent pour tout passage depuis {product['name']} ou vers "
        f"{tool['name']}, sans le détail des menus ni de ce qui ne suit pas ; à adapter à l'association.\n\n"
        f"1. **Exporter depuis {product['name']}** : {product['export']}\n"
        f"2. **Mettre en place {tool['name']}** : {tool['adopt']}\n"
        f"3. **Prévenir les membres** : {tool['tell']}\n"
    )


class EquivalenceKind(Kind):
    """Keyed "product/tool"; the pair is its identity, so only the texts and ratings are compared."""

    name, label, plural = "equivalence", "équivalence", "équivalences"
    model = Equivalence
    lookup = None
    fields = (
        "coverage",
        "losses",
        "gains",
        "migration_effort",
        "migration_steps",
        "cost_note",
        "evidence_url",
        "checked_on",
        "checked_by",
    )

    def items(self):
        return content.EQUIVALENCES

    def entry(self, item):
        key = f"{item['product']}/{item['tool']}"
        product = next((product for product in content.PRODUCTS if product["slug"] == item["product"]), None)
        tool = next((tool for tool in content.TOOLS if tool["slug"] == item["tool"]), None)
        if product is None:
            message = f"produit propriétaire inconnu « {item['product']} » (absent du contenu livré)."
            raise EntryError("product", message, key=key)
        if tool is None:
            raise EntryError("tool", f"outil libre inconnu « {item['tool']} » (absent du contenu livré).", key=key)
        values = {
            "coverage": item["coverage"],
            "losses": item["losses"],
            "gains": item["gains"],
            "migration_effort": item["effort"],
            "migration_steps": item.get("steps") or content.PAIR_STEPS.get(key) or migration_steps(product, tool),
            "cost_note": item.get("cost", ""),
            "evidence_url": item.get("evidence", ""),
            "checked_on": content.CHECKED_ON if item.get("evidence") else None,
            "checked_by": content.CHECKED_BY if item.get("evidence") else "",
        }
        return Entry(key=key, label=f"{product['name']} → {tool['name']}", values=values)

    def _pair(self, key, ctx):
        product, tool = key.split("/", 1)
        return ctx.pk("produit", product), ctx.pk("outil", tool)

    def find(self, keys, ctx):
        pairs = {self._pair(key, ctx): key for key in keys}
        product_ids = {product for product, _ in pairs if product}
        found = {}
        for equivalence in Equivalence.objects.filter(product_id__in=product_ids):
            key = pairs.get((equivalence.product_id, equivalence.tool_id))
            if key:
                found[key] = equivalence
        return found

    def initial(self, key, values, ctx):
        product_id, tool_id = self._pair(key, ctx)
        if not product_id or not tool_id:
            raise Skip("son produit ou son outil n'existe pas ici (supprimé ou non créé).")
        return {**super().initial(key, values, ctx), "product_id": product_id, "tool_id": tool_id}

    def save(self, obj, changed):
        super().save(obj, [*changed, "product", "tool"])


class GuideKind(Kind):
    name, label, plural = "guide", "guide", "guides"
    model = Guide
    fields = ("title", "summary", "body", "position", "is_published")

    def items(self):
        return [{**item, "position": position * 10} for position, item in enumerate(content.GUIDES, start=1)]

    def entry(self, item):
        values = {**_values(item, ["title", "summary", "body", "position"]), "is_published": True}
        return Entry(key=item["slug"], label=item["title"], values=values)


KINDS = [NeedKind(), HosterKind(), ToolKind(), OfferKind(), ProductKind(), EquivalenceKind(), GuideKind()]

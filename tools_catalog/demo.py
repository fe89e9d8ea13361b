"""Load the curated French catalogue (needs, hosters, tools, products, equivalences, guides).

Idempotent: every object is found by its natural key (slug, or name for hosters, or the (product, tool)
pair for equivalences) and updated in place, so running it twice creates no duplicates. Every object is
validated with ``full_clean()`` before saving, so a bad licence identifier or URL stops the load.
The content itself lives in ``tools_catalog/content/`` as plain Python data.
"""

from tools_catalog import content
from tools_catalog.models import Equivalence, Guide, Hoster, Need, ProprietaryProduct, Tool


def _save(model, lookup, values):
    """Create or update one object from ``lookup`` and ``values``, validating it before saving."""
    obj = model.objects.filter(**lookup).first() or model(**lookup)
    for field, value in values.items():
        setattr(obj, field, value)
    obj.full_clean()
    obj.save()
    return obj


def migration_steps(product, tool):
    """Default Markdown migration steps: export from the product, start with the tool, tell members."""
    return (
        f"1. **Exporter depuis {product['name']}** : {product['export']}\n"
        f"2. **Mettre en place {tool['name']}** : {tool['adopt']}\n"
        f"3. **Prévenir les membres** : {tool['tell']}\n"
    )


def load(*, stdout):
    needs = {}
    for position, data in enumerate(content.NEEDS, start=1):
        needs[data["slug"]] = _save(
            Need,
            {"slug": data["slug"]},
            {"name": data["name"], "description": data["description"], "position": position * 10},
        )

    hosters = {}
    for data in content.HOSTERS:
        hosters[data["name"]] = _save(
            Hoster,
            {"name": data["name"]},
            {"url": data["url"], "is_chatons_member": data["is_chatons_member"], "description": data["description"]},
        )

    tools = {}
    for data in content.TOOLS:
        tool = _save(
            Tool,
            {"slug": data["slug"]},
            {
                "name": data["name"],
                "summary": data["summary"],
                "description": data["description"],
                "website": data["website"],
                "source_url": data["source_url"],
                "licence": data["licence"],
                "access": data["access"],
                "platforms": list(data["platforms"]),
                "cost_model": data["cost_model"],
                "ease": data["ease"],
                "available_in_french": data.get("french", True),
                "privacy_notes": data["privacy"],
                "is_published": True,
            },
        )
        tool.needs.set([needs[slug] for slug in data["needs"]])
        tool.hosters.set([hosters[name] for name in data.get("hosters", [])])
        tool.tags.set(data["tags"], clear=False)
        tools[data["slug"]] = tool

    products = {}
    for data in content.PRODUCTS:
        product = _save(
            ProprietaryProduct,
            {"slug": data["slug"]},
            {
                "name": data["name"],
                "aliases": data["aliases"],
                "vendor": data["vendor"],
                "website": data["website"],
                "business_model": data["business_model"],
                "concerns": data["concerns"],
                "is_published": True,
            },
        )
        product.needs.set([needs[slug] for slug in data["needs"]])
        products[data["slug"]] = product

    tool_data = {data["slug"]: data for data in content.TOOLS}
    product_data = {data["slug"]: data for data in content.PRODUCTS}
    for data in content.EQUIVALENCES:
        steps = data.get("steps") or migration_steps(product_data[data["product"]], tool_data[data["tool"]])
        _save(
            Equivalence,
            {"product": products[data["product"]], "tool": tools[data["tool"]]},
            {
                "coverage": data["coverage"],
                "losses": data["losses"],
                "gains": data["gains"],
                "migration_effort": data["effort"],
                "migration_steps": steps,
                "cost_note": data.get("cost", ""),
            },
        )

    for position, data in enumerate(content.GUIDES, start=1):
        _save(
            Guide,
            {"slug": data["slug"]},
            {
                "title": data["title"],
                "summary": data["summary"],
                "body": data["body"],
                "position": position * 10,
                "is_published": True,
            },
        )

    stdout.write(
        f"Catalogue : {len(content.NEEDS)} besoins, {len(content.HOSTERS)} hébergeurs, {len(content.TOOLS)} outils libres, "
        f"{len(content.PRODUCTS)} produits propriétaires, {len(content.EQUIVALENCES)} équivalences, "
        f"{len(content.GUIDES)} guides."
    )

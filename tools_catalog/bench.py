"""Benchmark data of the catalogue: 5,000 tools, 2,000 products, 20,000 equivalences (times `size`).

`generate(size=1)` bulk-creates the data (replacing a previous benchmark catalogue, recognised
by the "bench-" slugs); `pages()` lists the pages to time; `comparisons()` compares the two ways of
correcting typos (RapidFuzz in memory, pg_trgm on the word table) and returns lines for the report.
Used by `make bench`.
"""

from django.db import connection, transaction
from taggit.models import Tag, TaggedItem

from tools_catalog.cache import bump_catalogue_version
from tools_catalog.models import Equivalence, Hoster, Need, ProprietaryProduct, Tool, platform_codes, product_match_keys
from tools_catalog.search import refresh_search_text
from tools_catalog.words import refresh_search_words

TOOLS, PRODUCTS, EQUIVALENCES, NEEDS, TAGS = 5000, 2000, 20000, 20, 60
TOOL_NAMES = ["Nextcloud", "LibreOffice", "Jitsi", "Framadate", "Thunderbird", "Inkscape", "Garradin", "Mobilizon"]
PRODUCT_NAMES = ["Google Drive", "Microsoft Excel", "Doodle", "Mailchimp", "WhatsApp", "Facebook", "Dropbox", "Canva"]
PLATFORMS = [["web"], ["windows", "macos", "linux"], ["web", "android", "ios"], ["linux"], ["web", "windows"]]


def generate(*, size: int = 1) -> None:
    _generate(tools=TOOLS * size, products=PRODUCTS * size, equivalences=EQUIVALENCES * size)
    _refresh_statistics()
    bump_catalogue_version()  # bulk_create sends no signal: drop the cached counts


def _refresh_statistics():
    """After a bulk load, PostgreSQL needs fresh statistics (and flushed GIN lists) to use the indexes."""
    if connection.vendor != "postgresql":
        return
    command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
    tables = ["tools_catalog_tool", "tools_catalog_tool_needs", "tools_catalog_proprietaryproduct"]
    tables += ["tools_catalog_equivalence", "taggit_taggeditem", "taggit_tag", "tools_catalog_searchword"]
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"{command} {table}")


@transaction.atomic
def _generate(*, tools, products, equivalences):
    Tool.objects.filter(slug__startswith="bench-").delete()
    ProprietaryProduct.objects.filter(slug__startswith="bench-").delete()
    needs = []
    for index in range(NEEDS):
        need, _ = Need.objects.update_or_create(
            slug=f"bench-besoin-{index}",
            defaults={"name": f"Besoin de test {index}", "description": "Besoin généré.", "position": 500 + index},
        )
        needs.append(need)
    hoster, _ = Hoster.objects.update_or_create(
        name="Hébergeur de test", defaults={"url": "https://hebergeur.example.org/", "is_chatons_member": True}
    )
    access, costs, eases = Tool.Access.values, Tool.CostModel.values, Tool.Ease.values
    tool_rows = []
    for index in range(tools):
        platforms = PLATFORMS[index % len(PLATFORMS)]
        name = f"{TOOL_NAMES[index % len(TOOL_NAMES)]} {index}"
        tool_rows.append(
            Tool(
                name=name,
                slug=f"bench-outil-{index}",
                summary=f"Outil de test numéro {index} pour la visioconférence et le partage de fichiers.",
                description="Un **outil** généré pour les mesures.",
                website="https://example.org/",
                licence=["AGPL-3.0-or-later", "GPL-3.0-only", "MPL-2.0", "Apache-2.0", "MIT"][index % 5],
                access=access[index % len(access)],
                platforms=platforms,
                platform_codes=platform_codes(platforms),
                cost_model=costs[index % len(costs)],
                ease=eases[index % len(eases)],
                search_text=name.lower(),
            )
        )
    created_tools = Tool.objects.bulk_create(tool_rows, batch_size=1000)
    product_rows = []
    for index in range(products):
        name = "Zoom" if index == 0 else f"{PRODUCT_NAMES[index % len(PRODUCT_NAMES)]} {index}"
        aliases = "Zoom Meetings" if index == 0 else f"alias{index}"
        product_rows.append(
            ProprietaryProduct(
                name=name,
                slug=f"bench-produit-{index}",
                aliases=aliases,
                vendor="Éditeur de test",
                business_model=ProprietaryProduct.BusinessModel.FREEMIUM,
                search_text=name.lower(),
                match_keys=product_match_keys(name, aliases),
            )
        )
    created_products = ProprietaryProduct.objects.bulk_create(product_rows, batch_size=1000)

    need_links = [
        Tool.needs.through(tool_id=tool.pk, need_id=needs[(index + offset) % NEEDS].pk)
        for index, tool in enumerate(created_tools)
        for offset in (0, 7)
    ]
    Tool.needs.through.objects.bulk_create(need_links, batch_size=5000, ignore_conflicts=True)
    Tool.hosters.through.objects.bulk_create(
        [Tool.hosters.through(tool_id=tool.pk, hoster_id=hoster.pk) for tool in created_tools[::3]], batch_size=5000
    )
    ProprietaryProduct.needs.through.objects.bulk_create(
        [
            ProprietaryProduct.needs.through(proprietaryproduct_id=product.pk, need_id=needs[index % NEEDS].pk)
            for index, product in enumerate(created_products)
        ],
        batch_size=5000,
    )
    tags = []
    for index in range(TAGS):
        tag, _ = Tag.objects.get_or_create(slug=f"bench-mot-{index}", defaults={"name": f"bench mot {index}"})
        tags.append(tag)
    from django.contrib.contenttypes.models import ContentType

    tool_type = ContentType.objects.get_for_model(Tool)
    TaggedItem.objects.bulk_create(
        [
            TaggedItem(tag=tags[(index + offset) % TAGS], content_type=tool_type, object_id=tool.pk)
            for index, tool in enumerate(created_tools)
            for offset in (0, 11, 23)
        ],
        batch_size=5000,
    )
    per_product = max(1, equivalences // max(1, products))
    rows = []
    for index in range(equivalences):
        product_index, rank = index % products, index // products
        tool_index = (product_index * per_product + rank) % tools
        rows.append(
            Equivalence(
                product_id=created_products[product_index].pk,
                tool_id=created_tools[tool_index].pk,
                coverage=Equivalence.Coverage.values[index % 3],
                losses="Moins d'intégrations.",
                gains="Données en Europe, pas de publicité.",
                migration_effort=Equivalence.Effort.values[index % 3],
                migration_steps="1. Exporter.\n2. Importer.\n3. Prévenir les membres.",
                cost_note="Gratuit.",
            )
        )
    Equivalence.objects.bulk_create(rows, batch_size=5000, ignore_conflicts=True)
    refresh_search_text([tool.pk for tool in created_tools])
    refresh_search_words()


def pages() -> list[tuple[str, str]]:
    return [
        ("Catalogue : liste", "/outils/"),
        ("Catalogue : recherche « zoom »", "/outils/?q=zoom"),
        ("Catalogue : recherche « nextcloud » (625 outils)", "/outils/?q=nextcloud"),
        ("Catalogue : recherche avec faute « nextclod »", "/outils/?q=nextclod"),
        ("Catalogue : recherche avec faute « gogle drive »", "/outils/?q=gogle+drive"),
        ("Catalogue : recherche d'un besoin « visio »", "/outils/?q=visio"),
        ("Catalogue : recherche « formation »", "/outils/?q=formation"),
        ("Catalogue : recherche et filtres", "/outils/?q=visio&platform=web&ease=easy"),
        ("Catalogue : besoin", "/outils/besoins/bench-besoin-1/"),
        ("Catalogue : comparaison", "/outils/comparer/?outils=bench-outil-1,bench-outil-2,bench-outil-3"),
        ("Catalogue : fiche outil", "/outils/bench-outil-1/"),
        ("Catalogue : remplacer Zoom", "/outils/remplacer/bench-produit-0/"),
        ("Recherche du portail « zoom »", "/recherche/?q=zoom"),
        ("Recherche du portail avec faute « nextclod »", "/recherche/?q=nextclod"),
        ("Visite : filtre des produits « exel » (JSON)", "/visite/produits.json?filtre=exel"),
    ]


def comparisons(repeat: int = 30) -> list[str]:
    """Typo correction alone, and the typo page against the exact pages, with each backend (Markdown lines).

    The three pages are timed in turn within one loop, so that a busy machine slows them alike and
    the ratios stay meaningful. « nextcloud » finds the same 625 tools as « nextclod »: their gap
    is the cost of the correction; « zoom » (about 10 tools) is the reference of the issue.
    """
    import statistics
    import time

    from django.test import Client, override_settings

    from tools_catalog.words import correct, forget_word_list

    def timed(function):
        start = time.perf_counter()
        function()
        return (time.perf_counter() - start) * 1000

    client = Client()
    urls = {"zoom": "/outils/?q=zoom", "nextcloud": "/outils/?q=nextcloud", "nextclod": "/outils/?q=nextclod"}
    backends = ["rapidfuzz"] + (["trigram"] if connection.vendor == "postgresql" else [])
    lines = [
        "| correction des fautes | correction seule « nextclod » | « zoom » | « nextcloud » | « nextclod » "
        "| faute / « zoom » | faute / « nextcloud » |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for backend in backends:
        with override_settings(CATALOGUE_TYPO_BACKEND=backend):
            forget_word_list()
            correct(["nextclod"])  # loads the word list once (RapidFuzz)
            correction = statistics.median(timed(lambda: correct(["nextclod"])) for _ in range(repeat * 10))
            for url in urls.values():
                for _ in range(3):
                    client.get(url)
            timings = {name: [] for name in urls}
            for _ in range(repeat):
                for name, url in urls.items():
                    timings[name].append(timed(lambda url=url: client.get(url)))
            zoom, exact, typo = (statistics.median(timings[name]) for name in ("zoom", "nextcloud", "nextclod"))
        lines.append(
            f"| {backend} | {correction:.2f} ms | {zoom:.1f} ms | {exact:.1f} ms | {typo:.1f} ms "
            f"| {typo / zoom:.2f}× | {typo / exact:.2f}× |"
        )
    return lines

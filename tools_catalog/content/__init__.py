"""The curated French catalogue: plain Python data loaded by ``manage.py seed_content`` (tools_catalog/seed.py)."""

from .equivalences import EQUIVALENCES
from .guides import GUIDES
from .hosters import HOSTERS
from .needs import NEEDS
from .products import PRODUCTS
from .steps import MOST_USED_PRODUCTS, PAIR_STEPS
from .tools import TOOLS

__all__ = [
    "EQUIVALENCES",
    "GUIDES",
    "HOSTERS",
    "MOST_USED_PRODUCTS",
    "NEEDS",
    "PAIR_STEPS",
    "PRODUCTS",
    "TOOLS",
]

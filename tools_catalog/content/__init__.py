"""The curated French catalogue: plain Python data loaded by ``manage.py seed_content`` (tools_catalog/seed.py)."""

from .equivalences import EQUIVALENCES
from .guides import GUIDES
from .hosters import HOSTERS
from .needs import NEEDS
from .products import PRODUCTS
from .tools import TOOLS

__all__ = ["EQUIVALENCES", "GUIDES", "HOSTERS", "NEEDS", "PRODUCTS", "TOOLS"]

"""The curated French catalogue: plain Python data loaded by ``tools_catalog.demo.load``."""

from .equivalences import EQUIVALENCES
from .guides import GUIDES
from .hosters import HOSTERS
from .needs import NEEDS
from .products import PRODUCTS
from .tools import TOOLS

__all__ = ["EQUIVALENCES", "GUIDES", "HOSTERS", "NEEDS", "PRODUCTS", "TOOLS"]

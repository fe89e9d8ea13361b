"""The curated French catalogue: plain Python data loaded by ``manage.py seed_content`` (tools_catalog/seed.py)."""

# The date and the authors of the checks made for this release: each licence against the project's own
# licence file or statement, and the offers and equivalences that carry an "evidence" address.
CHECKED_ON = "2026-11-30"
CHECKED_BY = "équipe du portail"

from .equivalences import EQUIVALENCES  # noqa: E402
from .guides import GUIDES  # noqa: E402
from .hosters import HOSTERS  # noqa: E402
from .needs import NEEDS  # noqa: E402
from .products import PRODUCTS  # noqa: E402
from .steps import MOST_USED_PRODUCTS, PAIR_STEPS  # noqa: E402
from .tools import TOOLS  # noqa: E402

__all__ = [
    "CHECKED_BY",
    "CHECKED_ON",
    "EQUIVALENCES",
    "GUIDES",
    "HOSTERS",
    "MOST_USED_PRODUCTS",
    "NEEDS",
    "PAIR_STEPS",
    "PRODUCTS",
    "TOOLS",
]

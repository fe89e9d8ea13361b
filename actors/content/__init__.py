"""The actors directory's shipped content: services, communes of Indre-et-Loire and the working group's
actors, as plain Python data loaded by ``manage.py seed_content`` (actors/seed.py)."""

from .communes import COMMUNES
from .services import SERVICES
from .working_group import ACTORS

__all__ = ["ACTORS", "COMMUNES", "SERVICES"]

"""Test data of the follow-ups: a small catalogue (products, tools, needs), actors, advisors."""

import pytest
from django.contrib.auth.models import Group

from actors.tests.factories import ActorFactory, CommuneFactory
from core.roles import ADVISORS
from tools_catalog.models import Equivalence, Tool
from tools_catalog.tests.factories import EquivalenceFactory, NeedFactory, ProprietaryProductFactory, ToolFactory


@pytest.fixture
def catalogue(db):
    """Zoom (Jitsi: low effort, easy; BigBlueButton: high effort, advanced), Google Drive (Nextcloud: medium),
    Doodle (Framadate: low, easy), the need "Comptabilité" (Paheko), Tours and two actors."""
    visio = NeedFactory(name="Visioconférence", slug="visioconference", position=1)
    files = NeedFactory(name="Partage de fichiers", slug="partage-fichiers", position=2)
    polls = NeedFactory(name="Planifier une réunion", slug="planifier-reunion", position=3)
    accounting = NeedFactory(name="Comptabilité", slug="comptabilite", position=4)
    tools = {
        "jitsi": ToolFactory(name="Jitsi Meet", slug="jitsi-meet", needs=[visio]),
        "bbb": ToolFactory(name="BigBlueButton", slug="bigbluebutton", needs=[visio], ease=Tool.Ease.ADVANCED),
        "nextcloud": ToolFactory(
            name="Nextcloud", slug="nextcloud", needs=[files], ease=Tool.Ease.INTERMEDIATE, access=Tool.Access.BOTH
        ),
        "framadate": ToolFactory(name="Framadate", slug="framadate", needs=[polls]),
        "paheko": ToolFactory(name="Paheko", slug="paheko", needs=[accounting], ease=Tool.Ease.INTERMEDIATE),
    }
    zoom = ProprietaryProductFactory(name="Zoom", slug="zoom", needs=[visio])
    drive = ProprietaryProductFactory(name="Google Drive", slug="google-drive", needs=[files])
    doodle = ProprietaryProductFactory(name="Doodle", slug="doodle", needs=[polls])
    low, high = Equivalence.Effort.LOW, Equivalence.Effort.HIGH
    equivalences = {
        "zoom-jitsi": EquivalenceFactory(product=zoom, tool=tools["jitsi"], migration_effort=low),
        "zoom-bbb": EquivalenceFactory(product=zoom, tool=tools["bbb"], migration_effort=high),
        "drive-nextcloud": EquivalenceFactory(product=drive, tool=tools["nextcloud"], migration_effort=high),
        "doodle-framadate": EquivalenceFactory(product=doodle, tool=tools["framadate"], migration_effort=low),
    }
    tours = CommuneFactory(name="Tours", insee_code="37261", postal_code="37000")
    return {
        "needs": {"visio": visio, "files": files, "polls": polls, "accounting": accounting},
        "tools": tools,
        "products": {"zoom": zoom, "drive": drive, "doodle": doodle},
        "equivalences": equivalences,
        "tours": tours,
        "ip": ActorFactory(
            name="Informatique participative", slug="informatique-participative", tools=[tools["jitsi"]]
        ),
        "funlab": ActorFactory(name="FunLab", slug="funlab"),
    }


def make_advisor(django_user_model, username):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", f"motdepasse-{username}")
    group, _ = Group.objects.get_or_create(name=ADVISORS)
    user.groups.add(group)
    return user


@pytest.fixture
def other_advisor(db, django_user_model):
    return make_advisor(django_user_model, "autre-conseil")

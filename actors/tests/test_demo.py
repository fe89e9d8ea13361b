import io

import pytest

from actors import demo
from actors.models import Actor, Commune, Service
from tools_catalog.tests.factories import NeedFactory, ToolFactory


@pytest.mark.django_db
def test_demo_is_idempotent_and_tolerates_missing_catalogue_slugs():
    ToolFactory(slug="nextcloud", name="Nextcloud")
    NeedFactory(slug="visioconference", name="Visioconférence")
    demo.load(stdout=io.StringIO())
    demo.load(stdout=io.StringIO())
    assert Actor.objects.count() == len(demo.ACTORS)
    assert Commune.objects.count() == len(demo.COMMUNES)
    assert Service.objects.count() == len(demo.SERVICES)
    ptca = Actor.objects.get(slug="ptca37")
    assert [tool.slug for tool in ptca.tools.all()] == ["nextcloud"]
    assert [need.slug for need in ptca.needs.all()] == ["visioconference"]
    tours = Commune.objects.get(insee_code="37261")
    assert tours.name == "Tours" and 47.3 < tours.latitude < 47.5
    for actor in Actor.objects.all():
        actor.full_clean()
        assert actor.phone == "" and actor.street == ""  # never invented


def test_demo_communes_are_in_indre_et_loire():
    for insee, name, postal_code, latitude, longitude in demo.COMMUNES:
        assert insee.startswith("37") and postal_code.startswith("37"), name
        assert 46.7 < float(latitude) < 47.8 and -0.1 < float(longitude) < 1.4, name
    codes = [item[0] for item in demo.COMMUNES]
    assert len(codes) == len(set(codes))

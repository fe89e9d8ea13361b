"""The actors' shipped content (actors/content/): services, communes, the working group's actors."""

import pytest

from actors import content, seed
from actors.models import Actor, Commune, Service
from core.seed import Seeder, SeedError
from tools_catalog import seed as catalogue_seed

KINDS = [*catalogue_seed.KINDS, *seed.KINDS]  # actors name catalogue tools and needs


@pytest.mark.django_db
def test_seed_loads_every_actor_unverified_and_is_idempotent():
    Seeder(KINDS).run()
    assert Seeder(KINDS).run().writes == 0
    assert Actor.objects.count() == len(content.ACTORS)
    assert Commune.objects.count() == len(content.COMMUNES)
    assert Service.objects.count() == len(content.SERVICES)
    ptca = Actor.objects.get(slug="ptca37")
    assert sorted(tool.slug for tool in ptca.tools.all()) == ["etherpad", "framadate", "jitsi-meet", "nextcloud"]
    assert sorted(need.slug for need in ptca.needs.all()) == [
        "partage-fichiers",
        "planifier-reunion",
        "visioconference",
    ]
    tours = Commune.objects.get(insee_code="37261")
    assert tours.name == "Tours" and 47.3 < tours.latitude < 47.5
    funlab = Actor.objects.get(slug="funlab")
    assert (funlab.commune, funlab.insee_code, funlab.latitude) == ("Tours", "37261", tours.latitude)
    assert funlab.location_is_approximate
    for actor in Actor.objects.all():
        actor.full_clean()
        assert actor.phone == "" and actor.street == ""  # never invented
        assert actor.verified_on is None and actor.is_published  # coordinators check each page


@pytest.mark.django_db
def test_an_unknown_tool_or_commune_stops_the_load(monkeypatch):
    actors = [dict(content.ACTORS[0], tools=["outil-inexistant"]), dict(content.ACTORS[1], insee="99999")]
    monkeypatch.setattr(content, "ACTORS", [*actors, *content.ACTORS[2:]])
    with pytest.raises(SeedError) as error:
        Seeder(KINDS).run()
    message = str(error.value)
    assert f"acteur « {actors[0]['slug']} », champ « outils avec lesquels il peut aider » (tools)" in message
    assert "outil libre inconnu(e) « outil-inexistant »" in message
    assert f"acteur « {actors[1]['slug']} », champ « code INSEE » (insee_code) : commune inconnue « 99999 »" in message
    assert not Actor.objects.exists() and not Service.objects.exists()


def test_shipped_communes_are_in_indre_et_loire():
    for insee, name, postal_code, latitude, longitude in content.COMMUNES:
        assert insee.startswith("37") and postal_code.startswith("37"), name
        assert 46.7 < float(latitude) < 47.8 and -0.1 < float(longitude) < 1.4, name
    codes = [item[0] for item in content.COMMUNES]
    assert len(codes) == len(set(codes))

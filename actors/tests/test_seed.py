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
    assert (tours.postal_code, tours.postal_codes, tours.epci_code) == ("37000", "37000 37100 37200", "243700754")
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


def test_shipped_communes_are_the_whole_departement():
    rows = content.COMMUNES
    assert len(rows) == 272  # every commune of Indre-et-Loire on 1 January 2026 (INSEE COG)
    for row in rows:
        name, postal_codes = row["name"], row["postal_codes"].split()
        assert row["insee_code"].startswith("37") and postal_codes and all(c.startswith("37") for c in postal_codes)
        assert 46.7 < float(row["latitude"]) < 47.8 and 0.0 < float(row["longitude"]) < 1.4, name
        assert len(row["epci_code"]) == 9 and row["epci_name"], name
    codes = [row["insee_code"] for row in rows]
    assert len(codes) == len(set(codes))
    by_code = {row["insee_code"]: row for row in rows}
    assert by_code["37261"]["postal_codes"] == "37000 37100 37200"
    assert by_code["37020"]["name"] == "Beaulieu-lès-Loches"
    assert by_code["37020"]["epci_name"] == "CC Loches Sud Touraine"


@pytest.mark.django_db
def test_communes_seeded_before_the_full_list_get_their_intercommunality_through_update():
    """A portal seeded with the first 45 communes: the new fields are changes shipped upstream, listed
    by --check and applied by --update; a coordinator's edit of a name is never overwritten."""
    commune_kind = seed.CommuneKind()
    tours_row = next(row for row in content.COMMUNES if row["insee_code"] == "37261")
    old = {"name": "Tours", "postal_code": "37000", "latitude": "47.39360", "longitude": "0.68920"}
    tours = Commune.objects.create(insee_code="37261", **old)
    amboise = Commune.objects.create(insee_code="37003", name="Amboise (édité ici)", postal_code="37400",
                                     latitude="47.41250", longitude="0.98250")  # fmt: skip
    from django.contrib.contenttypes.models import ContentType

    from core.models import SeedRecord

    content_type = ContentType.objects.get_for_model(Commune)
    SeedRecord.objects.create(content_type=content_type, key="37261", object_id=tours.pk, shipped=old, shipped_hash="x")
    amboise_old = dict(old, name="Amboise", postal_code="37400", latitude="47.41250", longitude="0.98250")
    SeedRecord.objects.create(
        content_type=content_type, key="37003", object_id=amboise.pk, shipped=amboise_old, shipped_hash="y"
    )
    check = Seeder([commune_kind]).run(write=False)
    states = {item.key: item.state for item in check.items}
    assert states["37261"] == "update" and states["37003"] == "conflict"
    assert states["37020"] == "new"
    Seeder([commune_kind]).run(update=True)
    tours.refresh_from_db()
    assert (tours.epci_code, tours.epci_name) == ("243700754", "Tours Métropole Val de Loire")
    assert tours.postal_codes == tours_row["postal_codes"] and tours.pk == Commune.objects.get(insee_code="37261").pk
    amboise.refresh_from_db()
    assert amboise.name == "Amboise (édité ici)" and amboise.epci_code == ""  # a conflict waits for a choice
    assert Commune.objects.count() == 272
    assert Commune.objects.get(insee_code="37020").search_words == "beaulieu les loches"

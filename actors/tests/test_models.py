from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from actors.models import Actor, phone_validator, postal_code_validator, rna_validator, stale_limit
from actors.opening_hours import describe, parse, validate_opening_hours
from actors.tests.factories import ActorFactory, NeedFactory, ToolFactory
from actors.validators import normalize_siret, validate_siret


@pytest.mark.parametrize("siret", ["73282932000074", "732 829 320 00074", "35600000000048"])
def test_valid_sirets(siret):
    validate_siret(siret)


@pytest.mark.parametrize("siret", ["73282932000075", "1234", "7328293200007A", ""])
def test_invalid_sirets(siret):
    with pytest.raises(ValidationError):
        validate_siret(siret)


def test_normalize_siret():
    assert normalize_siret("732 829 320.00074") == "73282932000074"


@pytest.mark.parametrize(
    "value,ok", [("W372001234", True), ("w372001234", False), ("W37200123", False), ("372001234W", False)]
)
def test_rna(value, ok):
    if ok:
        rna_validator(value)
    else:
        with pytest.raises(ValidationError):
            rna_validator(value)


@pytest.mark.parametrize(
    "value,ok",
    [("02 47 00 00 00", True), ("0247000000", True), ("+33 2 47 00 00 00", True), ("02.47.00.00.00", True),
     ("12 47 00 00 00", False), ("02 47 00 00", False), ("appelez-nous", False)],
)  # fmt: skip
def test_phone(value, ok):
    if ok:
        phone_validator(value)
    else:
        with pytest.raises(ValidationError):
            phone_validator(value)


@pytest.mark.parametrize("value,ok", [("37000", True), ("3700", False), ("37 000", False), ("ABCDE", False)])
def test_postal_code(value, ok):
    if ok:
        postal_code_validator(value)
    else:
        with pytest.raises(ValidationError):
            postal_code_validator(value)


@pytest.mark.parametrize(
    "value",
    ["24/7", "Mo-Fr 09:00-12:00,14:00-17:30", "Mo,We,Fr 10:00-12:00; Sa off", "Tu-Sa 09:00-18:00; PH off", ""],
)
def test_opening_hours_accepted(value):
    validate_opening_hours(value)


@pytest.mark.parametrize(
    "value", ["Mo-Fr 9h-12h", "Jan Mo 09:00-12:00", "Mo-Fr 12:00-09:00", "Lu-Ve 09:00-12:00", "sunrise-sunset"]
)
def test_opening_hours_refused_with_french_message(value):
    with pytest.raises(ValidationError) as error:
        validate_opening_hours(value)
    assert "Horaires non reconnus" in error.value.messages[0]


def test_opening_hours_in_plain_french():
    assert describe("Mo-Fr 09:00-12:00,14:00-17:30; Sa 10:00-12:00; Su off") == [
        "Du lundi au vendredi : de 9 h à 12 h et de 14 h à 17 h 30",
        "Samedi : de 10 h à 12 h",
        "Dimanche : fermé",
    ]
    assert describe("24/7") == ["Ouvert 24 heures sur 24, 7 jours sur 7"]
    assert describe("Mo,We 08:30-12:00") == ["Lundi, mercredi : de 8 h 30 à 12 h"]
    assert len(parse("Mo 09:00-10:00;; Tu 09:00-10:00")) == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    "field,value", [("latitude", Decimal("90.5")), ("latitude", Decimal("-91")), ("longitude", Decimal("181"))]
)
def test_lat_lon_ranges(field, value):
    actor = ActorFactory.build(**{field: value})
    with pytest.raises(ValidationError) as error:
        actor.full_clean(exclude=["tools", "needs", "services"])
    assert field in error.value.message_dict


@pytest.mark.django_db
def test_lat_lon_go_together():
    actor = ActorFactory.build(latitude=Decimal("47.1"), longitude=None)
    with pytest.raises(ValidationError) as error:
        actor.full_clean()
    assert "longitude" in error.value.message_dict


@pytest.mark.django_db
def test_search_text_and_queryset_helpers():
    jitsi = ToolFactory()
    need = NeedFactory()
    jitsi.needs.add(need)
    by_need = ActorFactory(name="Équipe Numérique", needs=[need])
    by_tool = ActorFactory(tools=[jitsi], publics=["volunteers", "everyone"])
    ActorFactory(name="Rien")
    assert by_need.search_text.startswith("equipe numerique")
    assert list(Actor.objects.search("NUMÉRIQUE équipe")) == [by_need]
    assert set(Actor.objects.helping_with(tools=[jitsi])) == {by_need, by_tool}
    assert list(Actor.objects.with_public("everyone")) == [by_tool]
    assert list(Actor.objects.helping_with()) == []


@pytest.mark.django_db
def test_nearest_to_orders_by_distance_unplaced_last():
    loches = ActorFactory(name="A Loches", latitude="47.12830", longitude="0.99530")
    tours = ActorFactory(name="B Tours", latitude="47.39360", longitude="0.68920")
    nowhere = ActorFactory(name="C Nulle part", unplaced=True)
    joue = ActorFactory(name="D Joué", latitude="47.35220", longitude="0.66310")
    ordered = list(Actor.objects.nearest_to(Decimal("47.3936"), Decimal("0.6892")))
    assert ordered == [tours, joue, loches, nowhere]


@pytest.mark.django_db
def test_stale_means_never_or_older_than_twelve_months():
    fresh = ActorFactory()
    old = ActorFactory(stale=True)
    never = ActorFactory(verified_on=None)
    assert list(Actor.objects.stale()) == [never, old]
    assert fresh.is_stale is False and old.is_stale is True


def test_stale_limit_handles_month_ends(monkeypatch):
    import zoneinfo
    from datetime import datetime

    from django.utils import timezone

    noon = datetime(2024, 2, 29, 12, tzinfo=zoneinfo.ZoneInfo("Europe/Paris"))
    monkeypatch.setattr(timezone, "now", lambda: noon)
    assert stale_limit() == date(2023, 2, 28)
    assert stale_limit(1) == date(2024, 1, 29)

"""Town halls: the directory loader (idempotent, all or nothing), the coordinators' pages, the checklist."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from actors.tests.factories import CommuneFactory
from campaigns import townhalls
from campaigns.models import TownHall, TownHallContact
from campaigns.tests.factories import CampaignFactory, TownHallFactory

SAMPLE = Path(__file__).resolve().parents[1] / "content" / "annuaire-mairies-exemple.csv"
BROKEN = Path(__file__).resolve().parent / "data" / "annuaire-lignes-cassees.csv"


@pytest.fixture
def lochois(db):
    for insee, name in [("37132", "Loches"), ("37130", "Ligueil"), ("37115", "Descartes"), ("37157", "Montrésor"),
                        ("37189", "Preuilly-sur-Claise"), ("37261", "Tours")]:  # fmt: skip
        CommuneFactory(insee_code=insee, name=name)


def test_the_sample_loads_town_halls_only_and_is_idempotent(lochois, capsys):
    call_command("load_town_halls", str(SAMPLE))
    out = capsys.readouterr().out
    assert "6 ajoutée(s), 0 mise(s) à jour, 0 inchangée(s), 2 ligne(s) ignorée(s)" in out
    ligueil = TownHall.objects.get(commune__insee_code="37130")
    # The directory's JSON lists: the first value is kept.
    assert (ligueil.email, ligueil.phone, ligueil.website) == (
        "mairie@ligueil.example.org",
        "02 47 00 00 02",
        "https://www.ligueil.example.org",
    )
    assert TownHall.objects.get(commune__insee_code="37157").website == "https://www.montresor.example.org"
    assert TownHall.objects.get(commune__insee_code="37261").name == "Hôtel de ville de Tours"  # not the annex
    call_command("load_town_halls", str(SAMPLE))
    assert "0 ajoutée(s), 0 mise(s) à jour, 6 inchangée(s)" in capsys.readouterr().out
    assert TownHall.objects.count() == 6


def test_broken_rows_are_reported_with_their_line_and_nothing_is_loaded(lochois, capsys):
    with pytest.raises(CommandError, match="4 ligne\\(s\\) en erreur : aucune mairie n'a été chargée"):
        call_command("load_town_halls", str(BROKEN))
    err = capsys.readouterr().err
    assert "ligne 3 : code INSEE « 3713 » invalide" in err
    assert "ligne 4 : nom manquant" in err
    assert "ligne 5 : courriel « pas-une-adresse » invalide" in err
    assert "ligne 6 : commune 37999 inconnue du portail" in err
    assert "ligne 2" not in err
    assert not TownHall.objects.exists()  # the good row of line 2 is not loaded either


def test_a_file_that_is_not_the_directory_is_refused(tmp_path, lochois):
    path = tmp_path / "autre.csv"
    path.write_text("nom;ville\nMairie;Loches\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Colonne « codeinsee » absente"):
        call_command("load_town_halls", str(path))
    with pytest.raises(CommandError, match="Fichier introuvable"):
        call_command("load_town_halls", str(tmp_path / "absent.csv"))


def test_parse_accepts_the_datagouv_column_names():
    rows = townhalls.parse(
        "id,code_insee_commune,pivot,nom,adresse_courriel\r\n"
        'a,37132,"[{""type_service_local"": ""mairie""}]",Mairie de Loches,x@example.org\r\n'
    )
    assert (rows[0].insee_code, rows[0].is_town_hall, rows[0].email) == ("37132", False, "x@example.org")


def test_the_checklist_records_contact_reminder_and_poster(advisor, coordinator, loches):
    campaign = CampaignFactory(communes=[loches])
    TownHallFactory(commune=loches)
    url = reverse("campaigns:town_halls", args=[campaign.slug])
    anonymous, advisor_client, client = Client(), Client(), Client()
    advisor_client.force_login(advisor)
    client.force_login(coordinator)
    assert anonymous.get(url).status_code == 302
    assert advisor_client.get(url).status_code == 403
    assert "Mairie de Loches" in client.get(url).content.decode()
    bad = {"commune": "37132", "37132-contacted_on": "", "37132-reminded_on": "2026-03-02"}
    response = client.post(url, bad)
    assert response.status_code == 200
    assert "Indiquez d&#x27;abord la date du premier contact." in response.content.decode()
    assert not TownHallContact.objects.exists()
    good = {"commune": "37132", "37132-contacted_on": "2026-03-01", "37132-reminded_on": "2026-03-08",
            "37132-poster_up": "on"}  # fmt: skip
    assert client.post(url, good).status_code == 302
    contact = TownHallContact.objects.get()
    assert (str(contact.contacted_on), str(contact.reminded_on), contact.poster_up) == (
        "2026-03-01",
        "2026-03-08",
        True,
    )


def test_coordinators_correct_a_town_hall(advisor, coordinator, loches):
    TownHallFactory(commune=loches)
    url = reverse("campaigns:town_hall_update", args=["37132"])
    advisor_client, client = Client(), Client()
    advisor_client.force_login(advisor)
    client.force_login(coordinator)
    assert Client().get(url).status_code == 302
    assert advisor_client.get(url).status_code == 403
    data = {"name": "Mairie de Loches", "email": "pas-une-adresse", "phone": "", "website": ""}
    response = client.post(url, data)
    assert response.status_code == 200
    assert "adresse" in response.content.decode() and "pas-une-adresse" in response.content.decode()
    data["email"] = "accueil@loches.example.org"
    assert client.post(url, data).status_code == 302
    assert TownHall.objects.get().email == "accueil@loches.example.org"

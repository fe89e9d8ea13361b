"""The home page: search field, shortcuts to common products, visit entry, figures, slots."""

import html

import pytest

from tools_catalog.tests.factories import ProprietaryProductFactory

pytestmark = pytest.mark.django_db


def test_home_page(client, catalogue):
    response = client.get("/")
    assert response.status_code == 200
    content = html.unescape(response.content.decode())
    assert "Quel outil utilise l'association ?" in content
    assert 'action="/recherche/"' in content
    # Shortcuts: only the common products that exist, in the chosen order.
    assert 'href="/outils/remplacer/zoom/">Remplacer Zoom' in content
    assert content.index("Remplacer Zoom") < content.index("Remplacer Google Drive") < content.index("Remplacer Doodle")
    assert "/outils/remplacer/microsoft-excel/" not in content
    assert 'href="/visite/">Préparer une visite' in content
    # Figures.
    assert "<strong>11</strong> outils libres" in content
    assert "<strong>2</strong> acteurs" in content
    # The four entry points stay.
    for url in ("/outils/", "/acteurs/", "/formations/", "/enquetes/"):
        assert f'href="{url}"' in content
    assert "À faire pour la coordination" not in content


def test_home_links_coordinators_to_their_space_where_the_to_do_is(client, coordinator_client, catalogue):
    content = html.unescape(coordinator_client.get("/").content.decode())
    assert "À faire pour la coordination" not in content
    assert 'href="/coordination/">Espace coordination' in content
    content = html.unescape(coordinator_client.get("/coordination/").content.decode())
    assert "À faire pour la coordination" in content


def test_home_queries_do_not_grow(client, db, django_assert_max_num_queries):
    from ptca.tests.companion.conftest import build_catalogue

    build_catalogue()
    with django_assert_max_num_queries(12):
        client.get("/")
    for index in range(25):
        ProprietaryProductFactory(name=f"Autre {index}", slug=f"autre-{index}")
    with django_assert_max_num_queries(12):
        response = client.get("/")
    assert response.status_code == 200


def test_home_counts_sessions_to_come(client, catalogue):
    from trainings.tests.factories import SessionFactory

    SessionFactory()
    SessionFactory(past=True)
    SessionFactory(cancelled=True)
    content = html.unescape(client.get("/").content.decode())
    assert "<strong>1</strong> session à venir" in content

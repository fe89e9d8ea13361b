"""The coordination space, the landing after sign-in, and the rule that every model a coordinator
edits has a front-end page (core.manage_pages)."""

import html

import pytest
from django.contrib.auth.models import Permission
from django.urls import NoReverseMatch, reverse

from core import manage_pages
from core.roles import COORDINATORS
from core.testing import count_queries
from tools_catalog.models import CatalogueReport
from tools_catalog.tests.factories import ToolFactory

pytestmark = pytest.mark.django_db


def sign_in(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password}, follow=True)


def test_a_coordinator_lands_on_the_coordination_space(client, coordinator):
    response = sign_in(client, "coord", "motdepasse-coord")
    assert response.redirect_chain[-1][0] == "/coordination/"
    assert response.status_code == 200
    assert "À faire pour la coordination" in response.content.decode()


def test_an_advisor_lands_on_their_own_space(client, advisor):
    response = sign_in(client, "conseil", "motdepasse-conseil")
    assert response.redirect_chain[-1][0] == reverse("accompaniments:home")


def test_anyone_else_lands_on_the_home_page(client, django_user_model):
    django_user_model.objects.create_user("autre", "autre@example.org", "motdepasse-autre")
    response = sign_in(client, "autre", "motdepasse-autre")
    assert response.redirect_chain[-1][0] == "/"


def test_next_still_wins_over_the_landing(client, coordinator):
    response = client.post(
        reverse("login") + "?next=/outils/", {"username": "coord", "password": "motdepasse-coord", "next": "/outils/"}
    )
    assert response.status_code == 302 and response.url == "/outils/"


def test_the_former_landing_address_still_answers(client, coordinator):
    client.force_login(coordinator)
    response = client.get("/accompagnement/arrivee/", follow=True)
    assert response.redirect_chain[-1][0] == "/coordination/"


def test_space_sends_anonymous_to_login_refuses_advisors(client, advisor):
    response = client.get("/coordination/")
    assert response.status_code == 302 and response.url == "/compte/login/?next=/coordination/"
    client.force_login(advisor)
    assert client.get("/coordination/").status_code == 403


def test_space_shows_the_to_do_first_then_every_shortcut(coordinator_client):
    CatalogueReport.objects.create(tool=ToolFactory(), message="Faux.")
    content = html.unescape(coordinator_client.get("/coordination/").content.decode())
    todo = content.index("À faire pour la coordination")
    shortcuts = content.index("Toutes les tâches")
    assert todo < content.index("1 signalement d'erreur ou d'alternative à traiter") < shortcuts
    for page in manage_pages.pages():
        assert f'href="{reverse(page.url_name)}"' in content[shortcuts:], page
    assert f'href="{reverse("outbox")}"' in content[shortcuts:]
    assert f'href="{reverse("tools_catalog:proposal_list")}"' in content[shortcuts:]


def test_space_runs_the_same_queries_whatever_the_data_size(coordinator_client):
    tool = ToolFactory()
    CatalogueReport.objects.create(tool=tool, message="Faux.")
    coordinator_client.get("/coordination/")
    small = count_queries(lambda: coordinator_client.get("/coordination/"))
    for index in range(25):
        CatalogueReport.objects.create(tool=ToolFactory(), message=f"Faux {index}.")
    assert count_queries(lambda: coordinator_client.get("/coordination/")) == small


def test_the_public_home_page_links_coordinators_to_the_space(coordinator_client):
    content = coordinator_client.get("/").content.decode()
    assert "À faire pour la coordination" not in content
    assert 'href="/coordination/">Espace coordination' in content


# Every model a coordinator edits has a front-end page ---------------------------------------------


def coordinator_edited_models():
    """The models whose change permission the Coordinateurs group holds (core/roles.py)."""
    from core.roles import sync_group_permissions

    sync_group_permissions()
    permissions = Permission.objects.filter(group__name=COORDINATORS, codename__startswith="change_")
    return sorted(
        {f"{p.content_type.app_label}.{p.content_type.model}" for p in permissions.select_related("content_type")}
    )


def test_every_model_a_coordinator_edits_has_a_front_end_page():
    """A model coordinators may change must have a page registered in core.manage_pages, or be
    declared as expected from another piece of work (the integrator sees those below), or as never
    edited by hand. A new app in COORDINATOR_APPS registers its pages in its AppConfig.ready()."""
    models = coordinator_edited_models()
    assert "tools_catalog.tool" in models and "actors.actor" in models
    registered = {page.model for page in manage_pages.pages()}
    missing = [
        model
        for model in models
        if model not in registered and model not in manage_pages.expected() and model not in manage_pages.exempted()
    ]
    assert missing == [], f"no front-end page for: {missing} (register one with core.manage_pages.register)"


def test_registered_pages_and_shortcuts_answer_for_a_coordinator(coordinator_client):
    for page in [page for _group, pages in manage_pages.grouped() for page in pages]:
        try:
            url = reverse(page.url_name)
        except NoReverseMatch:
            pytest.fail(f"{page.model}: unknown URL name {page.url_name}")
        assert coordinator_client.get(url).status_code == 200, url


def test_the_registry_says_which_pages_are_still_expected():
    """Not a failure: the list the integrator reads (pytest -s) to see what other work still owes."""
    expected = manage_pages.expected()
    assert all(isinstance(owner, str) and owner for owner in expected.values())
    print("Pages expected from other work:", expected)  # noqa: T201

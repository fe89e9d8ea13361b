"""The Django admin is one more caller of actors.services: the optimistic lock holds across both paths."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from actors import services
from actors.admin import STALE_MESSAGE
from actors.models import Actor, ErrorReport
from actors.tests.factories import ActorFactory, ErrorReportFactory, ServiceFactory, ToolFactory
from actors.tests.test_edit import form_data as front_end_data
from core.tests.pages import form_data

pytestmark = pytest.mark.django_db


def staff(user):
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def admin_as_coordinator(coordinator):
    return staff(coordinator)


def change_url(actor):
    return reverse("admin:actors_actor_change", args=[actor.pk])


def actor_form(client, actor):
    page = client.get(change_url(actor))
    assert page.status_code == 200
    return form_data(page, "actor_form")


def test_an_actor_saved_in_the_admin_makes_a_stale_front_end_save_answer_409(admin_as_coordinator, coordinator):
    actor = ActorFactory(summary="Version initiale")
    front_end = Client()
    front_end.force_login(coordinator)
    url = reverse("actors:actor_update", args=[actor.slug])
    assert 'name="version" value="1"' in front_end.get(url).text  # the front-end form opened at version 1
    data = actor_form(admin_as_coordinator, actor)
    data["summary"] = "Corrigé dans l'administration"
    assert admin_as_coordinator.post(change_url(actor), data).status_code == 302
    actor.refresh_from_db()
    assert actor.summary == "Corrigé dans l'administration" and actor.version == 2
    response = front_end.post(url, front_end_data(actor, version=1, summary="Saisi sur le site"))
    assert response.status_code == 409
    actor.refresh_from_db()
    assert actor.summary == "Corrigé dans l'administration" and actor.version == 2
    assert 'name="version" value="2"' in response.text


def test_an_admin_save_over_a_newer_front_end_save_is_refused(admin_as_coordinator, coordinator):
    actor = ActorFactory(summary="Version initiale", phone="")
    data = actor_form(admin_as_coordinator, actor)
    assert data["opened_version"] == "1"
    front_end = Client()
    front_end.force_login(coordinator)
    url = reverse("actors:actor_update", args=[actor.slug])
    assert front_end.post(url, front_end_data(actor, summary="Saisi sur le site")).status_code == 302
    data.update(summary="Corrigé dans l'administration", phone="02 47 00 00 00")
    response = admin_as_coordinator.post(change_url(actor), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [STALE_MESSAGE]
    assert 'value="02 47 00 00 00"' in response.content.decode()  # the input is kept
    actor.refresh_from_db()
    assert (actor.summary, actor.phone, actor.version) == ("Saisi sur le site", "", 2)


def test_a_version_race_seen_by_the_service_is_an_error_message_not_a_500(admin_as_coordinator, monkeypatch):
    actor = ActorFactory()
    data = actor_form(admin_as_coordinator, actor)
    data["summary"] = "Corrigé"
    real_update = services.actor_update

    def someone_saves_first(*, actor, data, version):
        services.actor_set_published(actor=actor, published=True)  # another save lands: version 2
        return real_update(actor=actor, data=data, version=version)

    monkeypatch.setattr(services, "actor_update", someone_saves_first)
    response = admin_as_coordinator.post(change_url(actor), data, follow=True)
    assert response.status_code == 200
    assert "Quelqu&#x27;un a enregistré cette fiche entre-temps" in response.content.decode()
    actor.refresh_from_db()
    assert actor.summary != "Corrigé" and actor.version == 1  # the admin's transaction rolled back whole


def test_an_actor_created_in_the_admin_goes_through_the_service(admin_as_coordinator, coordinator):
    service, tool = ServiceFactory(), ToolFactory()
    data = form_data(admin_as_coordinator.get(reverse("admin:actors_actor_add")), "actor_form")
    assert "version" not in data and "verified_on" not in data
    data.update(
        name="Nouvel acteur",
        slug="nouvel-acteur",
        kind=Actor.Kind.ASSOCIATION,
        summary="Aide les associations.",
        services=[str(service.pk)],
        tools=[str(tool.pk)],
        publics='["associations"]',
        access_modes="[]",
    )
    response = admin_as_coordinator.post(reverse("admin:actors_actor_add"), data)
    assert response.status_code == 302
    actor = Actor.objects.get(slug="nouvel-acteur")
    assert (actor.version, actor.verified_by, actor.verified_on) == (1, coordinator, timezone.localdate())
    assert list(actor.services.all()) == [service] and list(actor.tools.all()) == [tool]


def test_many_to_many_changes_in_the_admin_move_the_version(admin_as_coordinator):
    actor = ActorFactory(services=[ServiceFactory()])
    other = ServiceFactory()
    data = actor_form(admin_as_coordinator, actor)
    data["services"] = [str(other.pk)]
    assert admin_as_coordinator.post(change_url(actor), data).status_code == 302
    actor.refresh_from_db()
    assert list(actor.services.all()) == [other] and actor.version == 2


def test_admin_actions_call_the_services(admin_as_coordinator, coordinator):
    actor = ActorFactory(stale=True)
    url = reverse("admin:actors_actor_changelist")
    for action in ["mark_verified", "hide", "publish"]:
        response = admin_as_coordinator.post(url, {"action": action, "_selected_action": [actor.pk]})
        assert response.status_code == 302
    actor.refresh_from_db()
    assert (actor.version, actor.is_published, actor.verified_by) == (4, True, coordinator)
    assert not actor.is_stale


def test_error_reports_are_handled_through_the_service(admin_as_coordinator, coordinator):
    report = ErrorReportFactory(contact_email="visiteur@example.org")
    assert admin_as_coordinator.get(reverse("admin:actors_errorreport_add")).status_code == 403
    change = reverse("admin:actors_errorreport_change", args=[report.pk])
    page = admin_as_coordinator.get(change)
    assert page.status_code == 200 and set(form_data(page, "errorreport_form")) == {"csrfmiddlewaretoken"}
    assert admin_as_coordinator.post(change, {"contact_email": "", "handled_at": "2020-01-01"}).status_code == 403
    response = admin_as_coordinator.post(
        reverse("admin:actors_errorreport_changelist"), {"action": "mark_handled", "_selected_action": [report.pk]}
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.handled_by == coordinator and report.handled_at and report.contact_email == ""
    assert ErrorReport.objects.open().count() == 0


def test_the_services_take_data_and_refuse_fields_they_own():
    actor = services.actor_create(data={"name": "Par le shell", "slug": "par-le-shell", "kind": "other",
                                        "summary": "Créé depuis manage.py shell.", "tools": [ToolFactory()]}, user=None)  # fmt: skip
    assert actor.version == 1 and actor.tools.count() == 1
    updated = services.actor_update(actor=actor, data={"summary": "Modifié."}, version=1)
    assert (updated.summary, updated.version, updated.name) == ("Modifié.", 2, "Par le shell")
    with pytest.raises(services.StaleVersionError):
        services.actor_update(actor=actor, data={"summary": "Trop tard."}, version=1)
    for owned in ["version", "verified_on", "search_text", "id"]:
        with pytest.raises(TypeError):
            services.actor_update(actor=actor, data={owned: 9}, version=2)
    actor.refresh_from_db()
    assert (actor.summary, actor.version) == ("Modifié.", 2)

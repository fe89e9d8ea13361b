"""The one access rule (core/perms.py), on views built for this test only."""

import pytest
from django.http import HttpResponse
from django.urls import include, path
from django.views import View

from core.perms import PermissionRequiredMixin, coordinator_required, permission_required


@permission_required("tools_catalog.change_tool")
def function_view(request):
    return HttpResponse("ok")


class ClassView(PermissionRequiredMixin, View):
    permission_required = "actors.change_actor"

    def get(self, request):
        return HttpResponse("ok")


@coordinator_required
def coordination_view(request):
    return HttpResponse("ok")


urlpatterns = [
    path("f/", function_view),
    path("c/", ClassView.as_view()),
    path("k/", coordination_view),
    path("", include("ptca.urls")),  # the login page and the French 403 (a string: core imports no app)
]

pytestmark = [pytest.mark.django_db, pytest.mark.urls("core.tests.test_perms")]
URLS = ["/f/", "/c/", "/k/"]


@pytest.mark.parametrize("url", URLS)
def test_anonymous_is_sent_to_login_with_next(client, url):
    response = client.get(url + "?a=1")
    assert response.status_code == 302
    assert response["Location"].startswith("/compte/login/?next=")
    assert "a%3D1" in response["Location"]


@pytest.mark.parametrize("url", URLS)
def test_signed_in_advisor_gets_the_french_403(advisor_client, url):
    response = advisor_client.get(url)
    assert response.status_code == 403
    assert "Accès refusé" in response.content.decode()


@pytest.mark.parametrize("url", URLS)
def test_coordinator_passes(coordinator_client, url):
    response = coordinator_client.get(url)
    assert response.status_code == 200
    assert response.content == b"ok"


def test_coordinators_group_holds_every_app_permission(coordinator):
    for perm in [
        "tools_catalog.change_tool",
        "tools_catalog.add_equivalence",
        "actors.change_actor",
        "auditlog.view_logentry",
    ]:
        assert coordinator.has_perm(perm), perm


def test_joining_the_coordinators_gives_admin_access(coordinator, advisor):
    assert coordinator.is_staff
    assert not advisor.is_staff

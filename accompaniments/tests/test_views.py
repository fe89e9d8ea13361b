"""Pages of the follow-ups: who sees what, the journey from the visit sheet, bad input, locking."""

from datetime import timedelta
from html import unescape

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accompaniments import services
from accompaniments.models import Followup, Referral, Step, Visit
from accompaniments.services import StepSpec
from accompaniments.tests.factories import FollowupFactory, StepFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def followup(advisor, catalogue):
    eq = catalogue["equivalences"]
    created = services.followup_create(
        advisor=advisor,
        name="Les Jardins partagés du Val",
        consent=True,
        commune=catalogue["tours"],
        steps=[
            StepSpec(product=eq["zoom-jitsi"].product, tool=eq["zoom-jitsi"].tool),
            StepSpec(product=eq["drive-nextcloud"].product, tool=eq["drive-nextcloud"].tool),
            StepSpec(need=catalogue["needs"]["accounting"]),
        ],
    )
    services.visit_log(
        followup=created, by=advisor, visited_on=timezone.localdate(), way="onsite", note="Note privée du bureau"
    )
    return created


def text(response):
    """The page's text as a reader sees it (entities decoded, narrow spaces as spaces)."""
    return unescape(response.content.decode()).replace("\u202f", " ").replace("\xa0", " ")


def file_urls(followup):
    step = followup.steps.ordered().first()
    return [
        reverse("accompaniments:detail", args=[followup.pk]),
        reverse("accompaniments:update", args=[followup.pk]),
        reverse("accompaniments:handover", args=[followup.pk]),
        reverse("accompaniments:visit_create", args=[followup.pk]),
        reverse("accompaniments:progress", args=[followup.pk]),
        reverse("accompaniments:history", args=[followup.pk]),
        reverse("accompaniments:step_add", args=[followup.pk]),
        reverse("accompaniments:step", args=[followup.pk, step.pk]),
    ]


# Who sees a file ------------------------------------------------------------------------------


def test_only_the_assigned_advisors_see_a_file(client, followup, advisor, other_advisor, coordinator):
    urls = file_urls(followup)
    for url in urls:
        response = client.get(url)  # anonymous: to the login page
        assert response.status_code == 302 and response["Location"].startswith("/compte/login/?next=")
    client.force_login(other_advisor)
    for url in urls:
        assert client.get(url).status_code == 404, url  # another advisor: as if it did not exist
    assert "Les Jardins" not in text(client.get(reverse("accompaniments:home")))
    client.force_login(coordinator)
    for url in urls:
        assert client.get(url).status_code == 403, url  # a coordinator (not an advisor): refused
    assert client.get(reverse("accompaniments:home")).status_code == 403
    client.force_login(advisor)
    for url in urls:
        assert client.get(url).status_code == 200, url
    home = text(client.get(reverse("accompaniments:home")))
    assert "Les Jardins partagés du Val" in home


def test_a_coordinator_who_is_also_an_advisor_sees_only_the_files_assigned_to_them(client, followup, coordinator):
    from django.contrib.auth.models import Group

    from core.roles import ADVISORS

    coordinator.groups.add(Group.objects.get_or_create(name=ADVISORS)[0])
    client.force_login(coordinator)
    assert client.get(reverse("accompaniments:detail", args=[followup.pk])).status_code == 404
    followup.advisors.add(coordinator)
    assert client.get(reverse("accompaniments:detail", args=[followup.pk])).status_code == 200


def test_writes_by_another_advisor_are_refused(client, followup, other_advisor):
    step = followup.steps.ordered().first()
    client.force_login(other_advisor)
    posts = [
        (reverse("accompaniments:step_status", args=[followup.pk, step.pk]), {"status": "trying", "version": 1}),
        (reverse("accompaniments:share_create", args=[followup.pk]), {}),
        (reverse("accompaniments:steps_arrange", args=[followup.pk]), {"retirer": step.pk}),
        (reverse("accompaniments:visit_create", args=[followup.pk]), {"visited_on": "2020-01-01", "way": "onsite"}),
    ]
    for url, data in posts:
        assert client.post(url, data).status_code == 404, url
    step.refresh_from_db()
    assert step.status == "proposed" and Visit.objects.count() == 1
    followup.refresh_from_db()
    assert followup.share_token is None


def test_read_only_link_for_the_board_and_its_revocation(client, followup, advisor):
    client.force_login(advisor)
    client.post(reverse("accompaniments:share_create", args=[followup.pk]))
    followup.refresh_from_db()
    url = reverse("accompaniments:shared", args=[followup.share_token])
    board = Client()
    response = board.get(url)
    html = text(response)
    assert response.status_code == 200
    assert "Où en sommes-nous ?" in html and "Les Jardins partagés du Val" in html
    assert "Note privée du bureau" not in html  # never the private notes
    assert response["X-Robots-Tag"] == "noindex, nofollow" and response["Referrer-Policy"] == "no-referrer"
    assert "Mettre à jour" not in html and "Noter une visite" not in html  # read only
    detail = text(client.get(reverse("accompaniments:detail", args=[followup.pk])))
    assert followup.share_token in detail
    client.post(reverse("accompaniments:share_revoke", args=[followup.pk]))
    assert board.get(url).status_code == 404
    assert board.get(reverse("accompaniments:shared", args=["x" * 300])).status_code == 404


def test_coordinators_see_figures_only(client, advisor, coordinator):
    url = reverse("accompaniments:figures")
    assert client.get(url).status_code == 302
    client.force_login(advisor)
    assert client.get(url).status_code == 403
    client.force_login(coordinator)
    assert client.get(url).status_code == 200


def test_login_lands_advisors_on_their_space_and_coordinators_on_the_coordination_space(client, advisor, coordinator):
    response = client.post("/compte/login/", {"username": "conseil", "password": "motdepasse-conseil"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("accompaniments:home")
    client.logout()
    response = client.post("/compte/login/", {"username": "coord", "password": "motdepasse-coord"}, follow=True)
    assert response.redirect_chain[-1][0] == "/coordination/"
    client.logout()
    response = client.post(
        "/compte/login/?next=/outils/", {"username": "conseil", "password": "motdepasse-conseil"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/outils/"  # an explicit `next` still wins


# From the visit sheet to a follow-up -------------------------------------------------------------


def test_follow_from_the_visit_sheet(client, advisor, catalogue):
    sheet_url = "/visite/fiche/?produits=google-drive,zoom&besoins=comptabilite&equipe=benevoles&budget=aucun&aisance=debutant&commune=37261"
    assert "Suivre cette association" not in text(client.get(sheet_url))  # visitors: no link
    client.force_login(advisor)
    sheet = client.get(sheet_url)
    link = sheet.context["slot_context"]  # the sheet gives the follow-ups app its ranked items
    assert [item["product"].slug for item in link["items"] if "product" in item] == ["google-drive", "zoom"]
    html = text(sheet)
    start = html.index('href="/accompagnement/nouveau/?')
    follow_url = html[start + 6 : html.index('"', start + 6)].replace("&amp;", "&")
    assert "association=" not in follow_url and "note=" not in follow_url  # public parameters only
    form_page = client.get(follow_url)
    assert form_page.status_code == 200
    form = form_page.context["form"]
    assert form.initial == {"staff": "benevoles", "budget": "aucun", "comfort": "debutant", "commune": "37261"}
    rows = [row for _index, row in form.rows]
    # Quick wins first: Zoom → Jitsi (low, easy), the need, then Google Drive → Nextcloud (high effort).
    assert [row.key for row in rows] == ["p:zoom", "n:comptabilite", "p:google-drive"]
    data = {
        "name": "Les Randonneurs du Cher",
        "rna": "W372001234",
        "commune": "37261",
        "staff": "benevoles",
        "budget": "aucun",
        "comfort": "debutant",
        "consent": "on",
    }
    for index, row in enumerate(rows):
        data[f"etape-{index}-cle"] = row.key
        data[f"etape-{index}-outil"] = row.chosen
        if row.key != "p:google-drive":  # the advisor drops a step
            data[f"etape-{index}-garder"] = "on"
    data["etape-0-outil"] = "bigbluebutton"  # and picks another alternative to Zoom
    response = client.post(reverse("accompaniments:create"), data)
    followup = Followup.objects.get()
    assert response.status_code == 302 and response["Location"] == followup.get_absolute_url()
    assert [step.label for step in followup.steps.ordered().select_related("product", "tool", "need")] == [
        "Comptabilité : Paheko",  # the sheet's first tool for the need
        "Zoom → BigBlueButton",
    ]
    assert followup.staff == "benevoles" and followup.commune.insee_code == "37261" and followup.rna == "W372001234"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"etape-0-cle": "p:inconnu"}, "n'existe pas (ou plus) dans le catalogue"),
        ({"etape-0-cle": "x:<script>"}, "n'existe pas (ou plus) dans le catalogue"),
        ({"etape-0-outil": "nextcloud"}, "Sélectionnez un choix valide"),
        ({"consent": ""}, "L'accord de l'association est nécessaire"),
        ({"rna": "12345"}, "W suivi de 9 chiffres"),
        ({"commune": "99999"}, "Aucune commune d'Indre-et-Loire ne correspond à « 99999 »"),
        ({"name": "x" * 500}, "au plus 120 caractères"),
    ],
)
def test_create_with_bad_input_explains_and_saves_nothing(client, advisor, catalogue, changes, message):
    client.force_login(advisor)
    data = {"name": "Association", "consent": "on", "etape-0-cle": "p:zoom", "etape-0-outil": "jitsi-meet"}
    data["etape-0-garder"] = "on"
    data.update(changes)
    response = client.post(reverse("accompaniments:create"), {k: v for k, v in data.items() if v != ""})
    assert response.status_code == 400
    assert message in text(response)
    assert not Followup.objects.exists() and not Step.objects.exists()


def test_create_page_ignores_unknown_sheet_values_with_a_notice(client, advisor, catalogue):
    client.force_login(advisor)
    response = client.get("/accompagnement/nouveau/?produits=zoom:inconnu,inexistant,%3Cscript%3E&equipe=xx")
    html = text(response)
    assert response.status_code == 200
    assert "Ignoré, car absent du catalogue" in html and "inexistant" in html
    assert "n'étaient pas valables" in html
    rows = response.context["form"].rows
    assert [(row.key, row.chosen) for _i, row in rows] == [("p:zoom", "jitsi-meet")]  # best alternative instead


# Between visits -----------------------------------------------------------------------------------


def test_status_change_through_the_step_page(client, followup, advisor):
    step = followup.steps.ordered().first()
    client.force_login(advisor)
    url = reverse("accompaniments:step_status", args=[followup.pk, step.pk])
    page = text(client.get(step.get_absolute_url()))
    assert 'value="trying"' in page and 'value="proposed"' not in page  # only the allowed moves
    assert client.post(url, {"status": "trying", "version": 1}).status_code == 302
    response = client.post(url, {"status": "abandoned", "version": 2})
    assert response.status_code == 400 and "Choisissez la raison de l'abandon" in text(response)
    response = client.post(url, {"status": "proposed", "version": 2})  # a move that does not exist
    assert response.status_code == 400
    assert "Ce changement n'existe pas pour une étape « À l'essai »" in text(response)
    response = client.post(url, {"status": "adopted", "version": 1})  # stale
    assert response.status_code == 409 and "rien n'a été enregistré" in text(response)
    step.refresh_from_db()
    assert step.status == "trying"
    assert client.post(url, {"status": "abandoned", "reason": "partners", "version": 2}).status_code == 302
    step.refresh_from_db()
    assert step.status == "abandoned" and step.abandon_reason == "partners"


def test_step_of_another_file_is_a_404(client, followup, advisor, catalogue):
    other = FollowupFactory(advisors=[advisor])
    foreign = StepFactory(followup=other)
    client.force_login(advisor)
    for name in ("step", "step_status", "referral_create"):
        url = reverse(f"accompaniments:{name}", args=[followup.pk, foreign.pk])
        response = client.post(url, {"status": "trying", "version": 1}) if name != "step" else client.get(url)
        assert response.status_code == 404, name
    arrange = reverse("accompaniments:steps_arrange", args=[followup.pk])
    for action in ("monter", "descendre", "retirer"):
        assert client.post(arrange, {action: foreign.pk}).status_code == 404
    foreign.refresh_from_db()
    assert foreign.status == "proposed"


def test_referral_outcome_and_session(client, followup, advisor, catalogue):
    from trainings.tests.factories import SessionFactory, TrainingFactory, in_days

    session = SessionFactory(training=TrainingFactory(title="Découvrir Jitsi", tools=[catalogue["tools"]["jitsi"]]))
    session.start, session.end = in_days(10), in_days(10, hour=12)
    session.save()
    step = followup.steps.ordered().first()
    client.force_login(advisor)
    page = client.get(step.get_absolute_url())
    assert "Informatique participative" in text(page) and "Découvrir Jitsi" in text(page)
    today = timezone.localdate()
    url = reverse("accompaniments:referral_create", args=[followup.pk, step.pk])
    far = client.post(url, {"actor": catalogue["ip"].pk, "referred_on": "1925-03-12", "version": 1})
    assert far.status_code == 400 and "trop ancienne" in text(far)
    unknown = client.post(url, {"actor": 999999, "referred_on": today.isoformat(), "version": 1})
    assert unknown.status_code == 400 and not Referral.objects.exists()
    assert (
        client.post(url, {"actor": catalogue["ip"].pk, "referred_on": today.isoformat(), "version": 1}).status_code
        == 302
    )
    referral = Referral.objects.get()
    outcome_url = reverse("accompaniments:referral_outcome", args=[followup.pk, step.pk, referral.pk])
    bad = client.post(outcome_url, {"outcome": "peut-etre", "version": 2})
    assert bad.status_code == 400 and "Sélectionnez un choix valide" in text(bad)
    assert client.post(outcome_url, {"outcome": "contacted", "version": 2}).status_code == 302
    referral.refresh_from_db()
    assert referral.outcome == "contacted"
    session_url = reverse("accompaniments:step_session", args=[followup.pk, step.pk])
    assert client.post(session_url, {"session": session.pk, "version": 3}).status_code == 302
    detail = text(client.get(followup.get_absolute_url()))
    assert "Orientée vers Informatique participative" in detail and "Inscrite à la session du" in detail


def test_visit_log_with_bad_input(client, followup, advisor):
    client.force_login(advisor)
    url = reverse("accompaniments:visit_create", args=[followup.pk])
    today = timezone.localdate()
    cases = [
        ({"visited_on": "2202-01-01", "way": "onsite"}, "ne peut pas être dans le futur"),
        ({"visited_on": "1925-01-01", "way": "onsite"}, "trop ancienne"),
        ({"visited_on": today.isoformat(), "way": "onsite", "note": "x" * 10_000}, "au plus 1000 caractères"),
        ({"visited_on": "pas une date", "way": "onsite"}, "Saisissez une date valide"),
        ({"visited_on": today.isoformat(), "way": "fax"}, "Sélectionnez un choix valide"),
    ]
    for data, message in cases:
        response = client.post(url, data)
        assert response.status_code == 400
        assert message in text(response), data
    assert Visit.objects.count() == 1
    data = {"visited_on": today.isoformat(), "way": "phone", "next_visit_on": (today + timedelta(days=30)).isoformat()}
    assert client.post(url, data).status_code == 302
    followup.refresh_from_db()
    assert followup.next_visit_on == today + timedelta(days=30)


def test_stale_update_answers_409_with_the_other_values(client, followup, advisor, other_advisor):
    followup.advisors.add(other_advisor)
    url = reverse("accompaniments:update", args=[followup.pk])
    data = {"name": "Les Jardins du Val", "commune": "37261", "status": "active", "version": 2}
    first = Client()
    first.force_login(advisor)
    assert first.post(url, data).status_code == 302
    second = Client()
    second.force_login(other_advisor)
    response = second.post(url, {**data, "name": "Nom de l'autre"})
    html = text(response)
    assert response.status_code == 409
    assert "Quelqu'un a modifié cet accompagnement" in html and "Les Jardins du Val" in html
    followup.refresh_from_db()
    assert followup.name == "Les Jardins du Val" and followup.version == 3
    assert response.context["form"]["version"].value() == "3"  # saving again replaces, knowingly


def test_reorder_remove_and_add_without_javascript(client, followup, advisor, catalogue):
    client.force_login(advisor)
    steps = list(followup.steps.ordered())
    arrange = reverse("accompaniments:steps_arrange", args=[followup.pk])
    response = client.post(arrange, {"monter": steps[1].pk})
    assert response.status_code == 302
    assert list(followup.steps.ordered())[0] == steps[1]
    client.post(arrange, {"descendre": steps[1].pk})
    assert list(followup.steps.ordered())[1] == steps[1]
    # An unknown action or a value that is no id: back to the file with a message; no such step: 404.
    for bad in ({"sauter": steps[1].pk}, {"monter": "abc"}):
        refused = client.post(arrange, bad, follow=True)
        assert refused.redirect_chain[0][1] == 302
        assert "Action inconnue : monter, descendre ou retirer une étape seulement." in text(refused)
    assert client.post(arrange, {"monter": "9" * 40}).status_code == 404
    assert list(followup.steps.ordered())[1] == steps[1]
    client.post(
        reverse("accompaniments:step_status", args=[followup.pk, steps[0].pk]), {"status": "trying", "version": 1}
    )
    refused = client.post(arrange, {"retirer": steps[0].pk}, follow=True)
    assert "Seule une étape « Proposé » peut être retirée" in text(refused)
    client.post(arrange, {"retirer": steps[2].pk})
    assert followup.steps.count() == 2
    add_url = reverse("accompaniments:step_add", args=[followup.pk])
    bbb = catalogue["equivalences"]["zoom-bbb"]
    assert client.post(add_url, {"step": "e999999"}).status_code == 400
    assert client.post(add_url, {"step": f"e{bbb.pk}"}).status_code == 302
    duplicate = client.post(add_url, {"step": f"e{bbb.pk}"})
    assert duplicate.status_code == 400 and "déjà dans l'accompagnement" in text(duplicate)
    assert followup.steps.count() == 3


def test_handover_page(client, followup, advisor, other_advisor):
    client.force_login(advisor)
    url = reverse("accompaniments:handover", args=[followup.pk])
    assert "autre-conseil" in text(client.get(url))
    assert client.post(url, {"to": 999999}).status_code == 400
    assert client.post(url, {"to": other_advisor.pk, "leave": "on"}).status_code == 302
    assert list(followup.advisors.all()) == [other_advisor]
    assert client.get(followup.get_absolute_url()).status_code == 404  # stepped out
    history = Client()
    history.force_login(other_advisor)
    page = text(history.get(reverse("accompaniments:history", args=[followup.pk])))
    assert "conseil" in page and "Accompagnateurs" in page


def test_home_filters_by_commune_and_state(client, advisor, catalogue):
    tours = catalogue["tours"]
    FollowupFactory(name="À Tours", commune=tours, advisors=[advisor])
    FollowupFactory(name="Ailleurs", advisors=[advisor])
    FollowupFactory(name="Finie", closed=True, commune=tours, advisors=[advisor])
    client.force_login(advisor)

    def names(query):
        return [f.name for f in client.get(reverse("accompaniments:home") + query).context["followups"]]

    assert names("") == ["Ailleurs", "À Tours"]
    assert names("?commune=37261") == ["À Tours"]
    assert names("?commune=37261&etat=tous") == ["Finie", "À Tours"]
    assert names("?etat=termines") == ["Finie"]
    response = client.get(reverse("accompaniments:home") + "?commune=00000&etat=zz")
    assert response.status_code == 200 and len(response.context["notices"]) == 2

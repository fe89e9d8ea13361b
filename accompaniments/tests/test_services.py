"""The services are the only writers: their rules, and that a refusal writes nothing."""

from datetime import timedelta

import pytest
from auditlog.models import LogEntry
from django.core.management import call_command
from django.utils import timezone

from accompaniments import services
from accompaniments.models import Followup, Referral, Step, Visit
from accompaniments.services import FollowupError, StaleVersionError, StepSpec
from accompaniments.tests.factories import FollowupFactory, StepFactory, VisitFactory

pytestmark = pytest.mark.django_db


def create(advisor, catalogue, **kwargs):
    eq = catalogue["equivalences"]
    defaults = {
        "advisor": advisor,
        "name": "Les Jardins partagés du Val",
        "consent": True,
        "commune": catalogue["tours"],
        "staff": "benevoles",
        "budget": "aucun",
        "comfort": "debutant",
        "steps": [
            StepSpec(product=eq["drive-nextcloud"].product, tool=eq["drive-nextcloud"].tool),
            StepSpec(need=catalogue["needs"]["accounting"], tool=catalogue["tools"]["paheko"]),
            StepSpec(product=eq["zoom-jitsi"].product, tool=eq["zoom-jitsi"].tool),
            StepSpec(product=eq["doodle-framadate"].product, tool=eq["doodle-framadate"].tool),
        ],
    }
    defaults.update(kwargs)
    return services.followup_create(**defaults)


def labels(followup):
    return [step.label for step in followup.steps.ordered().select_related("product", "tool", "need")]


# Creation ---------------------------------------------------------------------------------------


def test_create_orders_quick_wins_first_and_assigns_the_advisor(advisor, catalogue):
    followup = create(advisor, catalogue)
    # Low effort and easy first (in the sheet's order when equal), the need next, the heavy migration last.
    assert labels(followup) == [
        "Zoom → Jitsi Meet",
        "Doodle → Framadate",
        "Comptabilité : Paheko",
        "Google Drive → Nextcloud",
    ]
    assert list(followup.advisors.all()) == [advisor]
    assert followup.consent_recorded_at is not None
    assert str(followup) == f"Accompagnement n° {followup.pk}"  # the history never gets the name


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"consent": False}, "consent", "L'accord de l'association est nécessaire"),
        ({"name": "   "}, "name", "Indiquez le nom"),
        ({"name": "x" * 121}, "name", "au plus 120"),
        ({"rna": "W12"}, "rna", "W suivi de 9 chiffres"),
        ({"staff": "beaucoup"}, "staff", "valeur inconnue"),
    ],
)
def test_create_refuses_bad_input_and_saves_nothing(advisor, catalogue, kwargs, field, message):
    with pytest.raises(FollowupError) as error:
        create(advisor, catalogue, **kwargs)
    assert error.value.field == field and message in error.value.message
    assert not Followup.objects.exists() and not Step.objects.exists()


def test_create_refuses_a_tool_that_is_not_an_alternative_and_duplicates(advisor, catalogue):
    zoom, nextcloud = catalogue["products"]["zoom"], catalogue["tools"]["nextcloud"]
    with pytest.raises(FollowupError, match="n'est pas une alternative à « Zoom »"):
        create(advisor, catalogue, steps=[StepSpec(product=zoom, tool=nextcloud)])
    jitsi = catalogue["tools"]["jitsi"]
    with pytest.raises(FollowupError, match="deux fois"):
        create(advisor, catalogue, steps=[StepSpec(product=zoom, tool=jitsi), StepSpec(product=zoom, tool=jitsi)])
    with pytest.raises(FollowupError, match="ne répond pas au besoin"):
        create(advisor, catalogue, steps=[StepSpec(need=catalogue["needs"]["accounting"], tool=jitsi)])
    assert not Followup.objects.exists()


def test_only_advisors_create_follow_ups(coordinator, catalogue):
    with pytest.raises(FollowupError, match="Conseillers"):
        create(coordinator, catalogue)


# Steps ------------------------------------------------------------------------------------------


def test_allowed_transitions_and_abandon_reason(advisor, catalogue):
    step = create(advisor, catalogue).steps.ordered().first()
    step = services.step_move(step=step, status="trying", version=step.version)
    assert step.status == "trying" and step.version == 2
    with pytest.raises(FollowupError, match="Choisissez la raison"):
        services.step_move(step=step, status="abandoned", version=step.version)
    with pytest.raises(FollowupError, match="ne peut pas passer à « Proposé »"):
        services.step_move(step=step, status="proposed", version=step.version)
    with pytest.raises(FollowupError, match="n'existe pas"):
        services.step_move(step=step, status="teleporte", version=step.version)
    step = services.step_move(step=step, status="abandoned", reason="no_time", version=step.version)
    assert step.get_abandon_reason_display() == "Manque de temps"
    step = services.step_move(step=step, status="proposed", version=step.version)
    assert step.abandon_reason == ""  # a reason only while abandoned (also a database constraint)


def test_every_transition_of_the_table_and_nothing_else(advisor, catalogue):
    followup = create(advisor, catalogue)
    step = followup.steps.first()
    for origin in Step.Status.values:
        for target in Step.Status.values:
            Step.objects.filter(pk=step.pk).update(
                status=origin, abandon_reason="other" if origin == "abandoned" else "", version=1
            )
            step.refresh_from_db()
            allowed = target in Step.TRANSITIONS[origin]
            if allowed:
                services.step_move(step=step, status=target, reason="cost", version=1)
                step.refresh_from_db()
                assert step.status == target
            else:
                with pytest.raises(FollowupError):
                    services.step_move(step=step, status=target, reason="cost", version=1)
                step.refresh_from_db()
                assert step.status == origin and step.version == 1


def test_a_stale_step_change_writes_nothing(advisor, catalogue):
    step = create(advisor, catalogue).steps.first()
    services.step_move(step=step, status="trying", version=1)
    with pytest.raises(StaleVersionError) as stale:
        services.step_move(step=step, status="adopted", version=1)
    assert stale.value.current.status == "trying"
    step.refresh_from_db()
    assert step.status == "trying" and step.version == 2


def test_reorder_add_and_remove(advisor, catalogue):
    followup = create(advisor, catalogue)
    first, second = list(followup.steps.ordered())[:2]
    services.step_reorder(step=second, direction="up")
    assert labels(followup)[:2] == ["Doodle → Framadate", "Zoom → Jitsi Meet"]
    services.step_reorder(step=second, direction="up")  # already first: nothing moves
    assert labels(followup)[0] == "Doodle → Framadate"
    with pytest.raises(FollowupError, match="Déplacement inconnu"):
        services.step_reorder(step=second, direction="sideways")
    bbb = catalogue["equivalences"]["zoom-bbb"]
    added = services.step_add(followup=followup, product=bbb.product, tool=bbb.tool)
    assert added.position == 5 and labels(followup)[-1] == "Zoom → BigBlueButton"
    with pytest.raises(FollowupError, match="déjà dans l'accompagnement"):
        services.step_add(followup=followup, product=bbb.product, tool=bbb.tool)
    with pytest.raises(FollowupError, match="déjà dans l'accompagnement"):
        services.step_add(followup=followup, need=catalogue["needs"]["accounting"])
    services.step_move(step=first, status="trying", version=first.version)
    with pytest.raises(FollowupError, match="Seule une étape « Proposé » peut être retirée"):
        services.step_remove(step=first)
    services.step_remove(step=added)
    assert followup.steps.count() == 4


def test_need_step_tool_session_and_referrals(advisor, catalogue):
    from trainings.tests.factories import SessionFactory, TrainingFactory

    followup = create(advisor, catalogue)
    need_step = followup.steps.get(need=catalogue["needs"]["accounting"])
    with pytest.raises(FollowupError, match="ne répond pas à ce besoin"):
        services.step_set_tool(step=need_step, tool=catalogue["tools"]["jitsi"], version=need_step.version)
    need_step = services.step_set_tool(step=need_step, tool=None, version=need_step.version)
    assert need_step.tool is None and need_step.label == "Comptabilité"
    session = SessionFactory(training=TrainingFactory())
    need_step = services.step_set_session(step=need_step, session=session, version=need_step.version)
    assert need_step.session == session
    hidden = SessionFactory(training=TrainingFactory(hidden=True))
    with pytest.raises(FollowupError, match="pas publiée"):
        services.step_set_session(step=need_step, session=hidden, version=need_step.version)

    today = timezone.localdate()
    referral = services.referral_create(
        step=need_step, actor=catalogue["ip"], referred_on=today, version=need_step.version
    )
    assert referral.outcome == Referral.Outcome.NOT_YET
    need_step.refresh_from_db()
    for day, message in ((today + timedelta(days=1), "futur"), (today - timedelta(days=900), "trop ancienne")):
        with pytest.raises(FollowupError, match=message):
            services.referral_create(step=need_step, actor=catalogue["ip"], referred_on=day, version=need_step.version)
    with pytest.raises(StaleVersionError):
        services.referral_set_outcome(referral=referral, outcome="contacted", version=need_step.version - 1)
    services.referral_set_outcome(referral=referral, outcome="contacted", version=need_step.version)
    referral.refresh_from_db()
    assert referral.outcome == "contacted" and Referral.objects.count() == 1


# The follow-up itself -----------------------------------------------------------------------------


def test_update_with_optimistic_locking(advisor, catalogue):
    followup = create(advisor, catalogue)
    fields = {"name": "Les Jardins du Val", "rna": "w372001234", "commune": None, "status": "paused"}
    saved = services.followup_update(followup=followup, version=1, **fields)
    assert saved.version == 2 and saved.rna == "W372001234" and saved.status == "paused"
    with pytest.raises(StaleVersionError) as stale:
        services.followup_update(followup=followup, version=1, **{**fields, "name": "Écrasé"})
    assert stale.value.current.name == "Les Jardins du Val"
    closed = services.followup_update(followup=followup, version=2, **{**fields, "status": "closed"})
    assert closed.closed_at is not None
    reopened = services.followup_update(followup=followup, version=3, **{**fields, "status": "active"})
    assert reopened.closed_at is None
    with pytest.raises(FollowupError, match="dans le passé"):
        services.followup_update(
            followup=followup, version=4, next_visit_on=timezone.localdate() - timedelta(days=1), **fields
        )


def test_handover_adds_the_other_advisor_and_may_withdraw(advisor, other_advisor, coordinator, catalogue):
    followup = create(advisor, catalogue)
    with pytest.raises(FollowupError, match="Conseillers"):
        services.followup_handover(followup=followup, by=advisor, to=coordinator)
    services.followup_handover(followup=followup, by=advisor, to=other_advisor)
    assert set(followup.advisors.all()) == {advisor, other_advisor}
    with pytest.raises(FollowupError, match="suit déjà"):
        services.followup_handover(followup=followup, by=advisor, to=other_advisor)
    followup2 = create(advisor, catalogue, name="Autre")
    services.followup_handover(followup=followup2, by=advisor, to=other_advisor, leave=True)
    assert list(followup2.advisors.all()) == [other_advisor]


def test_share_link_is_long_random_and_revocable(advisor, catalogue):
    followup = create(advisor, catalogue)
    first = services.share_link_create(followup=followup)
    second = services.share_link_create(followup=followup)
    assert len(first) >= 40 and first != second
    services.share_link_revoke(followup=followup)
    followup.refresh_from_db()
    assert followup.share_token is None


# Visits -----------------------------------------------------------------------------------------


def test_visit_log_keeps_last_and_next_dates(advisor, catalogue):
    followup = create(advisor, catalogue)
    today = timezone.localdate()
    services.visit_log(
        followup=followup, by=advisor, visited_on=today - timedelta(days=10), way="onsite",
        next_visit_on=today + timedelta(days=20),
    )  # fmt: skip
    services.visit_log(
        followup=followup,
        by=advisor,
        visited_on=today - timedelta(days=40),
        way="phone",
        next_visit_on=today - timedelta(days=10),
    )  # fmt: skip  (an older visit noted late does not move the dates)
    followup.refresh_from_db()
    assert followup.last_visit_on == today - timedelta(days=10)
    assert followup.next_visit_on == today + timedelta(days=20)


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"visited_on_days": 1}, "visited_on", "futur"),
        ({"visited_on_days": -800}, "visited_on", "trop ancienne"),
        ({"next_days": -1}, "next_visit_on", "après celle-ci"),
        ({"next_days": 400}, "next_visit_on", "trop lointaine"),
        ({"note": "x" * 10_000}, "note", "au plus 1000 caractères (10000 saisis)"),
        ({"way": "pigeon"}, "way", "sur place, téléphone ou visio"),
    ],
)
def test_visit_log_refuses_bad_input_and_saves_nothing(advisor, catalogue, kwargs, field, message):
    followup = create(advisor, catalogue)
    today = timezone.localdate()
    with pytest.raises(FollowupError) as error:
        services.visit_log(
            followup=followup,
            by=advisor,
            visited_on=today + timedelta(days=kwargs.get("visited_on_days", 0)),
            way=kwargs.get("way", "onsite"),
            note=kwargs.get("note", ""),
            next_visit_on=today + timedelta(days=kwargs["next_days"]) if "next_days" in kwargs else None,
        )
    assert error.value.field == field and message in error.value.message.replace("\u202f", "")
    assert not Visit.objects.exists()
    followup.refresh_from_db()
    assert followup.last_visit_on is None and followup.version == 1


# History and retention ----------------------------------------------------------------------------


def test_history_has_who_changed_what_but_never_the_name_rna_or_notes(advisor, other_advisor, catalogue):
    followup = create(advisor, catalogue, name="Amicale Secrète", rna="W372009999")
    step = followup.steps.ordered().first()
    services.step_move(step=step, status="trying", version=1)
    services.referral_create(step=step, actor=catalogue["ip"], referred_on=timezone.localdate(), version=2)
    services.followup_handover(followup=followup, by=advisor, to=other_advisor)
    services.visit_log(
        followup=followup, by=advisor, visited_on=timezone.localdate(), way="onsite", note="Note confidentielle"
    )
    entries = LogEntry.objects.filter(additional_data__followup=followup.pk)
    assert entries.count() >= 7  # follow-up, 4 steps, status change, referral, advisors
    dump = " ".join(f"{entry.object_repr} {entry.changes}" for entry in LogEntry.objects.all())
    for secret in ("Amicale Secrète", "W372009999", "Note confidentielle", followup.share_token or "jeton"):
        assert secret not in dump
    assert "autre-conseil" in dump  # the handover is in the history


def test_purge_anonymises_closed_follow_ups_after_the_retention_and_keeps_figures(advisor, catalogue, settings):
    settings.FOLLOWUP_RETENTION_MONTHS = 24
    old = FollowupFactory(name="Ancienne association", rna="W372000001", closed=True, advisors=[advisor])
    old.share_token = "jeton-ancien"
    old.save()
    Followup.objects.filter(pk=old.pk).update(closed_at=timezone.now() - timedelta(days=800))
    recent = FollowupFactory(name="Récente", closed=True, advisors=[advisor])
    active = FollowupFactory(name="En cours", advisors=[advisor])
    StepFactory(followup=old, status="adopted")
    VisitFactory(followup=old, note="Note à effacer")
    VisitFactory(followup=active, note="Note à garder")
    from io import StringIO

    out = StringIO()
    call_command("purge_followups", stdout=out)
    assert "1 accompagnement(s) anonymisé(s)" in out.getvalue()
    old.refresh_from_db()
    assert old.name == "Association anonymisée" and old.rna == "" and old.share_token is None
    assert old.anonymised_at is not None
    assert old.visits.get().note == "" and old.visits.get().visited_on is not None
    assert old.steps.get().status == "adopted"  # the figures stay
    assert Followup.objects.get(pk=recent.pk).name == "Récente"
    assert active.visits.get().note == "Note à garder"
    call_command("purge_followups", stdout=StringIO())  # idempotent
    assert Followup.objects.filter(anonymised_at__isnull=False).count() == 1


def test_the_mail_worker_anonymises_expired_follow_ups_through_its_registered_job(advisor, settings):
    from io import StringIO

    from core import jobs

    function, every = jobs.registered()["accompaniments.followups_anonymise"]
    assert function is services.followups_anonymise_expired
    assert every == 24 * 3600  # daily
    settings.FOLLOWUP_RETENTION_MONTHS = 24
    old = FollowupFactory(name="Ancienne association", rna="W372000001", closed=True, advisors=[advisor])
    Followup.objects.filter(pk=old.pk).update(closed_at=timezone.now() - timedelta(days=800))
    recent = FollowupFactory(name="Récente", closed=True, advisors=[advisor])
    Followup.objects.filter(pk=recent.pk).update(closed_at=timezone.now() - timedelta(days=600))
    VisitFactory(followup=old, note="Note à effacer")

    call_command("mail_worker", "--once", stdout=StringIO())

    old.refresh_from_db()
    assert old.name == "Association anonymisée" and old.rna == "" and old.anonymised_at is not None
    assert old.visits.get().note == ""
    assert Followup.objects.get(pk=recent.pk).name == "Récente"

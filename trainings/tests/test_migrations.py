"""The double opt-in migration keeps every registration as it was."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("trainings", "0001_initial")]
AFTER = [("trainings", "0002_registration_double_opt_in")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_the_opt_in_migration_keeps_every_row_and_the_order_of_the_waiting_list():
    apps = migrate(BEFORE)
    try:
        Training, Session = apps.get_model("trainings", "Training"), apps.get_model("trainings", "Session")
        Registration = apps.get_model("trainings", "Registration")
        training = Training.objects.create(title="Module", slug="module", summary="Résumé", duration="3 heures")
        start = timezone.now() + timezone.timedelta(days=3)
        session = Session.objects.create(
            training=training, start=start, end=start + timezone.timedelta(hours=2), capacity=2
        )
        statuses = ["confirmed", "attended", "waitlisted", "cancelled", "waitlisted", "absent"]
        before = {}
        for index, status in enumerate(statuses):
            row = Registration.objects.create(
                session=session, first_name=f"P{index}", last_name="N", email=f"p{index}@example.org", status=status,
                token=f"jeton-{index}", consent=True,
            )  # fmt: skip
            before[row.pk] = (status, row.email, row.token)
        apps = migrate(AFTER)
        Registration = apps.get_model("trainings", "Registration")
        after = {row.pk: (row.status, row.email, row.token) for row in Registration.objects.all()}
        assert after == before
        waiting = list(Registration.objects.filter(status="waitlisted").order_by("queue_number"))
        assert [row.first_name for row in waiting] == ["P2", "P4"]
        assert all(row.queue_number == row.pk for row in waiting)
        assert not Registration.objects.exclude(status="waitlisted").filter(queue_number__isnull=False).exists()
        assert not Registration.objects.filter(hold_expires_at__isnull=False).exists()
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

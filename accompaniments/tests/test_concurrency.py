"""Truly concurrent saves on PostgreSQL: optimistic locking under the row lock lets exactly one through."""

import threading

import pytest
from django.db import connection

from accompaniments import services
from accompaniments.models import Followup, Step
from accompaniments.tests.factories import FollowupFactory, StepFactory

PARALLEL = 8


def run_in_parallel(action):
    barrier = threading.Barrier(PARALLEL)
    outcomes = []

    def worker(index):
        try:
            barrier.wait(timeout=30)
            action(index)
            outcomes.append("saved")
        except services.StaleVersionError:
            outcomes.append("stale")
        except Exception as error:  # reported below
            outcomes.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(index,)) for index in range(PARALLEL)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return sorted(outcomes)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_parallel_status_changes_from_the_same_page_save_once():
    step = StepFactory()
    statuses = ["trying", "adopted", "postponed", "abandoned"]
    outcomes = run_in_parallel(
        lambda index: services.step_move(
            step=step, status=statuses[index % 4], reason="cost" if index % 4 == 3 else "", version=1
        )
    )
    assert outcomes == ["saved"] + ["stale"] * (PARALLEL - 1)
    step.refresh_from_db()
    assert step.version == 2


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_parallel_edits_of_a_follow_up_save_once_and_parallel_adds_keep_positions():
    followup = FollowupFactory()
    outcomes = run_in_parallel(
        lambda index: services.followup_update(followup=followup, version=1, name=f"Nom {index}")
    )
    assert outcomes == ["saved"] + ["stale"] * (PARALLEL - 1)
    assert Followup.objects.get().version == 2
    from tools_catalog.tests.factories import EquivalenceFactory

    equivalences = [EquivalenceFactory() for _ in range(PARALLEL)]
    outcomes = run_in_parallel(
        lambda index: services.step_add(
            followup=followup, product=equivalences[index].product, tool=equivalences[index].tool
        )
    )
    assert outcomes == ["saved"] * PARALLEL
    assert sorted(Step.objects.values_list("position", flat=True)) == list(range(1, PARALLEL + 1))

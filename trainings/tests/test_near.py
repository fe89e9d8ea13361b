"""Sessions "près de" a commune: nearest first, with the distance, in SQL."""

import pytest
from django.urls import reverse
from django.utils import timezone

from actors.tests.test_territory import communes  # noqa: F401 - fixture
from trainings.tests.factories import SessionFactory


@pytest.fixture
def sessions(communes):  # noqa: F811 - the imported fixture
    start = timezone.now() + timezone.timedelta(days=5)
    return {
        "tours": SessionFactory(commune=communes["tours"], start=start, end=start + timezone.timedelta(hours=2)),
        "loches": SessionFactory(commune=communes["loches"], start=start + timezone.timedelta(days=20),
                                 end=start + timezone.timedelta(days=20, hours=2)),
    }  # fmt: skip


def test_sessions_near_a_commune_come_nearest_first_with_the_distance(client, sessions):
    response = client.get(reverse("trainings:session_list"), {"pres_de": "Beaulieu"})
    assert response.status_code == 200
    text = response.text
    assert "Du plus proche au plus éloigné de Beaulieu-lès-Loches" in text
    loches_title, tours_title = sessions["loches"].training.title, sessions["tours"].training.title
    assert text.index(loches_title) < text.index(tours_title, text.index("Du plus proche"))
    assert "à 2 km" in text and "à 39 km" in text
    within = client.get(reverse("trainings:session_list"), {"pres_de": "Beaulieu", "rayon": "10"})
    assert "1 session" in within.text

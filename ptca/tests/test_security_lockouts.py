"""Finding 1: lock-outs behind the reverse proxy, per username and per client address.

Behind one proxy (PROXY_COUNT=1) the client is the address the proxy appended to X-Forwarded-For;
whatever a client writes before it is ignored. Five failures lock one username from one client
(django-axes, through core.clientip), never the whole site; 20 failures lock a username from any
address (an attacker rotating addresses); 50 failures lock one address for any username.
In-process first, then through a real gunicorn.
"""

import pytest
from axes.models import AccessAttempt
from django.core.cache import cache
from django.test import Client

from core.clientip import client_address, client_key
from ptca.tests.gunicorn_server import running_gunicorn

pytestmark = pytest.mark.django_db
LOGIN = "/compte/login/"
PROXY = "10.0.0.1"  # REMOTE_ADDR: our nginx


@pytest.fixture(autouse=True)
def behind_one_proxy(settings):
    settings.PROXY_COUNT = 1
    cache.clear()


def from_client(address, forged=""):
    """A test client whose requests come through our proxy on behalf of `address` (after a forged prefix)."""
    chain = f"{forged}, {address}" if forged else address
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=chain)


def fail(client, username="coord", times=1):
    return [client.post(LOGIN, {"username": username, "password": "faux"}).status_code for _ in range(times)]


def test_the_client_address_is_the_one_our_proxy_appended(rf, settings):
    request = rf.get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7")
    assert client_address(request) == "203.0.113.7"
    settings.PROXY_COUNT = 0
    assert client_address(request) == PROXY


def test_axes_counts_failures_per_client_behind_the_proxy(coordinator):
    attacker = from_client("203.0.113.7", forged="1.2.3.4")
    assert fail(attacker, times=5)[-1] == 429
    assert AccessAttempt.objects.get().ip_address == "203.0.113.7"
    # Forging another first entry changes nothing: the entry our proxy wrote still says who it is.
    assert fail(from_client("203.0.113.7", forged="198.51.100.20"))[0] == 429
    # The coordinator, elsewhere, still signs in: one attacker does not lock the account for everybody.
    response = from_client("198.51.100.20").post(LOGIN, {"username": "coord", "password": "motdepasse-coord"})
    assert response.status_code == 302


def test_an_attacker_rotating_addresses_is_stopped_per_username(coordinator, settings):
    settings.LOGIN_USERNAME_FAILURE_LIMIT = 20
    statuses = []
    for index in range(5):  # 4 failures from each of 5 addresses: never 5 from one address
        statuses += fail(from_client(f"198.51.100.{index + 1}"), times=4)
    assert statuses[:19] == [200] * 19
    assert statuses[19] == 429  # the 20th failure locks the username
    # Locked from any address, even with the right password.
    response = from_client("192.0.2.99").post(LOGIN, {"username": "coord", "password": "motdepasse-coord"})
    assert response.status_code == 429
    assert "Connexion temporairement bloquée" in response.content.decode()
    # Another account is not locked.
    assert fail(from_client("192.0.2.99"), username="conseil")[0] == 200


def test_an_unknown_username_is_locked_exactly_like_a_real_one(coordinator, settings):
    """The cap tells nothing about whether an account exists."""
    settings.LOGIN_USERNAME_FAILURE_LIMIT = 6
    real = [fail(from_client(f"198.51.100.{i}"), username="coord")[0] for i in range(1, 8)]
    unknown = [fail(from_client(f"198.51.100.{i}"), username="personne")[0] for i in range(1, 8)]
    assert real == unknown == [200] * 5 + [429, 429]


def test_one_address_spraying_many_usernames_is_stopped(coordinator, settings):
    settings.LOGIN_CLIENT_FAILURE_LIMIT = 10
    sprayer = from_client("203.0.113.50")
    statuses = [fail(sprayer, username=f"compte{index}")[0] for index in range(12)]
    assert statuses == [200] * 9 + [429] * 3
    # Another client is not concerned.
    response = from_client("203.0.113.51").post(LOGIN, {"username": "coord", "password": "motdepasse-coord"})
    assert response.status_code == 302


def test_the_admin_login_form_is_capped_too(coordinator, settings):
    settings.LOGIN_USERNAME_FAILURE_LIMIT = 3
    for index in range(3):
        from_client(f"198.51.100.{index + 1}").post("/admin/login/", {"username": "coord", "password": "faux"})
    response = from_client("192.0.2.1").post("/admin/login/", {"username": "coord", "password": "motdepasse-coord"})
    assert response.status_code == 429


def test_rate_limit_keys_hold_no_address_and_group_an_ipv6_network(rf, settings):
    settings.PROXY_COUNT = 0
    one = client_key(rf.get("/", REMOTE_ADDR="2001:db8:1:2::1"), "scope")
    same_network = client_key(rf.get("/", REMOTE_ADDR="2001:db8:1:2:ffff::9"), "scope")
    other_network = client_key(rf.get("/", REMOTE_ADDR="2001:db8:1:3::1"), "scope")
    assert one == same_network != other_network
    assert "2001" not in one
    assert client_key(rf.get("/", REMOTE_ADDR="192.0.2.1"), "scope") != client_key(
        rf.get("/", REMOTE_ADDR="192.0.2.2"), "scope"
    )


def test_a_successful_password_reset_lifts_the_lockouts(client, coordinator, settings):
    import re

    from core.testing import delivered_mail

    settings.LOGIN_USERNAME_FAILURE_LIMIT = 3
    for index in range(3):
        fail(from_client(f"198.51.100.{index + 1}"))
    assert fail(from_client("198.51.100.9"))[0] == 429
    client.post("/compte/password_reset/", {"email": "coord@example.org"})
    link = re.search(r"http://testserver(/compte/reset/\S+)", delivered_mail()[-1].body).group(1)
    form = client.get(link, follow=True)
    new = "Un-tout-nouveau-mot-2026"
    assert client.post(form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}).status_code == 302
    assert from_client("198.51.100.9").post(LOGIN, {"username": "coord", "password": new}).status_code == 302


# Through gunicorn --------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_lockouts_through_gunicorn_behind_one_proxy():
    users = [("coord", "motdepasse-coord-2026", True), ("conseil", "motdepasse-conseil", False)]
    with running_gunicorn(users=users, PROXY_COUNT=1, LOGIN_USERNAME_FAILURE_LIMIT=8) as server:

        def login(username, password, address):
            return server.post_form(LOGIN, {"username": username, "password": password}, forwarded_for=address)[0]

        # One attacker, behind our proxy, forging the first X-Forwarded-For entry.
        attacker = "1.2.3.4, 203.0.113.7"
        statuses = [login("coord", "faux", attacker) for _ in range(5)]
        assert statuses == [200, 200, 200, 200, 429]
        # Forging another client's address in front does not help.
        assert login("coord", "faux", "198.51.100.20, 203.0.113.7") == 429
        # The coordinator, from elsewhere, signs in.
        assert login("coord", "motdepasse-coord-2026", "198.51.100.20") == 302

        # Rotating addresses: 8 failures for "conseil" from 4 addresses (2 each) lock the username.
        rotating = [login("conseil", "faux", f"198.51.100.{30 + index // 2}") for index in range(8)]
        assert rotating == [200] * 7 + [429]
        assert login("conseil", "motdepasse-conseil", "192.0.2.77") == 429

        log = server.access_log()
        assert "POST /compte/login/" in log
        assert "motdepasse" not in log and "faux" not in log

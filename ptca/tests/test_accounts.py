import re

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db


def test_login_page_is_french(client):
    response = client.get("/compte/login/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Se connecter</h1>" in html
    assert "Nom d’utilisateur" in html


def test_login_and_logout(client, advisor):
    response = client.post("/compte/login/", {"username": "conseil", "password": "motdepasse-conseil"})
    assert response.status_code == 302
    assert client.get("/").context["user"].is_authenticated
    response = client.post("/compte/logout/")
    assert response.status_code == 302
    assert not client.get("/").context["user"].is_authenticated


def test_wrong_password_shows_the_error_summary_and_keeps_the_username(client, advisor):
    response = client.post("/compte/login/", {"username": "conseil", "password": "faux"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="error-summary"' in html
    assert 'value="conseil"' in html


def test_lockout_after_repeated_failures(client, advisor):
    for _ in range(5):
        client.post("/compte/login/", {"username": "conseil", "password": "faux"})
    response = client.post("/compte/login/", {"username": "conseil", "password": "motdepasse-conseil"})
    assert response.status_code == 429
    assert "Connexion temporairement bloquée" in response.content.decode()
    # Another account from the same address is not locked.
    assert client.get("/compte/login/").status_code == 200


def test_password_reset_sends_a_french_email_with_a_working_link(client, advisor):
    response = client.post("/compte/password_reset/", {"email": "conseil@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "mot de passe" in message.subject.lower()
    link = re.search(r"http://testserver(/compte/reset/\S+)", message.body).group(1)
    response = client.get(link, follow=True)
    assert "Choisir un nouveau mot de passe" in response.content.decode()
    response = client.post(
        response.redirect_chain[-1][0], {"new_password1": "Un-nouveau-mot-2026", "new_password2": "Un-nouveau-mot-2026"}
    )
    assert response.status_code == 302
    response = client.post("/compte/login/", {"username": "conseil", "password": "Un-nouveau-mot-2026"})
    assert response.status_code == 302


def test_password_change_requires_login(client):
    response = client.get("/compte/password_change/")
    assert response.status_code == 302
    assert response["Location"].startswith("/compte/login/")


def test_oversized_username_gets_a_french_error_not_a_500(client):
    response = client.post("/compte/login/", {"username": "é" * 3000, "password": "x"})
    assert response.status_code == 200
    assert "au plus 150 caractères" in response.content.decode()


def test_axes_username_is_cut_to_the_table_size(rf):
    from ptca.accounts import axes_username

    assert axes_username(rf.post("/", {"username": "a" * 400}), None) == "a" * 150
    assert axes_username(rf.get("/"), {"username": "camille"}) == "camille"

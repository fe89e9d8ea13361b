import pytest

pytestmark = pytest.mark.django_db


def test_security_headers_on_every_page(client):
    response = client.get("/")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_pages_load_nothing_from_other_origins(client):
    html = client.get("/").content.decode()
    for marker in ("http://", "https://"):
        for attribute in ("src=", "href="):
            assert f'{attribute}"{marker}' not in html


def test_post_without_csrf_token_gets_the_french_page(django_user_model):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post("/compte/login/", {"username": "a", "password": "b"})
    assert response.status_code == 403
    assert "Formulaire expiré ou incomplet" in response.content.decode()

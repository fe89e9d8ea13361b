import logging

import pytest
from django.db import connection
from django.test import RequestFactory

pytestmark = pytest.mark.django_db


def test_unknown_url_gives_the_french_404(client):
    response = client.get("/cette-page/nexiste/pas/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_500_page_renders_without_the_database(monkeypatch):
    from ptca.views import server_error

    def broken(*args, **kwargs):
        raise RuntimeError("base de données arrêtée")

    monkeypatch.setattr(connection, "cursor", broken)
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Service momentanément indisponible" in response.content.decode()


def test_oversized_body_gets_the_french_400(client):
    response = client.post(
        "/compte/login/", data="x=" + "a" * (3 * 1024 * 1024), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert "Requête incorrecte" in response.content.decode()


def test_too_many_fields_gets_the_french_400(client):
    body = "&".join(f"f{i}=1" for i in range(3000))
    response = client.post("/compte/login/", data=body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400


@pytest.mark.parametrize(
    "query", ["?q=%", "?q=%ZZ%00", "?" + "a=1&" * 500, "?q=" + "é" * 5000, "?q=<script>alert(1)</script>"]
)
def test_malformed_or_huge_query_strings_never_500(client, query):
    for url in ["/", "/compte/login/", "/recherche/"]:
        response = client.get(url + query)
        assert response.status_code == 200, url
        assert b"<script>alert(1)</script>" not in response.content


def test_wrong_method_is_refused_cleanly(client):
    assert client.post("/").status_code == 405
    assert client.delete("/accessibilite/").status_code == 405


def test_health_endpoint_checks_the_database(client, monkeypatch, caplog):
    response = client.get("/sante/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": True}

    def broken(*args, **kwargs):
        raise RuntimeError("down")

    monkeypatch.setattr(connection, "cursor", broken)
    with caplog.at_level(logging.ERROR, logger="ptca.views"):
        response = client.get("/sante/")
    assert response.status_code == 503
    assert response.json() == {"status": "indisponible", "database": False}
    # The operator's log says why, with the exception.
    (record,) = [record for record in caplog.records if record.name == "ptca.views"]
    assert record.getMessage() == "health check failed: the database does not answer"
    assert record.exc_info[0] is RuntimeError and str(record.exc_info[1]) == "down"


def test_style_page_only_in_debug(client, settings):
    assert client.get("/style/").status_code == 404
    settings.DEBUG = True
    response = client.get("/style/")
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()

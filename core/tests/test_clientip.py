"""The client address behind 0, 1 or 2 trusted proxies (core/clientip.py): never one the client can forge."""

import pytest
from django.test import RequestFactory

from core.clientip import UNKNOWN, axes_client_ip, client_address, client_key


def request_from(remote_addr="192.0.2.10", forwarded=None):
    meta = {"REMOTE_ADDR": remote_addr}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


@pytest.mark.parametrize(
    "proxies,remote,forwarded,expected",
    [
        # No proxy: X-Forwarded-For is whatever the client wrote, ignored.
        (0, "203.0.113.7", None, "203.0.113.7"),
        (0, "203.0.113.7", "198.51.100.1", "203.0.113.7"),
        # One proxy (REMOTE_ADDR is the proxy): the last entry is what it saw.
        (1, "10.0.0.1", "203.0.113.7", "203.0.113.7"),
        (1, "10.0.0.1", "198.51.100.66, 203.0.113.7", "203.0.113.7"),  # forged first entry ignored
        (1, "10.0.0.1", "1.1.1.1,2.2.2.2 , 203.0.113.7", "203.0.113.7"),
        # Two proxies: the second entry from the right, whatever the client prepended.
        (2, "10.0.0.2", "203.0.113.7, 10.0.0.1", "203.0.113.7"),
        (2, "10.0.0.2", "198.51.100.66, 203.0.113.7, 10.0.0.1", "203.0.113.7"),
        # Fewer entries than proxies: the client reached us some other way; fall back to REMOTE_ADDR.
        (2, "10.0.0.2", "203.0.113.7", "10.0.0.2"),
        (1, "10.0.0.1", None, "10.0.0.1"),
        (1, "10.0.0.1", "", "10.0.0.1"),
        (1, "10.0.0.1", " , ", "10.0.0.1"),
        # The trusted entry is not an address: REMOTE_ADDR, never the raw text.
        (1, "10.0.0.1", "unknown", "10.0.0.1"),
        (1, "10.0.0.1", "203.0.113.7:4711", "10.0.0.1"),
        (1, "10.0.0.1", "203.0.113.7, <script>", "10.0.0.1"),
        # A negative count is treated as no proxy.
        (-1, "203.0.113.7", "198.51.100.1", "203.0.113.7"),
        # IPv6, with or without brackets, written in its canonical form.
        (0, "2001:db8::1", None, "2001:db8::1"),
        (1, "::1", "2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),
        (1, "::1", "198.51.100.66, [2001:db8::7]", "2001:db8::7"),
    ],
)
def test_client_address(settings, proxies, remote, forwarded, expected):
    settings.PROXY_COUNT = proxies
    assert client_address(request_from(remote, forwarded)) == expected


@pytest.mark.parametrize("remote", ["", "not-an-address", "999.1.1.1"])
def test_an_invalid_remote_address_becomes_a_placeholder(settings, remote):
    settings.PROXY_COUNT = 0
    assert client_address(request_from(remote)) == UNKNOWN


def test_without_a_proxy_count_setting_no_proxy_is_trusted(settings):
    del settings.PROXY_COUNT
    assert client_address(request_from("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


def test_django_axes_uses_the_same_address(settings):
    assert settings.AXES_CLIENT_IP_CALLABLE == "core.clientip.axes_client_ip"
    settings.PROXY_COUNT = 1
    request = request_from("10.0.0.1", "198.51.100.66, 203.0.113.7")
    assert axes_client_ip(request) == client_address(request) == "203.0.113.7"


def test_client_key_is_a_keyed_hash_per_scope_without_the_address(settings):
    settings.PROXY_COUNT = 0
    key = client_key(request_from("203.0.113.7"), "surveys")
    assert len(key) == 32 and set(key) <= set("0123456789abcdef")
    assert "203.0.113.7" not in key
    assert client_key(request_from("203.0.113.7"), "surveys") == key
    assert client_key(request_from("203.0.113.8"), "surveys") != key
    assert client_key(request_from("203.0.113.7"), "actors.report") != key


def test_client_key_depends_on_the_secret_key(settings):
    key = client_key(request_from("203.0.113.7"), "surveys")
    settings.SECRET_KEY = "another-secret-" + "x" * 40
    assert client_key(request_from("203.0.113.7"), "surveys") != key


def test_the_forged_entry_does_not_change_the_key(settings):
    settings.PROXY_COUNT = 1
    honest = client_key(request_from("10.0.0.1", "203.0.113.7"), "surveys")
    forged = client_key(request_from("10.0.0.1", "198.51.100.66, 203.0.113.7"), "surveys")
    assert forged == honest

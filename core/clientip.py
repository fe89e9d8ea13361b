"""The client address of a request, behind zero or more trusted reverse proxies.

With `PROXY_COUNT = N` (the number of reverse proxies we run in front of the portal), each
proxy appends the address it saw to `X-Forwarded-For`. Only the last N entries were written by
our proxies; anything before them was sent by the client and can be forged. The client address
is therefore the entry the *nearest-to-client trusted proxy* saw: the N-th from the right.

With `PROXY_COUNT = 0`, `X-Forwarded-For` is ignored and `REMOTE_ADDR` is the client.
If the header has fewer entries than trusted proxies (a misconfiguration, or a request that
reached the app server without going through every proxy), we fall back to `REMOTE_ADDR`
rather than trusting a client-written entry.

Used by login lock-outs (django-axes's `AXES_CLIENT_IP_CALLABLE`), every rate limit and every
log line that names a client (through `client_key`, never the address itself).
"""

import ipaddress

from django.conf import settings
from django.utils.crypto import salted_hmac

UNKNOWN = "0.0.0.0"  # noqa: S104 - a placeholder key, never bound


def _valid(address):
    try:
        return str(ipaddress.ip_address(address.strip().strip("[]")))
    except ValueError:
        return None


def client_address(request) -> str:
    """The address of the client, as the nearest trusted proxy saw it (see the module docstring)."""
    remote = _valid(request.META.get("REMOTE_ADDR", "") or "") or UNKNOWN
    proxies = getattr(settings, "PROXY_COUNT", 0) or 0
    if proxies <= 0:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    if len(hops) < proxies:
        return remote
    return _valid(hops[-proxies]) or remote


def axes_client_ip(request) -> str:
    """django-axes's AXES_CLIENT_IP_CALLABLE: the same address as every other part of the portal."""
    return client_address(request)


def rate_limit_subject(address: str) -> str:
    """What a rate limit counts for an address: an IPv4 address, or the /64 network of an IPv6 one.

    One IPv6 subscriber usually holds a whole /64 (2^64 addresses): counting per address would let
    one client rotate addresses, escape every limit and fill the cache with counters.
    """
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def client_key(request, scope: str) -> str:
    """A keyed hash of the client (address, or IPv6 /64) for `scope`: caches and logs never hold the address."""
    return salted_hmac(f"ptca.client.{scope}", rate_limit_subject(client_address(request))).hexdigest()[:32]

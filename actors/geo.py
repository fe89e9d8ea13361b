"""Distances computed in SQL, the same on SQLite and PostgreSQL (no extension).

`near()` first keeps the rows inside a bounding box around the point (plain comparisons that the
latitude/longitude columns answer cheaply), then computes the exact great-circle distance with the
haversine formula, built from Django's math functions (SQLite gets them from Django itself).
"""

import math
from decimal import Decimal

from django.db import models
from django.db.models.functions import ASin, Cast, Cos, Power, Radians, Sin, Sqrt

EARTH_RADIUS_KM = 6371.0
KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180

# Indre-et-Loire's outline, with a margin of about 1 km: a point placed outside is refused.
DEPARTEMENT_BOUNDS = {"south": Decimal("46.72"), "north": Decimal("47.72"), "west": Decimal("0.04"),
                      "east": Decimal("1.38")}  # fmt: skip
DEPARTEMENT_NAME = "Indre-et-Loire"


def in_departement(latitude, longitude):
    bounds = DEPARTEMENT_BOUNDS
    return (
        bounds["south"] <= Decimal(latitude) <= bounds["north"]
        and bounds["west"] <= Decimal(longitude) <= bounds["east"]
    )


def bounding_box(latitude, longitude, radius_km):
    """(south, north, west, east) in degrees enclosing the circle of `radius_km` around the point."""
    latitude, longitude = float(latitude), float(longitude)
    delta_lat = radius_km / KM_PER_DEGREE
    delta_lon = radius_km / (KM_PER_DEGREE * max(math.cos(math.radians(latitude)), 0.01))
    return latitude - delta_lat, latitude + delta_lat, longitude - delta_lon, longitude + delta_lon


def _float(expression):
    return Cast(expression, models.FloatField())


def _value(number):
    return models.Value(float(number), output_field=models.FloatField())


def distance_km(latitude_field, longitude_field, latitude, longitude):
    """An expression: the great-circle distance in km from the point to each row's coordinates."""
    lat, lon = _float(models.F(latitude_field)), _float(models.F(longitude_field))
    half_dlat = Radians(lat - _value(latitude)) / _value(2)
    half_dlon = Radians(lon - _value(longitude)) / _value(2)
    cos_origin = _value(math.cos(math.radians(float(latitude))))
    a = Power(Sin(half_dlat), 2) + cos_origin * Cos(Radians(lat)) * Power(Sin(half_dlon), 2)
    # No clamping of `a` to 1 (PostgreSQL's LEAST would turn a NULL of an unplaced row into 1): it only
    # exceeds 1 by rounding for antipodal points, never between two points of a département.
    return _value(2 * EARTH_RADIUS_KM) * ASin(Sqrt(a))


def within_box(latitude_field, longitude_field, latitude, longitude, radius_km):
    """A Q keeping the rows inside the bounding box of the circle (the cheap first filter)."""
    south, north, west, east = bounding_box(latitude, longitude, radius_km)
    return models.Q(
        **{
            f"{latitude_field}__gte": Decimal(f"{south:.5f}"),
            f"{latitude_field}__lte": Decimal(f"{north:.5f}"),
            f"{longitude_field}__gte": Decimal(f"{west:.5f}"),
            f"{longitude_field}__lte": Decimal(f"{east:.5f}"),
        }
    )

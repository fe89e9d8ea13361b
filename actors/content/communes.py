"""The communes of Indre-et-Loire: the one reference list, loaded into `actors.Commune` by the seed
(actors, trainings, survey answers and the visit companion all read that table).

The rows live in `data/communes_37.csv`, built from official open data by `data/build_communes.py`
(sources and licence in `data/README.md`). Each row: INSEE code, name, postal codes (the first is the
main one), centre (latitude, longitude), intercommunality (SIREN and name).
"""

import csv
from pathlib import Path

DATA = Path(__file__).with_name("data") / "communes_37.csv"


def read_communes(path=DATA):
    """The shipped communes as dicts, in INSEE order."""
    with path.open(encoding="utf-8", newline="") as data:
        return list(csv.DictReader(data))


COMMUNES = read_communes()

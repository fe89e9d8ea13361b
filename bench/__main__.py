"""`make bench`: the benchmark on a fresh PostgreSQL database (when one answers) and on SQLite.

Usage: python -m bench [--size 1.0] [--repeat 30] [--apps tools_catalog,actors] [--only sqlite|postgresql]
Environment: BENCH_PG_URL (default postgres://postgres:postgres@127.0.0.1:5432/ptca_bench).
The databases are dropped and recreated each time, so runs compare like with like.
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def postgres_answers(url):
    try:
        import psycopg2

        admin = url.rsplit("/", 1)[0] + "/postgres"
        psycopg2.connect(admin, connect_timeout=3).close()
        return True
    except Exception:  # noqa: BLE001 - no server, no PostgreSQL run
        return False


def recreate_postgres(url):
    import psycopg2

    base, name = url.rsplit("/", 1)
    connection = psycopg2.connect(base + "/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    known, rest = parser.parse_known_args()
    runs = []
    pg_url = os.environ.get("BENCH_PG_URL", "postgres://postgres:postgres@127.0.0.1:5432/ptca_bench")
    if known.only in (None, "postgresql"):
        if postgres_answers(pg_url):
            recreate_postgres(pg_url)
            runs.append(("postgresql", pg_url))
        else:
            print(f"PostgreSQL ne répond pas ({pg_url}) : mesure sur SQLite seulement.", file=sys.stderr)
    if known.only in (None, "sqlite"):
        path = BASE_DIR / "var" / "bench.sqlite3"
        path.parent.mkdir(exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        runs.append(("sqlite", f"sqlite:///{path}"))
    status = 0
    for _name, url in runs:
        env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "bench.settings"}
        env.pop("DEBUG", None)
        status |= subprocess.call([sys.executable, "-m", "bench.run", *rest], cwd=BASE_DIR, env=env)  # noqa: S603
    sys.exit(status)


if __name__ == "__main__":
    main()

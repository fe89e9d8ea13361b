"""One benchmark run on one database (called by `python -m bench`, in its own process).

For each app that ships `<app>/bench.py`, it generates the large data set once (`generate(size=…)`),
then times each page that app lists (`pages()`) through Django's test client and the whole
middleware stack: SQL queries, median and p95 server time, and the ratio of the median to a minimal
view measured in the same run.
"""

import argparse
import contextlib
import gc
import json
import os
import statistics
import sys
import time
from importlib import import_module

APPS = ["tools_catalog", "actors", "trainings", "surveys", "accompaniments", "campaigns"]


def measure(client, url, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(3):
        response = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    query_count = len(queries)  # now: later requests reset the connection's query log
    if hasattr(response, "streaming_content"):
        b"".join(response.streaming_content)
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            for _chunk in response.streaming_content:
                pass
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return {
        "status": response.status_code,
        "queries": query_count,
        "median_ms": statistics.median(timings),
        "p95_ms": timings[min(len(timings) - 1, round(0.95 * len(timings)) - 1)],
    }


def http_pages():
    """The pages whose HTTP throughput is compared with the minimal view."""
    pages = [("accueil", "/"), ("recherche catalogue", "/outils/?q=zoom"), ("acteurs", "/acteurs/")]
    pages.append(("formations", "/formations/"))
    from django.core.exceptions import ObjectDoesNotExist

    from surveys.bench import bench_survey

    with contextlib.suppress(ObjectDoesNotExist):  # survey data not generated in this run
        pages.append(("enquête (formulaire)", bench_survey().get_absolute_url()))
    return pages


def export_memory():
    """Peak memory while streaming the whole survey CSV export (constant-memory streaming check)."""
    import tracemalloc

    try:
        from surveys.bench import bench_survey, export_csv_rows
    except ImportError:
        return None
    survey = bench_survey()
    tracemalloc.start()
    rows = sum(1 for _row in export_csv_rows(survey))
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"rows": rows, "peak_mb": peak / 1e6}


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1, help="multiplier of the data sizes named in the issues")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--apps", default=",".join(APPS))
    parser.add_argument("--json", dest="json_path")
    parser.add_argument("--http-seconds", type=float, default=5.0, help="0 skips the gunicorn throughput part")
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    call_command("migrate", verbosity=0, interactive=False)
    engine = connection.vendor
    client = Client()
    # Coordinator pages (survey results, exports) are timed as a signed-in coordinator would see them.
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(
        username="bench-coordination", defaults={"is_superuser": True, "is_staff": True}
    )
    client.force_login(user)
    modules = []
    for app in filter(None, args.apps.split(",")):
        if app not in APPS:
            parser.error(f"unknown app {app!r}; choose among {', '.join(APPS)}")
        try:
            modules.append((app, import_module(f"{app}.bench")))
        except ModuleNotFoundError as error:
            if error.name != f"{app}.bench":
                raise
    # Generate everything first, then let the process settle, so that every page (and the
    # minimal view) is timed in the same state.
    for app, module in modules:
        start = time.perf_counter()
        module.generate(size=args.size)
        print(f"[{engine}] {app}: données générées en {time.perf_counter() - start:.1f} s", file=sys.stderr)
    gc.collect()
    connection.close()
    results = []
    floor = measure(client, "/__bench__/minimal/", args.repeat * 3)
    results.append({"app": "-", "page": "vue minimale", "url": "/__bench__/minimal/", **floor})
    for app, module in modules:
        for label, url in module.pages():
            results.append({"app": app, "page": label, "url": url, **measure(client, url, args.repeat)})
    for row in results:
        row["ratio"] = row["median_ms"] / floor["median_ms"] if floor["median_ms"] else None
    print(f"\n## {engine} ({settings.DATABASES['default']['NAME']}), size={args.size}, repeat={args.repeat}\n")
    print("| app | page | status | queries | median ms | p95 ms | ratio to minimal view |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for row in results:
        print(
            f"| {row['app']} | {row['page']} | {row['status']} | {row['queries']} | {row['median_ms']:.1f} |"
            f" {row['p95_ms']:.1f} | {row['ratio']:.1f}× |"
        )
    for app, module in modules:
        if hasattr(module, "comparisons"):  # an app's own comparisons (e.g. the catalogue's typo backends)
            print(f"\n### {app}\n")
            print("\n".join(module.comparisons(args.repeat)))
    memory = export_memory() if "surveys" in args.apps.split(",") else None
    if memory:
        print(
            f"\nExport CSV de l'enquête : {memory['rows']} lignes, pic mémoire {memory['peak_mb']:.1f} Mo (tracemalloc)"
        )
    http_rows = []
    if args.http_seconds > 0:
        from bench import http

        http_rows = http.measure(http_pages(), seconds=args.http_seconds)
        print("\n| page (gunicorn, 2 workers, 8 clients) | req/s | erreurs | ratio vue minimale / page |")
        print("| --- | --- | --- | --- |")
        for row in http_rows:
            ratio = f"{row['ratio']:.1f}×" if row["ratio"] else "-"
            print(f"| {row['page']} | {row['req_per_s']:.0f} | {row['errors']} | {ratio} |")
    if args.json_path:
        with open(args.json_path, "w", encoding="utf-8") as handle:
            json.dump(
                {"engine": engine, "size": args.size, "results": results, "http": http_rows, "export": memory},
                handle,
                indent=2,
            )


if __name__ == "__main__":
    main()

"""gunicorn HTTP throughput of the main pages, as a ratio to the minimal view (same workers)."""

import os
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PORT = int(os.environ.get("BENCH_HTTP_PORT", "8199"))


def _wait_ready(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback only
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer on {url}")


def _throughput(url, seconds, concurrency):
    done, errors, stop = [0], [0], time.monotonic() + seconds
    lock = threading.Lock()

    def worker():
        while time.monotonic() < stop:
            try:
                with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback only
                    response.read()
                    ok = response.status == 200
            except OSError:
                ok = False
            with lock:
                if ok:
                    done[0] += 1
                else:
                    errors[0] += 1

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return done[0] / (time.monotonic() - start), errors[0]


def measure(pages, *, workers=2, seconds=5.0, concurrency=8):
    """Start gunicorn on the bench database, then load each page for `seconds`; return rows."""
    env = {**os.environ, "GUNICORN_BIND": f"127.0.0.1:{PORT}", "GUNICORN_WORKERS": str(workers)}
    server = subprocess.Popen(  # noqa: S603 - our own gunicorn, loopback only
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "-c",
            "gunicorn.conf.py",
            "ptca.wsgi",
            "--access-logfile",
            "/dev/null",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{PORT}"
        _wait_ready(base + "/__bench__/minimal/")
        rows = []
        floor, _ = _throughput(base + "/__bench__/minimal/", seconds, concurrency)
        rows.append(("vue minimale", "/__bench__/minimal/", floor, 0))
        for label, path in pages:
            rate, errors = _throughput(base + path, seconds, concurrency)
            rows.append((label, path, rate, errors))
        return [
            {"page": label, "url": path, "req_per_s": rate, "errors": errors, "ratio": floor / rate if rate else None}
            for label, path, rate, errors in rows
        ]
    finally:
        server.terminate()
        server.wait(timeout=30)

"""A real gunicorn serving the portal on a free loopback port, for tests that need the whole stack.

`running_gunicorn(**env)` migrates a fresh SQLite file (once per test process, then copied),
creates the accounts a test asks for, starts gunicorn with the test settings and the given
environment (e.g. PROXY_COUNT=1), waits for /sante/, yields a `Server` (its URL, a urllib client
with a cookie jar, its access log) and stops it. When gunicorn cannot start here, the test is
skipped with the reason. With Redis on 127.0.0.1:6379 the workers share a cache (database 13,
emptied first) and two workers run; otherwise one worker and the local-memory cache.
"""

import atexit
import contextlib
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")
REDIS_TEST_URL = "redis://127.0.0.1:6379/13"
_template = {}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_available():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _base_env(database):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "DEBUG", "PROXY_COUNT"}}
    env.update(
        DJANGO_SETTINGS_MODULE="ptca.settings_test",
        DATABASE_URL=f"sqlite:///{database}",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def _manage(env, *args, timeout=180):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=timeout
    )
    if result.returncode != 0:
        pytest.fail(f"manage.py {' '.join(args)} a échoué :\n{result.stdout}\n{result.stderr}")
    return result.stdout


def migrated_database(directory):
    """A migrated SQLite file in `directory` (the migrations run once per test process)."""
    if "path" not in _template or not Path(_template["path"]).exists():
        template_dir = tempfile.mkdtemp(prefix="ptca-gunicorn-template-")
        atexit.register(shutil.rmtree, template_dir, ignore_errors=True)
        path = Path(template_dir) / "template.sqlite3"
        _manage(_base_env(path), "migrate", "--no-input", "-v", "0")
        _template["path"] = str(path)
    target = Path(directory) / "db.sqlite3"
    shutil.copyfile(_template["path"], target)
    return target


class Server:
    def __init__(self, url, log_path):
        self.url = url
        self.log_path = log_path
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect())

    def request(self, path, data=None, *, headers=None, forwarded_for=None):
        """(status, body text, headers); never raises on an HTTP error status; redirects not followed."""
        headers = dict(headers or {})
        if forwarded_for:
            headers["X-Forwarded-For"] = forwarded_for
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(self.url + path, data=body, headers=headers)
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read().decode(), response.headers
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), error.headers

    def csrf_token(self, path, **kwargs):
        status, html, _headers = self.request(path, **kwargs)
        assert status == 200, (path, status)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)

    def post_form(self, path, data, *, form_page=None, **kwargs):
        """POST `data` to `path` with the CSRF token of the form shown on `form_page` (default: `path`)."""
        token = self.csrf_token(form_page or path, forwarded_for=kwargs.get("forwarded_for"))
        return self.request(path, {**data, "csrfmiddlewaretoken": token}, **kwargs)

    def access_log(self):
        return Path(self.log_path).read_text(encoding="utf-8", errors="replace")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@contextlib.contextmanager
def running_gunicorn(*, users=(), **extra_env):
    """users: (username, password, is_coordinator) triples created before the server starts."""
    if not GUNICORN.exists():
        pytest.skip(f"gunicorn est absent ({GUNICORN})")
    directory = tempfile.mkdtemp(prefix="ptca-gunicorn-")
    database = migrated_database(directory)
    env = _base_env(database)
    workers = "1"
    if redis_available():
        import redis

        redis.Redis.from_url(REDIS_TEST_URL).flushdb()
        env["REDIS_URL"] = REDIS_TEST_URL
        workers = "2"
    env.update({key: str(value) for key, value in extra_env.items()})
    if users:
        script = "\n".join(
            [
                "from django.contrib.auth import get_user_model",
                "from django.contrib.auth.models import Group",
                "from core.roles import COORDINATORS, sync_group_permissions",
                "sync_group_permissions()",
                *[
                    f"u = get_user_model().objects.create_user({name!r}, {name + '@example.org'!r}, {password!r})\n"
                    + ("u.groups.add(Group.objects.get(name=COORDINATORS))" if coordinator else "")
                    for name, password, coordinator in users
                ],
            ]
        )
        _manage(env, "shell", "-c", script)
    port = free_port()
    env.update(GUNICORN_BIND=f"127.0.0.1:{port}", GUNICORN_WORKERS=workers, GUNICORN_TIMEOUT="60")
    log_path = Path(directory) / "gunicorn.log"
    with open(log_path, "w", encoding="utf-8") as log:
        process = subprocess.Popen(
            [str(GUNICORN), "-c", "gunicorn.conf.py", "ptca.wsgi"],
            cwd=BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Server(f"http://127.0.0.1:{port}", log_path)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.skip(f"gunicorn n'a pas démarré :\n{server.access_log()[-2000:]}")
            try:
                if server.request("/sante/")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.skip("gunicorn ne répond pas sur /sante/ après 60 s")
            time.sleep(0.2)
        server.workers = int(workers)
        yield server
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        shutil.rmtree(directory, ignore_errors=True)

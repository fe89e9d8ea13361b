"""`make loadtest`: two app servers, one PostgreSQL, one Redis, concurrent load and a fault.

What it does (loopback only, bounded in count and time, stops by itself):
1. creates a fresh database `ptca_load`, migrates, loads the shipped content (seed_content), adds a 20-place session
   and a short open survey;
2. starts two gunicorn instances on 127.0.0.1:8101 and :8102 sharing that database and Redis;
3. fires, alternating between the instances: 200 concurrent registration requests (double
   opt-in: 20 hold a place, 180 wait for their confirmation; places taken = confirmed + live
   holds, never more than 20), then the 200 links read from the outbox opened and confirmed
   concurrently (20 confirmed, 180 on the waiting list in one order); 1,000 survey submissions
   (800 distinct, 200 replays of an already-sent submission), 2,000 catalogue searches, and a
   burst from one client to check the rate limit is shared by both instances;
4. restarts PostgreSQL in the middle of a second wave of submissions: the portal must answer its
   French error page while the database is down, recover by itself, and lose or duplicate nothing;
5. prints latency percentiles and checks the invariants; exits 1 if one fails.

`python -m loadtest --inscriptions` runs steps 1-2 and the registrations of step 3 only (no
database restart: usable on a shared PostgreSQL).

Environment: LOAD_PG_URL (default postgres://postgres:postgres@127.0.0.1:5432/ptca_load),
LOAD_REDIS_URL (default redis://127.0.0.1:6379/7, flushed first), LOAD_PORTS (default 8101,8102).
"""

import http.cookiejar
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PY = sys.executable
PORTS = [int(port) for port in os.environ.get("LOAD_PORTS", "8101,8102").split(",")]
DEADLINE = time.monotonic() + 15 * 60
PG_URL = os.environ.get("LOAD_PG_URL", "postgres://postgres:postgres@127.0.0.1:5432/ptca_load")
REDIS_URL = os.environ.get("LOAD_REDIS_URL", "redis://127.0.0.1:6379/7")
RATE_LIMIT = 20
SEARCHES = ["zoom", "google drive", "visio", "doodle", "libreofice", "nextclod", "excel", "whatsapp", "compta", "é"]
CSRF_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CONFIRM_RE = re.compile(r'action="(/formations/inscription/[^"]+/confirmer/)"')
TOKEN_RE = re.compile(r'name="token" value="([^"]+)"')

ENV = {
    **{k: v for k, v in os.environ.items() if k not in {"DEBUG", "DJANGO_SETTINGS_MODULE"}},
    "DATABASE_URL": PG_URL,
    "REDIS_URL": REDIS_URL,
    "SECRET_KEY": "loadtest-secret-key-not-for-production-0123456789",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_HTTPS": "0",
    "BEHIND_PROXY": "0",
    "PROXY_COUNT": "1",  # each virtual client sends its own X-Forwarded-For
    "SITE_URL": f"http://127.0.0.1:{PORTS[0]}",
    "SURVEYS_RATE_LIMIT": str(RATE_LIMIT),
    # 200 requests for one session within the hour: the per-session limit (60 by default) is not what
    # this run measures (tests/test_opt_in.py does); each virtual client has its own address.
    "REGISTRATION_SESSION_RATE_LIMIT": "1000",
    "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    "EMAIL_ALLOW_CONSOLE": "1",  # no mail server under load: locmem, allowed explicitly
    "LOG_LEVEL": "WARNING",
    "GUNICORN_WORKERS": "3",
    "GUNICORN_TIMEOUT": "30",
    "DATABASE_CONN_MAX_AGE": "60",
}
latencies = defaultdict(list)
statuses = defaultdict(lambda: defaultdict(int))
lock = threading.Lock()


def say(message):
    print(message, flush=True)


def manage(*args, **kwargs):
    return subprocess.run([PY, "manage.py", *args], cwd=BASE_DIR, env=ENV, check=True, **kwargs)  # noqa: S603


def ensure_services():
    import psycopg2
    import redis

    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.exceptions.ConnectionError:
        server = shutil.which("redis-server")
        if not server:
            sys.exit("Redis ne répond pas et redis-server est absent (apt-get install redis-server).")
        command = [server, "--daemonize", "yes", "--bind", "127.0.0.1", "--port", "6379", "--save", ""]
        subprocess.run(command, check=True)  # noqa: S603
        time.sleep(1)
    redis.Redis.from_url(REDIS_URL).flushdb()
    base, name = PG_URL.rsplit("/", 1)
    connection = psycopg2.connect(base + "/postgres", connect_timeout=5)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


SETUP = """
import json
from datetime import timedelta
from django.utils import timezone
from surveys.models import Question
from surveys.tests.factories import ChoiceFactory, QuestionFactory, SurveyFactory
from trainings.tests.factories import SessionFactory
session = SessionFactory(capacity=20, start=timezone.now() + timedelta(days=20))
survey = SurveyFactory(slug="charge", title="Enquête de charge")
question = QuestionFactory(survey=survey, kind=Question.Kind.SINGLE, required=True, text="Taille ?")
choices = [ChoiceFactory(question=question, label=label) for label in ("Petite", "Grande")]
print(json.dumps({"session": session.pk, "survey": survey.slug, "field": question.field_name,
                  "choices": [c.pk for c in choices]}))
"""

COUNT = """
import json
from django.db.models import Count
from surveys.models import Response
from trainings.models import Registration
regs = Registration.objects.filter(session_id={session})
confirmed = regs.filter(status="confirmed").count()
waitlisted = list(regs.filter(status="waitlisted").order_by("queue_number").values_list("queue_number", flat=True))
ranks = sorted(r.waitlist_rank for r in regs.with_rank().filter(status="waitlisted"))
responses = Response.objects.filter(survey__slug="charge")
print(json.dumps({{"confirmed": confirmed, "waitlisted": len(waitlisted), "registrations": regs.count(),
  "held": regs.filter(status="held").count(), "pending": regs.filter(status="pending").count(),
  "places_taken": regs.taking_a_place().count(), "queue_unique": len(set(waitlisted)) == len(waitlisted),
  "ranks_in_order": ranks == list(range(1, len(ranks) + 1)),
  "emails_unique": regs.values("email").distinct().count(), "responses": responses.count(),
  "tokens_unique": responses.values("token").distinct().count()}}))
"""

# The links the requests e-mailed, read from the outbox (the mail worker is not running here).
LINKS = """
import json, re
from post_office.models import Email
links = {}
for email in Email.objects.filter(subject__startswith="[Formation] Confirmez").order_by("pk"):
    match = re.search(r"https?://[^/\\s]+(/formations/inscription/[^/\\s]+/)", email.message)
    links.setdefault(email.to[0], []).append(match.group(1))
print(json.dumps(links))
"""


def django_script(code):
    result = subprocess.run(  # noqa: S603
        [PY, "manage.py", "shell", "-c", code], cwd=BASE_DIR, env=ENV, check=True, capture_output=True, text=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


class Visitor:
    """One virtual client: its own cookies and its own address (X-Forwarded-For)."""

    def __init__(self, number):
        self.address = f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def request(self, label, port, path, data=None):
        url = f"http://127.0.0.1:{port}{path}"
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(url, data=body, headers={"X-Forwarded-For": self.address})  # noqa: S310
        if body is not None:
            request.add_header("Referer", url)
        start = time.perf_counter()
        try:
            with self.opener.open(request, timeout=30) as response:
                status, text = response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode("utf-8", "replace")
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            status, text = 599, str(error)
        elapsed = (time.perf_counter() - start) * 1000
        with lock:
            latencies[label].append(elapsed)
            statuses[label][status] += 1
        return status, text


def register(number, session):
    visitor = Visitor(number)
    port = PORTS[number % 2]
    _status, page = visitor.request("inscription (GET)", port, f"/formations/sessions/{session}/")
    csrf = CSRF_RE.search(page).group(1)
    data = {
        "csrfmiddlewaretoken": csrf,
        "first_name": f"Prénom{number}",
        "last_name": "Charge",
        "email": f"charge{number}@example.org",
        "organisation": "Test de charge",
        "role": "Conseiller",
        "consent": "on",
    }
    status, text = visitor.request(
        "inscription (POST)", PORTS[(number + 1) % 2], f"/formations/sessions/{session}/", data
    )
    same_answer = status == 200 and "Vérifiez votre messagerie" in text and "/formations/inscription/" not in text
    return status, same_answer


def confirm(number, path):
    """Open the e-mailed link on one instance, press "Confirmer mon inscription" on the other."""
    visitor = Visitor(30_000 + number)
    _status, page = visitor.request("lien du courriel (GET)", PORTS[number % 2], path)
    csrf, action = CSRF_RE.search(page), CONFIRM_RE.search(page)
    if not (csrf and action):
        return 599
    data = {"csrfmiddlewaretoken": csrf.group(1)}
    status, _text = visitor.request("confirmation (POST)", PORTS[(number + 1) % 2], action.group(1), data)
    return status


def survey_get(visitor, port, setup, label="enquête (GET)"):
    _status, page = visitor.request(label, port, f"/enquetes/{setup['survey']}/")
    csrf, token = CSRF_RE.search(page), TOKEN_RE.search(page)
    if not (csrf and token):
        return None
    return {
        "csrfmiddlewaretoken": csrf.group(1),
        "token": token.group(1),
        setup["field"]: str(random.choice(setup["choices"])),  # noqa: S311
    }


def submit(number, setup, replay, label="enquête (POST)"):
    visitor = Visitor(10_000 + number)
    data = survey_get(visitor, PORTS[number % 2], setup, label=label.replace("(POST)", "").strip() + " (GET)")
    if data is None:
        return [(599, "")]
    answers = [visitor.request(label, PORTS[(number + 1) % 2], f"/enquetes/{setup['survey']}/", data)]
    if replay:
        answers.append(visitor.request(label + " rejoué", PORTS[number % 2], f"/enquetes/{setup['survey']}/", data))
    return answers


def search(number):
    query = urllib.parse.urlencode({"q": SEARCHES[number % len(SEARCHES)]})
    return Visitor(50_000 + number).request("recherche catalogue", PORTS[number % 2], f"/outils/?{query}")


def start_servers():
    servers = []
    for port in PORTS:
        env = {**ENV, "GUNICORN_BIND": f"127.0.0.1:{port}"}
        log = open(BASE_DIR / "var" / f"loadtest-{port}.log", "w")  # noqa: SIM115
        servers.append(
            subprocess.Popen(  # noqa: S603
                [str(Path(PY).parent / "gunicorn"), "-c", "gunicorn.conf.py", "ptca.wsgi"],
                cwd=BASE_DIR,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
    for port in PORTS:
        for _ in range(60):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/sante/", timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            raise SystemExit(f"gunicorn ne répond pas sur le port {port} (voir var/loadtest-{port}.log)")
    return servers


def percentiles(values):
    values = sorted(values)

    def pick(q):
        return values[min(len(values) - 1, int(q * len(values)))]

    return statistics.median(values), pick(0.95), pick(0.99), values[-1]


def restart_postgres():
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "stop", "-m", "fast"], check=True)  # noqa: S603,S607
    return version


def start_postgres(version):
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"], check=True)  # noqa: S603,S607


def registrations(setup, failures):
    """200 concurrent requests, then the 200 e-mailed links confirmed concurrently; no overbooking."""
    with ThreadPoolExecutor(max_workers=40) as pool:
        say("==> 200 demandes d'inscription simultanées sur une session de 20 places")
        answers = list(pool.map(lambda n: register(n, setup["session"]), range(200)))
        requested = django_script(COUNT.format(session=setup["session"]))
        links = django_script(LINKS)
        say("==> Les 200 liens reçus par courriel ouverts et confirmés en même temps")
        paths = [links.get(f"charge{n}@example.org", [None])[-1] for n in range(200)]
        confirmations = list(pool.map(lambda n: confirm(n, paths[n]) if paths[n] else 599, range(200)))
    confirmed = django_script(COUNT.format(session=setup["session"]))
    say(f"Après les demandes : {requested}")
    say(f"Après les confirmations : {confirmed}")
    if not all(same for _status, same in answers):
        failures.append("une demande n'a pas reçu la réponse commune (ou montrait un lien personnel)")
    if (requested["held"], requested["pending"], requested["places_taken"]) != (20, 180, 20):
        failures.append(
            f"demandes : {requested['held']} places réservées, {requested['pending']} en attente de confirmation, "
            f"{requested['places_taken']} places prises (20, 180, 20 attendues)"
        )
    if sorted(len(links.get(f"charge{n}@example.org", [])) for n in range(200)) != [1] * 200:
        failures.append("il faut exactement un courriel de confirmation par adresse")
    if any(status != 200 for status in confirmations):
        failures.append(f"confirmations : statuts {sorted(set(confirmations))}")
    if confirmed["confirmed"] != 20 or confirmed["waitlisted"] != 180 or confirmed["places_taken"] != 20:
        failures.append(f"inscriptions : {confirmed['confirmed']} confirmées, {confirmed['waitlisted']} en attente")
    if not (confirmed["queue_unique"] and confirmed["ranks_in_order"]):
        failures.append("liste d'attente : rangs en double ou manquants")
    if confirmed["registrations"] != confirmed["emails_unique"]:
        failures.append("inscription en double")
    return confirmed


def report(failures):
    say("\n| point d'accès | requêtes | statuts | médiane ms | p95 ms | p99 ms | max ms |")
    say("| --- | --- | --- | --- | --- | --- | --- |")
    for label, values in latencies.items():
        median, p95, p99, worst = percentiles(values)
        codes = ", ".join(f"{code}×{count}" for code, count in sorted(statuses[label].items()))
        say(f"| {label} | {len(values)} | {codes} | {median:.0f} | {p95:.0f} | {p99:.0f} | {worst:.0f} |")


def registrations_only():
    """`--inscriptions`: the registration part alone, without the database restart."""
    failures = []
    (BASE_DIR / "var").mkdir(exist_ok=True)
    say("==> Services et base de données fraîche")
    ensure_services()
    manage("collectstatic", "--no-input", "-v", "0")
    manage("migrate", "--no-input", "-v", "0")
    setup = django_script(SETUP)
    servers = start_servers()
    say(f"==> Deux instances gunicorn sur {PORTS}, base {PG_URL}, cache {REDIS_URL}")
    try:
        registrations(setup, failures)
    finally:
        for server in servers:
            os.killpg(server.pid, signal.SIGTERM)
        for server in servers:
            server.wait(timeout=30)
    report(failures)
    errors = {label: n for label in statuses for code, n in statuses[label].items() if code >= 500}
    if errors:
        failures.append(f"réponses 5xx : {errors}")
    if failures:
        say("\nÉCHEC :\n- " + "\n- ".join(failures))
        sys.exit(1)
    say("\nInscriptions : aucune surréservation, places réservées comprises.")


def main():
    if "--inscriptions" in sys.argv[1:]:
        registrations_only()
        return
    failures = []
    (BASE_DIR / "var").mkdir(exist_ok=True)
    say("==> Services et base de données fraîche")
    ensure_services()
    manage("collectstatic", "--no-input", "-v", "0")
    manage("migrate", "--no-input", "-v", "0")
    manage("seed_content", stdout=subprocess.DEVNULL)
    setup = django_script(SETUP)
    servers = start_servers()
    say(f"==> Deux instances gunicorn sur {PORTS}, base {PG_URL}, cache {REDIS_URL}")
    try:
        registrations(setup, failures)
        with ThreadPoolExecutor(max_workers=40) as pool:
            say("==> 1 000 envois d'enquête (800 distincts + 200 rejoués)")
            list(pool.map(lambda n: submit(n, setup, replay=n < 200), range(800)))
            say("==> 2 000 recherches dans le catalogue")
            list(pool.map(search, range(2000)))
        say("==> Limite de débit partagée : 30 envois d'un même client sur les deux instances")
        limited = Visitor(99_999)
        accepted = 0
        for number in range(30):
            data = survey_get(limited, PORTS[number % 2], setup, label="limite de débit (GET)")
            if data is None:
                continue
            status, text = limited.request(
                "limite de débit", PORTS[(number + 1) % 2], f"/enquetes/{setup['survey']}/", data
            )
            accepted += status == 200 and "Merci" in text
        before_fault = django_script(COUNT.format(session=setup["session"]))

        say("==> Panne : arrêt de PostgreSQL au milieu d'une vague de 200 envois")
        acknowledged = []
        french_error_pages = []

        def wave(number):
            answers = submit(20_000 + number, setup, replay=False, label="enquête pendant la panne (POST)")
            status, text = answers[0]
            if status == 200 and "Merci" in text:
                acknowledged.append(number)
            elif status >= 500:
                french_error_pages.append("Service momentanément indisponible" in text or status == 599)

        with ThreadPoolExecutor(max_workers=10) as pool:
            futures = [pool.submit(wave, n) for n in range(100)]
            time.sleep(1)
            version = restart_postgres()
            down_checks = [Visitor(1).request("pendant la panne", port, "/")[0] for port in PORTS]
            health_down = [Visitor(1).request("santé", port, "/sante/")[0] for port in PORTS]
            futures += [pool.submit(wave, n) for n in range(100, 150)]
            time.sleep(3)
            start_postgres(version)
            futures += [pool.submit(wave, n) for n in range(150, 200)]
            for future in futures:
                future.result()
        recovered_after = None
        start = time.monotonic()
        while time.monotonic() - start < 60:
            if all(Visitor(2).request("santé", port, "/sante/")[0] == 200 for port in PORTS):
                recovered_after = time.monotonic() - start
                break
            time.sleep(0.5)
        after_fault = django_script(COUNT.format(session=setup["session"]))
    finally:
        for server in servers:
            os.killpg(server.pid, signal.SIGTERM)
        for server in servers:
            server.wait(timeout=30)

    report(failures)
    say(f"\nAvant la panne : {before_fault}")
    say(f"Après la panne : {after_fault}")
    say(f"Limite de débit : {accepted} envois acceptés sur 30 pour un même client (limite {RATE_LIMIT})")
    recovered = "–" if recovered_after is None else f"{recovered_after:.2f}"
    say(f"Pendant la panne : accueil {down_checks}, santé {health_down}; rétabli en {recovered} s")

    normal_labels = [label for label in statuses if "panne" not in label and label != "santé"]
    errors = {label: n for label in normal_labels for code, n in statuses[label].items() if code >= 500}
    if errors:
        failures.append(f"réponses 5xx hors panne : {errors}")
    expected_responses = 800 + accepted
    if before_fault["responses"] != expected_responses or before_fault["tokens_unique"] != before_fault["responses"]:
        failures.append(f"réponses : {before_fault['responses']} stockées, {expected_responses} attendues")
    if accepted != RATE_LIMIT:
        failures.append(f"limite de débit non partagée : {accepted} acceptés au lieu de {RATE_LIMIT}")
    if any(code < 500 for code in health_down):
        failures.append(f"/sante/ répond {health_down} base arrêtée")
    if not all(french_error_pages):
        failures.append("une erreur pendant la panne n'a pas montré la page française")
    if recovered_after is None:
        failures.append("le portail ne s'est pas rétabli seul en 60 s")
    if (after_fault["confirmed"], after_fault["waitlisted"], after_fault["registrations"]) != (
        20,
        180,
        before_fault["registrations"],
    ):
        failures.append("inscriptions perdues ou doublées pendant la panne")
    stored = after_fault["responses"] - before_fault["responses"]
    if stored < len(acknowledged) or after_fault["tokens_unique"] != after_fault["responses"]:
        failures.append(f"réponses perdues ou doublées : {len(acknowledged)} confirmées, {stored} stockées")
    say(f"Envois confirmés pendant la vague de panne : {len(acknowledged)}, stockés : {stored}")
    if time.monotonic() > DEADLINE:
        failures.append("durée maximale dépassée")
    if failures:
        say("\nÉCHEC :\n- " + "\n- ".join(failures))
        sys.exit(1)
    say("\nTest de charge réussi : aucune inscription ni réponse perdue ou doublée.")


if __name__ == "__main__":
    main()

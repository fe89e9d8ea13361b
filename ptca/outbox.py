"""The outbox page for coordinators (/coordination/courriels/): what the portal sent, what waits, what failed.

Reads here, the one write (retrying a failed message) in core.mail.email_retry. Addresses are
masked on the page (c***@example.org), in recipients and in the mail server's answers alike.
Each page runs a fixed number of queries: one for the counts, one for the page's rows (attempts
and last error as subqueries), one for the paginator's count.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST
from post_office.models import STATUS, Email, Log

from core.mail import OutboxError, email_retry, mask_address, mask_addresses
from core.perms import coordinator_required
from core.roles import is_coordinator

PAGE_SIZE = 50
WAITING = [STATUS.queued, STATUS.requeued]
# A message due for longer than this was not picked up: the worker is probably not running.
OVERDUE_AFTER = datetime.timedelta(minutes=15)

# Public query parameter `statut`: French values -> (label, key in outbox_counts, condition).
STATUS_FILTERS = {
    "envoye": ("Envoyés", "sent", Q(status=STATUS.sent)),
    "attente": ("En attente", "waiting", Q(status__in=WAITING)),
    "echec": ("En échec", "failed", Q(status=STATUS.failed)),
}
STATUS_LABELS = {
    STATUS.sent: ("Envoyé", "success"),
    STATUS.queued: ("En attente", "info"),
    STATUS.requeued: ("En attente", "warning"),
    STATUS.failed: ("En échec", "error"),
}
KIND_LABELS = {
    "trainings.confirmation": "Formation : confirmation d'inscription",
    "trainings.promotion": "Formation : place libérée (liste d'attente)",
    "trainings.cancelled_by_registrant": "Formation : désinscription",
    "trainings.session_update": "Formation : session modifiée",
    "trainings.session_cancelled": "Formation : session annulée",
}
OTHER_KIND = "Autre (compte, administration)"


def outbox_counts(now=None) -> dict:
    """Messages by state, and those overdue (due long ago, never tried: no worker running). One query."""
    now = now or timezone.now()
    overdue_limit = now - OVERDUE_AFTER
    return Email.objects.aggregate(
        total=Count("pk"),
        sent=Count("pk", filter=Q(status=STATUS.sent)),
        waiting=Count("pk", filter=Q(status__in=WAITING)),
        failed=Count("pk", filter=Q(status=STATUS.failed)),
        overdue=Count(
            "pk",
            filter=Q(status__in=WAITING)
            & (Q(scheduled_time__lte=overdue_limit) | Q(scheduled_time__isnull=True, created__lte=overdue_limit)),
        ),
    )


def outbox_messages(status_filter=None):
    """Newest first, with the number of failed attempts and the last failure's reason."""
    failures = (
        Log.objects.filter(email=OuterRef("pk"), status=STATUS.failed)
        .order_by()
        .values("email")
        .annotate(count=Count("pk"))
        .values("count")
    )
    last_error = (
        Log.objects.filter(email=OuterRef("pk"), status=STATUS.failed).order_by("-date", "-pk").values("message")
    )
    queryset = Email.objects.all()
    if status_filter:
        queryset = queryset.filter(STATUS_FILTERS[status_filter][2])
    return (
        queryset.annotate(
            failures=Coalesce(Subquery(failures, output_field=IntegerField()), Value(0)),
            last_error=Subquery(last_error[:1]),
        )
        .only("to", "subject", "status", "created", "last_updated", "scheduled_time", "headers")
        .order_by("-created", "-pk")
    )


@dataclass
class OutboxRow:
    pk: int
    created: datetime.datetime
    subject: str
    kind: str
    recipients: str
    status_label: str
    status_badge: str
    attempts: int
    next_attempt: datetime.datetime | None
    last_error: str
    can_retry: bool


def outbox_row(email) -> OutboxRow:
    label, badge = STATUS_LABELS.get(email.status, ("Inconnu", "info"))
    kind = (email.headers or {}).get("X-PTCA-Kind", "")
    waiting = email.status in WAITING
    return OutboxRow(
        pk=email.pk,
        created=email.created,
        subject=email.subject,
        kind=KIND_LABELS.get(kind, kind or OTHER_KIND),
        recipients=", ".join(mask_address(address) for address in email.to),
        status_label=label,
        status_badge=badge,
        attempts=email.failures + (1 if email.status == STATUS.sent else 0),
        next_attempt=email.scheduled_time if waiting and email.scheduled_time else None,
        last_error=mask_addresses(email.last_error or ""),
        can_retry=email.status == STATUS.failed,
    )


@require_GET
@coordinator_required
def outbox(request):
    status_filter = request.GET.get("statut", "")
    unknown_filter = bool(status_filter) and status_filter not in STATUS_FILTERS
    if unknown_filter:
        status_filter = ""
    page = Paginator(outbox_messages(status_filter), PAGE_SIZE).get_page(request.GET.get("page"))
    counts = outbox_counts()
    filters = [("", "Tous", counts["total"])] + [
        (key, label, counts[count_key]) for key, (label, count_key, _condition) in STATUS_FILTERS.items()
    ]
    return render(
        request,
        "ptca/outbox.html",
        {
            "counts": counts,
            "filters": filters,
            "status_filter": status_filter,
            "status_label": STATUS_FILTERS[status_filter][0] if status_filter else "",
            "unknown_filter": unknown_filter,
            "page_obj": page,
            "rows": [outbox_row(email) for email in page.object_list],
            "retention_days": settings.EMAIL_RETENTION_DAYS,
            "max_retries": settings.POST_OFFICE.get("MAX_RETRIES", 0),
            "overdue_minutes": int(OVERDUE_AFTER.total_seconds() // 60),
        },
    )


@require_POST
@coordinator_required
def outbox_retry(request, pk):
    try:
        email = email_retry(email_id=pk, user_id=request.user.pk)
    except OutboxError as error:
        if not Email.objects.filter(pk=pk).exists():
            raise Http404 from error
        messages.error(request, str(error))
    else:
        messages.success(request, f"Le courriel « {email.subject} » est remis dans la file d'envoi.")
    url = reverse("outbox")
    status_filter = request.POST.get("statut", "")
    return redirect(f"{url}?statut={status_filter}" if status_filter in STATUS_FILTERS else url)


def coordinator_todo(request, obj=None):
    """Home page to-do: failed e-mails, and e-mails nobody is sending (no worker). One query."""
    if request is None or not is_coordinator(request.user):
        return None
    counts = outbox_counts()
    if not counts["failed"] and not counts["overdue"]:
        return None
    return {
        "template": "ptca/slots/outbox_todo.html",
        "failed": counts["failed"],
        "overdue": counts["overdue"],
        "overdue_minutes": int(OVERDUE_AFTER.total_seconds() // 60),
    }

"""Registrants of a session as CSV (the kernel's streamed CSV: UTF-8 with BOM, `;`, formula-safe)."""

from django.utils import timezone

from core.exports import csv_response

COLUMNS = ["Nom", "Prénom", "Courriel", "Structure", "Fonction", "Statut", "Rang en liste d'attente", "Inscrit·e le"]


def registration_rows(registrations):
    for registration in registrations:
        yield [
            registration.last_name,
            registration.first_name,
            registration.email,
            registration.organisation,
            registration.role,
            registration.get_status_display(),
            registration.waitlist_rank or "",
            f"{timezone.localtime(registration.created_at):%d/%m/%Y %H:%M}",
        ]


def registrations_csv_response(session, registrations):
    day = timezone.localtime(session.start).strftime("%Y-%m-%d")
    return csv_response(f"inscrits-{session.training.slug}-{day}.csv", COLUMNS, registration_rows(registrations))

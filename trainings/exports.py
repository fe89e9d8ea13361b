"""Registrants of a session as CSV (UTF-8 with BOM for spreadsheets; formulas neutralised)."""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone

from ptca.exports import neutralise

COLUMNS = ["Nom", "Prénom", "Courriel", "Structure", "Fonction", "Statut", "Rang en liste d'attente", "Inscrit·e le"]


def registrations_csv(registrations):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for registration in registrations:
        writer.writerow(
            [
                neutralise(value)
                for value in [
                    registration.last_name,
                    registration.first_name,
                    registration.email,
                    registration.organisation,
                    registration.role,
                    registration.get_status_display(),
                    registration.waitlist_rank or "",
                    f"{timezone.localtime(registration.created_at):%d/%m/%Y %H:%M}",
                ]
            ]
        )
    return "\ufeff" + buffer.getvalue()


def registrations_csv_response(session, registrations):
    response = HttpResponse(registrations_csv(registrations).encode("utf-8"), content_type="text/csv; charset=utf-8")
    day = timezone.localtime(session.start).strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="inscrits-{session.training.slug}-{day}.csv"'
    return response

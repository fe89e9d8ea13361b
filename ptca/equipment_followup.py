"""How often the equipment advice is followed: referrals of follow-ups to reconditioning actors.

Composed here (ptca) because it reads two apps that do not know each other: accompaniments (the
referrals) and equipment (the actors' offers). Shown on the coordinators' offers page through the
slot "equipment_followup". Aggregates only (coordinators never see one association's follow-up).
"""

from django.db.models import Count, Q

from accompaniments.models import Referral
from core.dates import months_ago
from core.roles import is_coordinator
from equipment.models import Offer

RECONDITIONING_SERVICE = "reconditionnement"
MONTHS = 12


def followup_block(request, obj=None):
    """Referrals to reconditioning actors (the service, or an equipment offer) in the last 12 months,
    and how many led to a contact: one query."""
    if request is None or not is_coordinator(request.user):
        return None
    since = months_ago(MONTHS).date()
    reconditioning = Q(actor__services__slug=RECONDITIONING_SERVICE) | Q(actor__in=Offer.objects.values("actor_id"))
    counts = (
        Referral.objects.filter(referred_on__gte=since, actor__isnull=False)
        .filter(pk__in=Referral.objects.filter(reconditioning).values("pk"))
        .aggregate(total=Count("pk"), contacted=Count("pk", filter=Q(outcome=Referral.Outcome.CONTACTED)))
    )
    return {"template": "ptca/slots/equipment_followup.html", "since": since, **counts}

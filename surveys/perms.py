"""Access rules of the surveys app, built on core/perms.py.

Answering is public and anonymous. Results, exports and previews of drafts are for coordinators
(the permission "surveys.view_response", held by the group Coordinateurs).
"""

from core.perms import permission_required

RESULTS_PERMISSION = "surveys.view_response"

results_required = permission_required(RESULTS_PERMISSION)


def can_read_results(user):
    return user.is_authenticated and user.has_perm(RESULTS_PERMISSION)


def can_preview(user):
    """Coordinators see drafts and surveys not yet open as respondents will (nothing is stored)."""
    return user.is_authenticated and user.has_perm("surveys.change_survey")

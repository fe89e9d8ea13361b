"""Access rules of the trainings app, built on the portal's one rule (core/perms.py).

Registrants' personal data (names, e-mails) are visible to coordinators only.
"""

from core.perms import permission_required

add_session_required = permission_required("trainings.add_session")
change_session_required = permission_required("trainings.change_session")
view_registrations_required = permission_required("trainings.view_registration")
add_registration_required = permission_required("trainings.add_registration")
change_registration_required = permission_required("trainings.change_registration")
history_required = permission_required("trainings.change_session", "auditlog.view_logentry")
add_training_required = permission_required("trainings.add_training")
change_training_required = permission_required("trainings.change_training")
training_history_required = permission_required("trainings.change_training", "auditlog.view_logentry")


def can_manage_sessions(user) -> bool:
    return user.is_authenticated and user.has_perm("trainings.change_session")

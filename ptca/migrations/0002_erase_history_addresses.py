"""Erase the client addresses that django-auditlog recorded in the edit history.

The history now records no address (AUDITLOG_DISABLE_REMOTE_ADDR): public requests (a
registration, an error report) had left the visitor's address there, with no reason to keep it.
Rows are kept; only the address and port columns are emptied. Not reversible (nothing to restore).
"""

from django.db import migrations


def erase_addresses(apps, schema_editor):
    LogEntry = apps.get_model("auditlog", "LogEntry")
    LogEntry.objects.filter(remote_addr__isnull=False).update(remote_addr=None)
    LogEntry.objects.filter(remote_port__isnull=False).update(remote_port=None)


class Migration(migrations.Migration):
    dependencies = [("ptca", "0001_roles"), ("auditlog", "0017_add_actor_email")]

    operations = [migrations.RunPython(erase_addresses, migrations.RunPython.noop)]

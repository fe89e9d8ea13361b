"""What every app's admin needs to be one more caller of its services (imports no app).

The Django admin saves through `save_model`, `save_related`, `delete_model` and actions; the apps
override those to call their services. Two helpers make that safe:

- `ServiceAdminMixin.service_refusals`: a refusal the form could not foresee (another person saved,
  registered or changed the capacity between the form's checks and the save) is raised by the
  service under its lock. The admin runs the whole save in one transaction, so the refusal rolls
  everything back; the mixin turns it into an error message on the same page instead of a 500.
  (Actions are not one transaction: they call the service per object and report each refusal.)
- `adopt(obj, saved)`: the service returns the row it saved (often a fresh, locked copy); the admin
  keeps working with `obj` (history entry, redirect), so `obj` takes the saved values.

`OpenedVersionForm` is the admin form of a model with a `version` (optimistic locking): it carries the
version its page was opened at and refuses, next to the form with the input kept, a save over a newer one.
"""

from django import forms
from django.contrib import messages
from django.http import HttpResponseRedirect


class OpenedVersionForm(forms.ModelForm):
    """Carries the version the admin page was opened at, like the front-end forms; `stale_message` says,
    in French, that someone saved since (the service checks again under its lock)."""

    opened_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    stale_message = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["opened_version"] = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is not None:
            model = type(self.instance)
            current = model._default_manager.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            if cleaned.get("opened_version") != current:
                raise forms.ValidationError(self.stale_message, code="stale")
        return cleaned


class ServiceAdminMixin:
    # Exceptions of the app's services that carry a French `message` for the person.
    service_refusals: tuple[type[Exception], ...] = ()

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except self.service_refusals as refusal:
            self.message_user(request, _message(refusal), messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())


def _message(refusal):
    return str(getattr(refusal, "message", "") or refusal)


def adopt(obj, saved):
    """Give `obj` the values of `saved`, the same row as saved by a service."""
    for field in type(saved)._meta.concrete_fields:
        setattr(obj, field.attname, getattr(saved, field.attname))
    obj._state.adding = False
    obj._state.db = saved._state.db
    return obj

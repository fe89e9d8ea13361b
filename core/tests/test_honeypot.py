"""The one honeypot (core/honeypot.py): one field name, one behaviour, every public form."""

import logging

from django import forms
from django.http import QueryDict
from django.template.loader import render_to_string

from core import honeypot
from core.honeypot import FIELD_NAME, HoneypotMixin


class ContactForm(HoneypotMixin, forms.Form):
    message = forms.CharField()


def test_the_field_is_site_web_optional_and_out_of_the_way():
    assert FIELD_NAME == "site_web"
    field = ContactForm().fields["site_web"]
    assert field.required is False
    assert field.label == "Laissez ce champ vide"
    assert field.widget.attrs == {"autocomplete": "off", "tabindex": "-1"}


def test_a_person_leaves_it_empty_and_the_form_is_valid():
    form = ContactForm(data={"message": "Bonjour", "site_web": ""})
    assert form.is_valid() and not form.is_spam()
    form = ContactForm(data={"message": "Bonjour"})
    assert form.is_valid() and not form.is_spam()


def test_a_robot_fills_it_in():
    form = ContactForm(data={"message": "Bonjour", "site_web": "http://spam.example"})
    assert form.is_spam()


def test_is_spam_reads_post_data_of_any_kind():
    assert honeypot.is_spam(QueryDict("site_web=x&message=y"))
    assert not honeypot.is_spam(QueryDict("message=y"))
    assert not honeypot.is_spam(QueryDict("site_web="))
    assert not honeypot.is_spam({})
    assert not honeypot.is_spam(None)


def test_the_component_hides_it_from_people_and_assistive_technologies():
    html = render_to_string("components/honeypot.html", {"field": ContactForm()["site_web"]})
    assert '<div class="honeypot" aria-hidden="true">' in html
    assert 'name="site_web"' in html and 'tabindex="-1"' in html and 'autocomplete="off"' in html


def test_a_hit_is_logged_with_its_scope_only(caplog):
    with caplog.at_level(logging.INFO, logger="core.honeypot"):
        honeypot.log_hit("surveys")
    assert caplog.messages == ["honeypot filled: scope=surveys"]

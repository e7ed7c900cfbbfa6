import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from circles.enums import Sector
from circles.models import JoinRequest
from circles.selectors import circle_choices, member_choices
from common.db.model_fields import primary_key_field
from common.db.text import NormalisedFormField
from common.validators import CONTROL_CHARACTERS

STARTED_SALT = "circles.join-form.started"

# Characters no one types on purpose: control characters (those of
# CONTROL_CHARACTERS, which include the bidirectional controls that make text read
# differently from what it holds) and U+FFFD, which stands in for bytes that were
# not UTF-8. NUL is left to Django's own check, which names it.
_SPECIAL = CONTROL_CHARACTERS.replace(r"\x00-", r"\x01-") + r"\ufffd"

# Single-line fields end up in emails: no line breaks either.
single_line = RegexValidator(
    rf"[\t\n\r{_SPECIAL}]",
    inverse_match=True,
    message=_("Please remove line breaks and special characters."),
)
# The message may have line breaks and tabs, nothing else of the kind.
plain_text = RegexValidator(
    rf"[{_SPECIAL}]",
    inverse_match=True,
    message=_("Please remove special characters."),
)


def started_token():
    """A signed timestamp for the form's hidden ``started`` field."""
    return signing.dumps(time.time(), salt=STARTED_SALT)


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return str(obj)


class CircleChoiceField(forms.ModelMultipleChoiceField):
    """Ids outside the database's integer range are refused before the lookup:
    SQLite cannot even compare them (an OverflowError, a 500)."""

    def clean(self, value):
        if isinstance(value, list | tuple):
            pk = primary_key_field(self.queryset.model)
            for item in value:
                try:
                    pk.run_validators(pk.to_python(item))
                except ValidationError:
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"],
                        code="invalid_pk_value",
                        params={"pk": item},
                    ) from None
        return super().clean(value)


class JoinRequestForm(forms.Form):
    """The public join form. Error messages are written for the visitor, in their
    language; the browser's own validation is off (``novalidate``) so that every
    message comes from here."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=JoinRequest._meta.get_field("name").max_length,
        validators=[single_line],
        error_messages={
            "required": _("Please enter your name."),
            "max_length": _("Please shorten your name to %(limit_value)d characters."),
        },
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=JoinRequest._meta.get_field("email").max_length,
        help_text=_("We write to you here, and only about your request."),
        error_messages={
            "required": _("Please enter your email address."),
            "invalid": _("Please enter a valid email address, like name@example.org."),
            "max_length": _(
                "Please use an email address of at most %(limit_value)d characters."
            ),
        },
    )
    organisation = forms.CharField(
        label=_("Organization"),
        max_length=JoinRequest._meta.get_field("organisation").max_length,
        validators=[single_line],
        help_text=_("The government office, organization or university you work for."),
        error_messages={
            "required": _("Please enter your organization."),
            "max_length": _(
                "Please shorten the organization's name to %(limit_value)d characters."
            ),
        },
    )
    sector = forms.ChoiceField(
        label=_("Sector"),
        choices=Sector.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please choose your sector."),
            "invalid_choice": _("Please choose one of the sectors listed."),
        },
    )
    jurisdiction = MemberChoiceField(
        label=_("OGP Local member"),
        queryset=None,
        required=False,
        empty_label=_("Not in the list"),
        help_text=_("The member government you work in or with, if any."),
        error_messages={"invalid_choice": _("Please choose a member from the list.")},
    )
    jurisdiction_name = forms.CharField(
        label=_("Or type the name of your government or territory"),
        required=False,
        max_length=JoinRequest._meta.get_field("jurisdiction_name").max_length,
        validators=[single_line],
        error_messages={
            "max_length": _("Please shorten this name to %(limit_value)d characters."),
        },
    )
    circles = CircleChoiceField(
        label=_("Circles you want to join"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Please choose at least one circle."),
            "invalid_choice": _("Please choose circles from the list."),
            "invalid_pk_value": _("Please choose circles from the list."),
            "invalid_list": _("Please choose circles from the list."),
        },
    )
    language = forms.ChoiceField(
        label=_("Language for our emails"),
        choices=(),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please choose a language."),
            "invalid_choice": _("Please choose one of the languages listed."),
        },
    )
    # Normalised before it is measured: the browser sends each line break as two
    # characters ("\r\n") where its own length limit counted one.
    message = NormalisedFormField(
        label=_("Message (optional)"),
        required=False,
        max_length=JoinRequest._meta.get_field("message").max_length,
        validators=[plain_text],
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What you hope to share or learn in the circle."),
        error_messages={
            "max_length": _(
                "Please shorten your message to %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
        },
    )
    consent = forms.BooleanField(
        label=_("I agree that OGP Local keeps these details to handle my request."),
        widget=forms.CheckboxInput(
            attrs={"aria-describedby": "id_consent_helptext id_consent_error"}
        ),
        error_messages={
            "required": _(
                "Please agree to the privacy notice so that we can handle your request."
            ),
        },
    )
    # Bots fill every field they find; people never see this one.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, circle=None, **kwargs):
        initial = kwargs.setdefault("initial", {})
        initial.setdefault("language", translation.get_language())
        initial.setdefault("started", started_token())
        if circle is not None:
            initial.setdefault("circles", [circle.pk])
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["jurisdiction"].queryset = member_choices()
        self.fields["circles"].queryset = circle_choices()
        self.fields["language"].choices = [
            (code, translation.get_language_info(code)["name_local"])
            for code, _name in settings.LANGUAGES
        ]
        self.started_state = None

    def clean_started(self):
        try:
            started = signing.loads(self.cleaned_data["started"], salt=STARTED_SALT)
        except signing.BadSignature:
            started = None
        if not isinstance(started, int | float) or started > time.time() + 5:
            self.started_state = "forged"
            return None
        if time.time() - started > settings.CIRCLES_FORM_MAX_AGE:
            self.started_state = "expired"
            return None
        self.started_state = "ok"
        return started

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("jurisdiction") and cleaned.get("jurisdiction_name"):
            self.add_error(
                "jurisdiction_name",
                _("Please choose a member from the list or type a name, not both."),
            )
        if self.started_state == "expired":
            raise forms.ValidationError(
                _(
                    "This form was open for a long time. Please check your details "
                    "and send it again."
                ),
                code="expired",
            )
        return cleaned

    def is_from_a_bot(self):
        """A filled honeypot, a missing or forged timestamp, or a form sent faster
        than a person can fill it. Call after ``is_valid()``."""
        if self.cleaned_data.get("website"):
            return True
        if self.started_state == "forged":
            return True
        started = self.cleaned_data.get("started")
        if started is None:
            return False  # expired: the form already asks to send it again
        return time.time() - started < settings.CIRCLES_MIN_FILL_SECONDS

    @property
    def started_value(self):
        """The timestamp to render: the visitor's own while it is valid (time spent
        correcting errors counts), a fresh one otherwise."""
        if self.is_bound and self.started_state == "ok":
            return self.data.get("started")
        if not self.is_bound:
            return self.initial["started"]
        return started_token()

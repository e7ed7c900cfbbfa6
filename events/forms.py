"""The admin's session form: start and end typed on the meeting's clock."""

import datetime

from django import forms
from django.contrib.admin.widgets import AdminSplitDateTime
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from events.models import Session
from events.timezones import meeting_zone, moment_at, timezone_in_full, wall_clock

TIME_FIELDS = ("starts_at", "ends_at")


class MeetingTimeWidget(AdminSplitDateTime):
    """The admin's date and time inputs, each with a name for screen readers
    ("Starts at — date"). Django writes "Date:" and "Time:" beside them as plain
    text and its label points at neither, so both inputs were unnamed.

    Its template leaves out the admin's "You are N hours ahead of server time"
    note: these inputs are on the meeting's clock, not the server's.
    """

    template_name = "events/widgets/meeting_time.html"
    field_label = ""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        label = capfirst(self.field_label)
        date, time = context["widget"]["subwidgets"]
        date["attrs"]["aria-label"] = _("%(field)s — date") % {"field": label}
        time["attrs"]["aria-label"] = _("%(field)s — time") % {"field": label}
        return context


class MeetingTimeField(forms.SplitDateTimeField):
    """A date and a time as the meeting's clock reads them.

    It cleans to the naive wall-clock time typed; ``SessionForm.clean`` makes it a
    moment once it knows the meeting. A stored moment is shown on ``zone``'s
    clock, and compared there, so a form saved unchanged changes nothing.
    """

    widget = MeetingTimeWidget
    zone = None

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.widget.field_label = self.label

    def compress(self, data_list):
        if not data_list:
            return None
        if data_list[0] in self.empty_values:
            raise ValidationError(
                self.error_messages["invalid_date"], code="invalid_date"
            )
        if data_list[1] in self.empty_values:
            raise ValidationError(
                self.error_messages["invalid_time"], code="invalid_time"
            )
        return datetime.datetime.combine(*data_list)

    def prepare_value(self, value):
        if (
            self.zone is not None
            and isinstance(value, datetime.datetime)
            and timezone.is_aware(value)
        ):
            return wall_clock(value, self.zone)
        return value

    def has_changed(self, initial, data):
        return super().has_changed(self.prepare_value(initial), data)


def _label(name):
    return capfirst(Session._meta.get_field(name).verbose_name)


class SessionForm(forms.ModelForm):
    """A session, its times typed in its meeting's time zone.

    The meeting is the one chosen in the form (a session's own page), else the
    one whose programme the form is part of (``meeting``, from the inline), else
    the session's own.
    """

    starts_at = MeetingTimeField(label=_label("starts_at"), required=False)
    ends_at = MeetingTimeField(label=_label("ends_at"), required=False)

    def __init__(self, *args, meeting=None, **kwargs):
        super().__init__(*args, **kwargs)
        if meeting is None and self.instance.meeting_id:
            meeting = self.instance.meeting
        self.meeting = meeting
        zone = meeting_zone(meeting)
        # The clock the stored times are shown on. The inline's meeting may get a
        # new time zone before clean(): Django builds the inline before it reads
        # the meeting form.
        self.shown_zone = zone
        for name in self._time_fields():
            self.fields[name].zone = zone
        if "starts_at" in self.fields:
            self.fields["starts_at"].help_text = self._times_help(zone)

    def has_changed(self):
        """Changed too when the meeting's time zone changes in the same save: the
        times shown on its old clock are kept as typed on its new one."""
        return super().has_changed() or (
            "meeting" not in self.changed_data
            and self.shown_zone is not None
            and meeting_zone(self.meeting) not in (None, self.shown_zone)
            and any(self.initial.get(name) for name in self._time_fields())
        )

    def _time_fields(self):
        return [name for name in TIME_FIELDS if name in self.fields]

    def _times_help(self, zone):
        chosen_here = "meeting" in self.fields
        if zone is None:
            if chosen_here:
                return _("Times are read in the time zone of the meeting chosen above.")
            return _("Times are read in the meeting’s time zone, given above.")
        words = _("Times are in %(zone)s.") % {"zone": timezone_in_full(self.meeting)}
        if chosen_here:
            words += " " + _(
                "If you choose another meeting, they are read in its time zone."
            )
        return words

    def clean(self):
        cleaned = super().clean()
        meeting = self.meeting
        if "meeting" in self.fields:
            meeting = cleaned.get("meeting")
        zone = meeting_zone(meeting)
        for name in self._time_fields():
            wall = cleaned.get(name)
            if wall is None:
                continue
            if zone is None:
                # A time cannot be read without its clock. With no meeting chosen,
                # the meeting field's own error says so; otherwise say it here.
                del cleaned[name]
                if meeting is not None and not self.errors.get("meeting"):
                    self.add_error(
                        name,
                        _(
                            "Give the meeting a valid time zone first: times are read in it."
                        ),
                    )
                continue
            try:
                cleaned[name] = moment_at(wall, zone)
            except ValidationError as error:
                self.add_error(name, error)
        return cleaned

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Index, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from common.db.indexes import sort_indexes
from common.db.text import NormalisedTextField, non_empty_lines
from common.models import (
    LinkModel,
    PublishableModel,
    PublishableQuerySet,
    SearchableModel,
    source_language_required,
    unique_link,
)
from common.validators import validate_language_codes, validate_timezone_name
from events.enums import MeetingKind, SessionKind
from members.enums import Region
from members.models import Jurisdiction
from reforms.models import Reform
from themes.models import Theme


class Meeting(SearchableModel, PublishableModel):
    """A gathering of the OGP community, e.g. the Open Americas regional meeting."""

    searchable_fields = ("name", "host_city", "venue", "slug")

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=30, choices=MeetingKind.choices)
    region = models.CharField(_("OGP region"), max_length=30, choices=Region.choices)
    host_city = models.CharField(_("host city"), max_length=120)
    host_country = CountryField(_("host country"))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    timezone = models.CharField(
        _("time zone"),
        max_length=64,
        validators=[validate_timezone_name],
        help_text=_(
            "IANA name of the host city's time zone, e.g. “America/Santo_Domingo”."
        ),
    )
    summary = NormalisedTextField(_("summary"), blank=True)
    highlights = NormalisedTextField(
        _("highlights"), blank=True, help_text=_("One highlight per paragraph.")
    )
    participant_count = models.PositiveIntegerField(
        _("participants"),
        null=True,
        blank=True,
        help_text=_("At least this many people took part."),
    )
    country_count = models.PositiveIntegerField(
        _("countries represented"), null=True, blank=True
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    website = models.URLField(_("web page"), blank=True)
    sources = NormalisedTextField(
        _("sources"), blank=True, help_text=_("One web address per line.")
    )

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-start_date", "slug"]
        indexes = sort_indexes(
            "meeting",
            translated=["name"],
            plain=["start_date", "end_date", "updated_at"],
        )
        constraints = [
            models.CheckConstraint(
                condition=Q(start_date__lte=F("end_date")),
                name="meeting_starts_before_it_ends",
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True)
                | Q(latitude__gte=-90, latitude__lte=90),
                name="meeting_latitude_in_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True)
                | Q(longitude__gte=-180, longitude__lte=180),
                name="meeting_longitude_in_range",
            ),
            models.CheckConstraint(
                condition=~Q(slug=""), name="meeting_slug_not_empty"
            ),
            source_language_required("meeting", "host_city"),
            source_language_required("meeting", "name"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("meetings:detail", kwargs={"slug": self.slug})

    @property
    def source_list(self):
        return non_empty_lines(self.sources)

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.start_date > self.end_date:
            raise ValidationError(
                {"end_date": _("The last day cannot be before the first day.")}
            )

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.timezone)

    def contains_local_date(self, moment):
        """Whether an aware datetime falls on one of the meeting's days, in its zone."""
        return self.start_date <= moment.astimezone(self.zone).date() <= self.end_date


class SessionQuerySet(PublishableQuerySet):
    def get_by_natural_key(self, meeting_slug, slug):
        return self.get(meeting__slug=meeting_slug, slug=slug)


class Session(SearchableModel, PublishableModel):
    """One item of a meeting's programme."""

    searchable_fields = ("title", "description", "slug")

    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.CASCADE,
        related_name="sessions",
        verbose_name=_("meeting"),
    )
    slug = models.SlugField(_("slug"), max_length=100)
    position = models.PositiveSmallIntegerField(
        _("position"),
        default=0,
        help_text=_("Order in the program when times are unknown."),
    )
    title = models.CharField(_("title"), max_length=250)
    description = NormalisedTextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=SessionKind.choices)
    starts_at = models.DateTimeField(_("starts at"), null=True, blank=True)
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    participant_count = models.PositiveIntegerField(
        _("participants"), null=True, blank=True
    )
    languages = models.CharField(
        _("spoken languages"),
        max_length=40,
        blank=True,
        validators=[validate_language_codes],
        help_text=_("ISO 639-1 codes separated by commas, e.g. “es,en”."),
    )
    themes = models.ManyToManyField(
        Theme, through="SessionTheme", related_name="sessions", verbose_name=_("themes")
    )
    jurisdictions = models.ManyToManyField(
        Jurisdiction,
        through="SessionJurisdiction",
        related_name="sessions",
        verbose_name=_("members taking part"),
    )
    showcased_reforms = models.ManyToManyField(
        Reform,
        through="SessionReform",
        related_name="sessions",
        verbose_name=_("showcased reforms"),
    )

    objects = SessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["meeting", "starts_at", "position", "slug"]
        indexes = [
            # The programme of a meeting, in order.
            Index(
                F("meeting"),
                F("starts_at"),
                F("position"),
                F("slug"),
                name="session_programme_sort",
            ),
            Index(F("starts_at"), name="session_starts_at"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "slug"], name="session_slug_unique_in_meeting"
            ),
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True)
                | Q(starts_at__isnull=False, starts_at__lte=F("ends_at")),
                name="session_starts_before_it_ends",
            ),
            models.CheckConstraint(
                condition=~Q(slug=""), name="session_slug_not_empty"
            ),
            source_language_required("session", "title"),
            # "Inside the meeting's dates" spans two tables; migration
            # 0002_session_within_meeting_dates adds the triggers that enforce it.
        ]

    def __str__(self):
        return self.title

    def natural_key(self):
        return (self.meeting.slug, self.slug)

    natural_key.dependencies = ["events.meeting"]

    def get_absolute_url(self):
        return f"{self.meeting.get_absolute_url()}#{self.anchor}"

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("The session cannot end before it starts.")
        if self.ends_at and not self.starts_at:
            errors["starts_at"] = _("Give the start time too.")
        # A meeting added together with its programme has no id yet, but its
        # sessions already hold it (the admin inline sets it): check against it too.
        has_meeting = self.meeting_id or Session.meeting.is_cached(self)
        meeting = self.meeting if has_meeting else None
        if meeting and meeting.start_date and meeting.end_date and meeting.timezone:
            for field in ("starts_at", "ends_at"):
                moment = getattr(self, field)
                if (
                    moment
                    and field not in errors
                    and not meeting.contains_local_date(moment)
                ):
                    errors[field] = _(
                        "This time is outside the meeting’s dates (%(first)s to %(last)s)."
                    ) % {"first": meeting.start_date, "last": meeting.end_date}
        if errors:
            raise ValidationError(errors)

    @property
    def anchor(self):
        """The id of the session on its meeting's page."""
        return f"session-{self.slug}"

    @property
    def language_list(self):
        return [code.strip() for code in self.languages.split(",") if code.strip()]

    @property
    def local_date(self):
        """The session's day in the meeting's time zone, or None when unscheduled."""
        if not self.starts_at:
            return None
        return self.starts_at.astimezone(self.meeting.zone).date()


class SessionTheme(LinkModel):
    session = models.ForeignKey(Session, on_delete=models.CASCADE)
    theme = models.ForeignKey(Theme, on_delete=models.PROTECT)

    class Meta:
        verbose_name = _("theme of a session")
        verbose_name_plural = _("themes of a session")
        constraints = [unique_link("session", "theme")]


class SessionJurisdiction(LinkModel):
    session = models.ForeignKey(Session, on_delete=models.CASCADE)
    jurisdiction = models.ForeignKey(Jurisdiction, on_delete=models.PROTECT)

    class Meta:
        verbose_name = _("member taking part in a session")
        verbose_name_plural = _("members taking part in a session")
        constraints = [unique_link("session", "jurisdiction")]


class SessionReform(LinkModel):
    session = models.ForeignKey(Session, on_delete=models.CASCADE)
    reform = models.ForeignKey(Reform, on_delete=models.PROTECT)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("reform showcased in a session")
        verbose_name_plural = _("reforms showcased in a session")
        ordering = ["position", "id"]
        constraints = [unique_link("session", "reform")]

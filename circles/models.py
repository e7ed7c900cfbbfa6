from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from circles.enums import JoinRequestStatus, Sector
from common.db.text import NormalisedCharField
from common.models import TimeStampedModel
from members.models import Jurisdiction
from themes.models import Theme


def email_key(email):
    """The form of an address that identifies a person: "Ana@Example.org " and
    "ana@example.org" are the same requester."""
    return (email or "").strip().casefold()


class JoinRequest(TimeStampedModel):
    """Someone asking to join one or more Local Circles. Personal data: staff only.

    A request takes effect only once its sender confirms it from the link mailed to
    the address (``confirmed_at`` set): whoever types an address does not own it.
    One confirmed request per person (per normalised email address): a confirmed
    second request updates the first and adds any new circles, so staff never see
    duplicates. Requests waiting for confirmation may be several per address (the
    owner's and a stranger's); none of them touches the confirmed one.
    """

    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"), max_length=254)
    email_key = models.CharField(_("normalised email"), max_length=254, editable=False)
    organisation = models.CharField(_("organization"), max_length=200)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    # SET_NULL: a member's record must not be held back by private requests that
    # the editor deleting it may not see; the request itself is kept.
    jurisdiction = models.ForeignKey(
        Jurisdiction,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("member"),
        help_text=_("The OGP Local member the requester works with, if any."),
    )
    jurisdiction_name = models.CharField(
        _("other jurisdiction"),
        max_length=200,
        blank=True,
        help_text=_("Typed by the requester when their government is not a member."),
    )
    circles = models.ManyToManyField(
        Theme,
        through="JoinRequestCircle",
        related_name="+",
        limit_choices_to={"is_local_circle": True},
        verbose_name=_("circles"),
    )
    language = models.CharField(
        _("preferred language"), max_length=10, choices=settings.LANGUAGES
    )
    message = NormalisedCharField(_("message"), max_length=2000, blank=True)
    consent = models.BooleanField(
        _("consent"),
        help_text=_("The requester agreed to the privacy notice."),
    )
    consent_at = models.DateTimeField(
        _("consent given"),
        help_text=_(
            "When the requester last sent the form and agreed to the privacy notice. "
            "Requests are deleted a fixed time after this."
        ),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=JoinRequestStatus.choices,
        default=JoinRequestStatus.NEW,
        db_index=True,
        help_text=_("Goes back to “new” when the requester asks for another circle."),
    )
    confirmed_at = models.DateTimeField(
        _("confirmed"),
        null=True,
        blank=True,
        help_text=_(
            "When the requester confirmed the request from the link emailed to them. "
            "Empty: pending confirmation; it is deleted if not confirmed in time."
        ),
    )
    # The link's single use: a random value the signed link carries, cleared when the
    # link is used, so the same link never confirms twice.
    confirmation_nonce = models.CharField(max_length=64, blank=True, editable=False)
    staff_notes = NormalisedCharField(
        _("staff notes"),
        max_length=2000,
        blank=True,
        help_text=_("Visible to staff only; deleted with the request."),
    )

    class Meta:
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")
        ordering = ["-consent_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["email_key"],
                condition=Q(confirmed_at__isnull=False),
                name="joinrequest_confirmed_email_key_unique",
            ),
            models.CheckConstraint(
                condition=Q(confirmed_at__isnull=True) | Q(confirmation_nonce=""),
                name="joinrequest_confirmed_has_no_nonce",
            ),
            models.CheckConstraint(
                condition=~Q(email_key="") & ~Q(email="") & ~Q(name=""),
                name="joinrequest_name_and_email_not_empty",
            ),
            models.CheckConstraint(
                condition=Q(consent=True), name="joinrequest_consent_given"
            ),
            models.CheckConstraint(
                condition=Q(status__in=JoinRequestStatus.values),
                name="joinrequest_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(sector__in=Sector.values), name="joinrequest_sector_valid"
            ),
            models.CheckConstraint(
                condition=Q(language__in=[code for code, _name in settings.LANGUAGES]),
                name="joinrequest_language_valid",
            ),
            models.CheckConstraint(
                condition=Q(jurisdiction__isnull=True) | Q(jurisdiction_name=""),
                name="joinrequest_one_jurisdiction",
            ),
        ]

    def __str__(self):
        # No personal data: this text is copied into the admin's action log, which
        # outlives the request when it is purged.
        return _("Join request #%(id)s") % {"id": self.pk}

    def save(self, *args, **kwargs):
        self.email_key = email_key(self.email)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "email" in update_fields:
            kwargs["update_fields"] = {*update_fields, "email_key"}
        super().save(*args, **kwargs)

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    @property
    def jurisdiction_display(self):
        """The member chosen from the directory, or the name typed instead."""
        return str(self.jurisdiction) if self.jurisdiction else self.jurisdiction_name


class JoinRequestCircle(models.Model):
    """One circle asked for in a join request, and when it was first asked for."""

    join_request = models.ForeignKey(
        JoinRequest, on_delete=models.CASCADE, related_name="circle_links"
    )
    # PROTECT: a request without the circle it asked for would lose its meaning.
    theme = models.ForeignKey(
        Theme,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("circle"),
    )
    added_at = models.DateTimeField(_("asked for"), auto_now_add=True)

    class Meta:
        verbose_name = _("circle of a join request")
        verbose_name_plural = _("circles of a join request")
        ordering = ["added_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["join_request", "theme"], name="joinrequest_circle_unique"
            )
        ]

    def __str__(self):
        return f"#{self.join_request_id} – {self.theme}"

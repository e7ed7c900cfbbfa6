from django.db import models
from django.utils.translation import gettext_lazy as _


class PlanStatus(models.TextChoices):
    IN_DEVELOPMENT = "in-development", _("In development")
    IN_IMPLEMENTATION = "in-implementation", _("In implementation")
    COMPLETED = "completed", _("Completed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Completion(models.TextChoices):
    """OGP's Independent Reporting Mechanism scale for how far a commitment got,
    lowest first (the order of the bars on a member page)."""

    NO_EVIDENCE = "no-evidence", _("No evidence available")
    NOT_STARTED = "not-started", _("Not started")
    LIMITED = "limited", _("Limited")
    SUBSTANTIAL = "substantial", _("Substantial")
    COMPLETE = "complete", _("Complete")


class PotentialImpact(models.TextChoices):
    """The IRM's potential-results scale of its current method (inception reports)."""

    UNCLEAR = "unclear", _("Unclear")
    MODEST = "modest", _("Modest")
    SUBSTANTIAL = "substantial", _("Substantial")


class OgpValue(models.TextChoices):
    ACCESS_TO_INFORMATION = "access-to-information", _("Access to information")
    CIVIC_PARTICIPATION = "civic-participation", _("Civic participation")
    PUBLIC_ACCOUNTABILITY = "public-accountability", _("Public accountability")
    TECHNOLOGY = (
        "technology",
        _("Technology and innovation for transparency and accountability"),
    )


class DocumentKind(models.TextChoices):
    ACTION_PLAN = "action-plan", _("Action plan")
    INCEPTION_REPORT = "inception-report", _("Inception report")
    END_OF_COMMITMENT_REPORT = "end-of-commitment-report", _("End of commitment report")
    FINAL_LEARNING_EXERCISE = "final-learning-exercise", _("Final learning exercise")
    OTHER = "other", _("Other")

from django.db import models
from django.utils.translation import gettext_lazy as _


class ThemeCategory(models.TextChoices):
    """What a theme is in OGP's own vocabulary (ogp-local-facts.md, section 3)."""

    POLICY_AREA = "policy-area", _("OGP policy area")
    VALUE = "value", _("OGP value")
    PROCESS = "process", _("OGP process")
    # A theme the seed post gives a Local Circle that OGP does not list as a policy area.
    LOCAL_CIRCLE_THEME = "local-circle-theme", _("Local Circle theme")

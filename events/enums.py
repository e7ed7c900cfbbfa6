from django.db import models
from django.utils.translation import gettext_lazy as _


class MeetingKind(models.TextChoices):
    REGIONAL_MEETING = "regional-meeting", _("Regional meeting")
    GLOBAL_SUMMIT = "global-summit", _("Global summit")
    LOCAL_CIRCLE_MEETING = "local-circle-meeting", _("Local Circle meeting")
    WORKSHOP = "workshop", _("Workshop")
    WEBINAR = "webinar", _("Webinar")


class SessionKind(models.TextChoices):
    PEER_EXCHANGE = "peer-exchange", _("Peer exchange")
    WORKSHOP = "workshop", _("Workshop")
    REFORM_SHOWCASE = "reform-showcase", _("Reform showcase")
    PANEL = "panel", _("Panel")
    ROUNDTABLE = "roundtable", _("Roundtable")
    PLENARY = "plenary", _("Plenary")

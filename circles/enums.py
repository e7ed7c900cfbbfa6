from django.db import models
from django.utils.translation import gettext_lazy as _


class Sector(models.TextChoices):
    LOCAL_GOVERNMENT = "local-government", _("Local government")
    CIVIL_SOCIETY = "civil-society", _("Civil society")
    ACADEMIA = "academia", _("Academia")
    OTHER = "other", _("Other")


class JoinRequestStatus(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    JOINED = "joined", _("Joined")
    DECLINED = "declined", _("Declined")

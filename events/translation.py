from modeltranslation.translator import TranslationOptions, register

from common.admin.history import register_history
from events.models import Meeting, Session


@register(Meeting)
class MeetingTranslationOptions(TranslationOptions):
    fields = ("name", "host_city", "summary", "highlights")
    required_languages = ("en",)


@register(Session)
class SessionTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("en",)


register_history(Meeting)
register_history(Session, m2m_fields=["themes", "jurisdictions", "showcased_reforms"])

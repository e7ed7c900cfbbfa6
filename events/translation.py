from modeltranslation.translator import TranslationOptions, register

from events.models import Meeting, Session


@register(Meeting)
class MeetingTranslationOptions(TranslationOptions):
    fields = ("name", "host_city", "summary", "highlights")
    required_languages = ("en",)


@register(Session)
class SessionTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("en",)

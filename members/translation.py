from modeltranslation.translator import TranslationOptions, register

from common.admin.history import register_history
from members.models import Jurisdiction


@register(Jurisdiction)
class JurisdictionTranslationOptions(TranslationOptions):
    fields = ("name", "summary")
    required_languages = ("en",)


register_history(Jurisdiction)

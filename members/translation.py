from modeltranslation.translator import TranslationOptions, register

from members.models import Jurisdiction


@register(Jurisdiction)
class JurisdictionTranslationOptions(TranslationOptions):
    fields = ("name", "summary")
    required_languages = ("en",)

from modeltranslation.translator import TranslationOptions, register

from reforms.models import Reform, Theme


@register(Theme)
class ThemeTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


@register(Reform)
class ReformTranslationOptions(TranslationOptions):
    fields = ("title", "summary")
    required_languages = ("en",)

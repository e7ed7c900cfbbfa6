from modeltranslation.translator import TranslationOptions, register

from common.admin.history import register_history
from themes.models import Theme


@register(Theme)
class ThemeTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


# The history table keeps the name it had when themes lived in the reforms app.
register_history(Theme, table_name="reforms_historicaltheme")

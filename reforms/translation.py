from modeltranslation.translator import TranslationOptions, register

from common.admin.history import register_history
from reforms.models import Reform


@register(Reform)
class ReformTranslationOptions(TranslationOptions):
    fields = ("title", "summary")
    required_languages = ("en",)


register_history(Reform, m2m_fields=["jurisdictions", "themes"])

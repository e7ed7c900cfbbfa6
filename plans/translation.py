from modeltranslation.translator import TranslationOptions, register

from common.admin.history import register_history
from plans.models import ActionPlan, Commitment, Document


@register(ActionPlan)
class ActionPlanTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("en",)


@register(Commitment)
class CommitmentTranslationOptions(TranslationOptions):
    fields = ("title", "description", "review_notes")
    required_languages = ("en",)


# A document keeps the title it was published under, in its own language: nothing
# to translate, but registered so that it shares the content admin of the others.
@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ()


register_history(ActionPlan)
register_history(Document)
register_history(Commitment, m2m_fields=["themes"])

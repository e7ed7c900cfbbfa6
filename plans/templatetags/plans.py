"""How pages write a commitment's review: its completion as text with a small
bar beside it, and "not yet reviewed" where no review says anything."""

from django import template
from django.utils.translation import gettext as _

from plans.enums import Completion

register = template.Library()

# Steps filled on the completion bar, out of COMPLETION_STEPS. "No evidence
# available" is a finding without a step: its bar stays empty, the text says it.
COMPLETION_STEPS = 3
COMPLETION_FILLED = {
    Completion.NO_EVIDENCE: 0,
    Completion.NOT_STARTED: 0,
    Completion.LIMITED: 1,
    Completion.SUBSTANTIAL: 2,
    Completion.COMPLETE: 3,
}


@register.inclusion_tag("plans/_completion.html")
def completion_bar(commitment):
    """``Completion: Substantial`` with a bar two thirds full; ``Completion: Not
    yet reviewed`` and no bar when no review has assessed it."""
    if not commitment.completion:
        return {"text": _("Completion: Not yet reviewed"), "steps": None}
    completion = Completion(commitment.completion)
    return {
        "text": _("Completion: %(completion)s") % {"completion": completion.label},
        "value": completion.value,
        "steps": range(COMPLETION_STEPS),
        "filled": COMPLETION_FILLED[completion],
    }


@register.simple_tag
def review_is_empty(commitment):
    """True when no review field of the commitment states anything."""
    return not commitment.is_reviewed

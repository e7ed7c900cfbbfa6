"""The charts of plan data (drawn by common.pages.charts)."""

from django.utils.translation import gettext as _

from common.pages.charts import ChartRow, bar_chart
from plans.selectors import completion_counts


def completion_chart(commitments, *, id="completion-chart"):
    """Commitments by completion, every step of OGP's scale, then those no
    review has assessed; None when there are no commitments."""
    if not commitments:
        return None
    rows = [
        ChartRow(
            label=str(completion.label) if completion else _("Not yet reviewed"),
            value=count,
            value_text=str(count),
        )
        for completion, count in completion_counts(commitments)
    ]
    return bar_chart(id=id, title=_("Commitments by completion"), rows=rows)

"""How OGP Local grew: its members worldwide, year by year, each figure with the
source that states it. The figures are facts, kept in a data file editors write
(``settings.GROWTH_FILE``, demo/data/growth.yaml); this module checks and shows
them.

OGP gave no exact total in 2024, only "over 150"; that is what the page says.
"""

import dataclasses
import functools

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from common.data_files import read_data_file
from common.i18n.languages import (
    fallback_languages,
    source_language,
    translated_columns,
)
from common.pages.charts import ChartRow, bar_chart


def growth_file_schema():
    """The growth file: ``member_counts``, one per year, oldest first. The source's
    label is written in each language the site speaks (English required)."""
    labels = translated_columns("source_label")
    return {
        "type": "object",
        "required": ["member_counts"],
        "additionalProperties": False,
        "properties": {
            "member_counts": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "required": ["year", "members", "source_url", labels[0]],
                    "additionalProperties": False,
                    "properties": {
                        "year": {"type": "integer", "minimum": 2016},
                        "members": {"type": "integer", "minimum": 1},
                        "more_than": {"type": "boolean", "default": False},
                        "source_url": {"type": "string", "pattern": r"^https://\S+$"},
                        **{
                            label: {"type": "string", "minLength": 1}
                            for label in labels
                        },
                    },
                },
            }
        },
    }


@dataclasses.dataclass(frozen=True)
class MemberCount:
    year: int
    members: int
    more_than: bool  # True when the source gives a floor ("over 150"), not a count
    source_url: str
    source_labels: dict  # language code → the source's label in that language

    @property
    def text(self):
        if self.more_than:
            return _("more than %(count)s") % {"count": self.members}
        return str(self.members)

    @property
    def source_label(self):
        """The label in the page's language, else along its fallback chain."""
        for code in fallback_languages(get_language() or source_language()):
            if self.source_labels.get(code):
                return self.source_labels[code]
        return ""


@functools.cache
def member_counts():
    """OGP Local's member counts, oldest first, as the growth file gives them
    (read and checked once per process; a broken file raises ``DataFileError``)."""
    data = read_data_file(settings.GROWTH_FILE, growth_file_schema()).data
    return tuple(
        MemberCount(
            year=row["year"],
            members=row["members"],
            more_than=row.get("more_than", False),
            source_url=row["source_url"],
            source_labels={
                code: row[f"source_label_{code}"]
                for code, _name in settings.LANGUAGES
                if f"source_label_{code}" in row
            },
        )
        for row in data["member_counts"]
    )


def growth_chart():
    """OGP Local members per year, as a bar chart (the 2024 bar ends in an arrow:
    more than the bar shows)."""
    rows = [
        ChartRow(
            label=str(count.year),
            value=count.members,
            value_text=count.text,
            open_ended=count.more_than,
        )
        for count in member_counts()
    ]
    return bar_chart(
        id="growth-chart", title=_("OGP Local members per year"), rows=rows
    )

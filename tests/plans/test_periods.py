"""Month periods written per language."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from common.templatetags.dates import format_month_period


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ((2021, 8, 2023, 10), "August 2021 – October 2023"),
        ((2021, None, 2023, 10), "2021 – October 2023"),
        ((2018, None, 2020, None), "2018 – 2020"),
        ((2021, 8, 2021, 8), "August 2021"),
        ((2021, 8, None, None), "since August 2021"),
        ((None, None, 2023, None), "until 2023"),
        ((None, None, None, None), ""),
    ],
)
def test_month_period_in_english(period, expected):
    with translation.override("en"):
        assert format_month_period(*period) == expected


def test_month_period_in_spanish_uses_spanish_month_names():
    with translation.override("es"):
        # Month names come from Django's catalogue; the patterns from ours.
        month_year = gettext("%(month)s %(year)s") % {"month": "agosto", "year": 2021}
        assert format_month_period(2021, 8, 2023, None) == (
            gettext("%(start)s – %(end)s") % {"start": month_year, "end": "2023"}
        )


def test_month_period_in_spanish_reads_as_spanish():
    with translation.override("es"):
        if gettext("%(month)s %(year)s") == "%(month)s %(year)s":
            pytest.skip("the Spanish catalogue does not have the pattern yet")
        assert format_month_period(2021, 8, 2023, 10) == (
            "agosto de 2021 – octubre de 2023"
        )
        assert format_month_period(2021, None, 2023, 10) == "2021 – octubre de 2023"

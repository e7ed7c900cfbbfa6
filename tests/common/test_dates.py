import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from common.templatetags.dates import format_date_range, format_long_date

D = datetime.date


@pytest.mark.parametrize(
    ("language", "start", "end", "expected"),
    [
        ("en", D(2022, 9, 26), D(2022, 9, 29), "September 26–29, 2022"),
        ("es", D(2022, 9, 26), D(2022, 9, 29), "del 26 al 29 de septiembre de 2022"),
        ("en", D(2022, 9, 30), D(2022, 10, 2), "September 30 – October 2, 2022"),
        (
            "es",
            D(2022, 9, 30),
            D(2022, 10, 2),
            "del 30 de septiembre al 2 de octubre de 2022",
        ),
        (
            "en",
            D(2022, 12, 30),
            D(2023, 1, 2),
            "December 30, 2022 – January 2, 2023",
        ),
        (
            "es",
            D(2022, 12, 30),
            D(2023, 1, 2),
            "del 30 de diciembre de 2022 al 2 de enero de 2023",
        ),
        ("en", D(2022, 10, 11), D(2022, 10, 12), "October 11–12, 2022"),
        ("es", D(2022, 10, 11), D(2022, 10, 12), "11 y 12 de octubre de 2022"),
        ("en", D(2022, 11, 1), D(2022, 11, 1), "November 1, 2022"),
        ("es", D(2022, 11, 1), D(2022, 11, 1), "1 de noviembre de 2022"),
        ("en", D(2022, 11, 1), None, "November 1, 2022"),
    ],
)
def test_date_range_reads_as_people_write_it(language, start, end, expected):
    with translation.override(language):
        assert format_date_range(start, end) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "November 1, 2026"), ("es", "1 de noviembre de 2026")],
)
def test_long_date(language, expected):
    with translation.override(language):
        assert format_long_date(D(2026, 11, 1)) == expected


def test_template_tag_and_filter_in_spanish():
    template = Template(
        "{% load dates %}{% date_range start end %} | {{ start|long_date }}"
    )
    with translation.override("es"):
        rendered = template.render(
            Context({"start": D(2022, 10, 11), "end": D(2022, 10, 12)})
        )
    assert rendered == "11 y 12 de octubre de 2022 | 11 de octubre de 2022"


def test_date_range_of_something_that_is_not_a_date_is_empty():
    template = Template(
        "{% load dates %}[{% date_range start %}][{{ start|long_date }}]"
    )
    assert template.render(Context({"start": ""})) == "[][]"

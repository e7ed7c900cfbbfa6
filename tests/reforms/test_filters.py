import pytest
from django.utils import translation

from reforms.filters import ReformFilter
from reforms.selectors import reform_list
from tests.factories import (
    JurisdictionFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)
from tests.querying import filter_errors, filtered_slugs

pytestmark = pytest.mark.django_db


def reform_slugs(params):
    return filtered_slugs(ReformFilter, reform_list(), params)


@pytest.fixture
def reforms():
    penalolen = JurisdictionFactory(
        slug="penalolen", name_en="Peñalolén", name_es="Peñalolén", country="CL"
    )
    tsachilas = JurisdictionFactory(
        slug="tsachilas",
        name_en="Santo Domingo de los Tsáchilas",
        name_es="Santo Domingo de los Tsáchilas",
        country="EC",
    )
    open_data = ThemeFactory(
        slug="open-data", name_en="Open data", name_es="Datos abiertos"
    )
    co_creation = ThemeFactory(
        slug="co-creation", name_en="Co-creation", name_es="Cocreación"
    )
    made = {
        "lessons": ReformFactory(
            slug="lessons",
            title_en="Lessons from co-creation",
            title_es="Aprendizajes de la cocreación",
            jurisdictions=[penalolen],
            countries=["CL"],
            themes=[co_creation],
        ),
        "local-open-data": ReformFactory(
            slug="local-open-data",
            title_en="Technical challenges of local open data",
            title_es="Desafíos técnicos de los datos abiertos locales",
            jurisdictions=[tsachilas],
            countries=["EC", "BR"],
            themes=[open_data],
            status="completed",
        ),
    }
    SessionFactory(
        meeting__slug="open-americas-2022", showcased_reforms=[made["lessons"]]
    )
    return made


def test_search_by_title_in_either_language(reforms):
    assert reform_slugs({"q": "cocreacion"}) == ["lessons"]
    assert reform_slugs({"q": "DATOS abiertos"}) == ["local-open-data"]


def test_search_by_member_name(reforms):
    assert reform_slugs({"q": "penalolen"}) == ["lessons"]


def test_filter_by_theme(reforms):
    assert reform_slugs({"theme": "open-data"}) == ["local-open-data"]
    assert reform_slugs({"theme": "open-data,co-creation"}) == [
        "lessons",
        "local-open-data",
    ]


def test_filter_by_country_includes_countries_without_members(reforms):
    assert reform_slugs({"country": "br"}) == ["local-open-data"]
    assert reform_slugs({"country": ["CL", "EC"]}) == ["lessons", "local-open-data"]


def test_filter_by_member(reforms):
    assert reform_slugs({"jurisdiction": "penalolen"}) == ["lessons"]


def test_filter_by_meeting_where_showcased(reforms):
    assert reform_slugs({"meeting": "open-americas-2022"}) == ["lessons"]


def test_filter_by_status(reforms):
    assert reform_slugs({"status": "completed"}) == ["local-open-data"]


def test_ordering_by_title_in_spanish(reforms):
    with translation.override("es"):
        assert reform_slugs({"ordering": "title"}) == ["lessons", "local-open-data"]
    assert reform_slugs({"ordering": "-title"}) == ["local-open-data", "lessons"]


def test_unknown_slug_matches_nothing(reforms):
    assert reform_slugs({"theme": "no-such-theme"}) == []


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"status": "done"}, "status"),
        ({"country": "ZZ"}, "country"),
        ({"ordering": "secret"}, "ordering"),
    ],
)
def test_bad_reform_filter_values(params, field):
    assert filter_errors(ReformFilter, reform_list(), params) == [field]

import pytest

from tests.api_helpers import get_json
from tests.factories import ThemeFactory

pytestmark = pytest.mark.django_db

THEMES = "/api/v1/themes/"


@pytest.fixture
def themes():
    return [
        ThemeFactory(slug=f"theme-{n:02}", name_en=f"Theme {n:02}") for n in range(25)
    ]


def test_first_page_has_twenty_records_and_a_next_link(client, themes):
    response, data = get_json(client, THEMES)
    assert data["count"] == 25
    assert data["previous"] is None
    assert data["next"] == "http://testserver/api/v1/themes/?page=2"
    assert [row["slug"] for row in data["results"]] == [
        f"theme-{n:02}" for n in range(20)
    ]


def test_page_size_and_page_choose_the_slice(client, themes):
    response, data = get_json(client, THEMES, {"page_size": 10, "page": 3})
    assert [row["slug"] for row in data["results"]] == [
        f"theme-{n:02}" for n in range(20, 25)
    ]
    assert data["next"] is None
    assert data["previous"] == "http://testserver/api/v1/themes/?page=2&page_size=10"


def test_largest_page_holds_a_hundred(client):
    ThemeFactory.create_batch(101)
    response, data = get_json(client, THEMES, {"page_size": 100})
    assert (data["count"], len(data["results"])) == (101, 100)


def test_page_past_the_last_is_a_404(client, themes):
    response, data = get_json(client, THEMES, {"page": 3})
    assert response.status_code == 404
    assert data == {"detail": "There is no page 3: the last page is 2."}


def test_empty_list_has_one_empty_page(client):
    response, data = get_json(client, THEMES)
    assert data == {"count": 0, "next": None, "previous": None, "results": []}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"page_size": 101}, {"page_size": ["Enter a whole number from 1 to 100."]}),
        ({"page_size": 0}, {"page_size": ["Enter a whole number from 1 to 100."]}),
        ({"page_size": "ten"}, {"page_size": ["Enter a whole number from 1 to 100."]}),
        ({"page": 0}, {"page": ["Enter a whole number from 1."]}),
        ({"page": "last"}, {"page": ["Enter a whole number from 1."]}),
        ({"page": "-1"}, {"page": ["Enter a whole number from 1."]}),
    ],
)
def test_bad_page_parameters_are_a_400(client, themes, params, expected):
    response, data = get_json(client, THEMES, params)
    assert response.status_code == 400
    assert data == expected

"""Query strings reach the cache and the views in one canonical form."""

import pytest
from django.conf import settings
from django.urls import URLResolver, get_resolver
from django.utils.module_loading import import_string

from common.http.query_string import canonical_query_string, known_parameters
from events.filters import MeetingFilter, SessionFilter
from members.filters import JurisdictionFilter
from reforms.filters import ReformFilter
from themes.filters import ThemeFilter


@pytest.mark.parametrize(
    "filterset",
    [JurisdictionFilter, ThemeFilter, ReformFilter, MeetingFilter, SessionFilter],
)
def test_every_filter_of_every_resource_is_known(filterset):
    assert set(filterset.base_filters) <= known_parameters()


def _views(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _views(pattern.url_patterns)
        else:
            # Django's class-based views carry view_class, DRF's viewsets cls.
            callback = pattern.callback
            yield getattr(callback, "view_class", getattr(callback, "cls", None))


def test_every_filterset_a_view_declares_is_public():
    declared = {
        getattr(view, "filterset_class", None)
        for view in _views(get_resolver().url_patterns)
    }
    declared.discard(None)

    assert sorted(f"{f.__module__}.{f.__name__}" for f in declared) == sorted(
        settings.PUBLIC_FILTERSETS
    )
    assert {import_string(path) for path in settings.PUBLIC_FILTERSETS} == declared


def test_unknown_parameters_go_and_the_rest_are_ordered_by_name():
    raw = "theme=b&utm_source=x&q=caf%C3%A9&nocache=1&theme=a&page=2"
    assert canonical_query_string(raw) == "page=2&q=caf%C3%A9&theme=b&theme=a"


def test_names_are_compared_decoded():
    assert canonical_query_string("%71=budget&%6Eocache=1") == "%71=budget"


def test_a_query_of_unknown_parameters_becomes_empty():
    assert canonical_query_string("_=1700000000&fbclid=abc") == ""


@pytest.mark.django_db
def test_a_view_never_sees_an_unknown_parameter(client):
    response = client.get("/api/v1/themes/?page_size=1&nocache=7")
    assert response.status_code == 200
    assert response.json()["next"] is None
    assert response.wsgi_request.GET.dict() == {"page_size": "1"}

from django.http import QueryDict
from django.utils.http import urlencode


def query_dict(params):
    """Parameters as a request carries them (repeated keys included)."""
    return QueryDict(urlencode(params, doseq=True))


def filtered_slugs(filterset_class, queryset, params):
    filterset = filterset_class(query_dict(params), queryset=queryset)
    assert filterset.is_valid(), filterset.errors
    return [record.slug for record in filterset.qs]


def filter_errors(filterset_class, queryset, params):
    filterset = filterset_class(query_dict(params), queryset=queryset)
    assert not filterset.is_valid()
    return list(filterset.errors)

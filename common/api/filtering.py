"""Filtering through the resource's FilterSet (shared with the public pages)."""

from django_filters.rest_framework import DjangoFilterBackend


class FilterBackend(DjangoFilterBackend):
    """DjangoFilterBackend with two differences.

    - A parameter sent once with an empty value (``?country=``) is left out, as
      the pages leave it out (their forms send every field): OpenAPI reads it as an
      empty list, which filters nothing.
    - The FilterSet is skipped when the query string names none of its
      parameters: with nothing to filter or validate, building its form (a deep
      copy of every filter and form field) would only cost time.
    """

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is None or not (
            request.query_params.keys() & filterset_class.base_filters.keys()
        ):
            return queryset
        return super().filter_queryset(request, queryset, view)

    def get_filterset_kwargs(self, request, queryset, view):
        kwargs = super().get_filterset_kwargs(request, queryset, view)
        data = kwargs["data"].copy()
        for name in list(data):
            if data.getlist(name) == [""]:
                del data[name]
        kwargs["data"] = data
        return kwargs

"""Page-number pagination with strict parameters.

``?page=`` and ``?page_size=`` that are not whole numbers in range are a 400 naming
the parameter (DRF would quietly fall back to the defaults, so a partner asking for
500 rows would get 20 without noticing); a page past the last one is a 404.
"""

from django.core.paginator import EmptyPage, Paginator
from django.utils.translation import gettext_lazy as _
from rest_framework import pagination
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.settings import api_settings

from common.http.parameters import PAGE_PARAMETER, PAGE_SIZE_PARAMETER
from common.http.parsers import parse_whole_number

MAX_PAGE_SIZE = 100


def _whole_number(request, parameter, *, default, maximum=None):
    raw = request.query_params.get(parameter)
    if raw is None:
        return default
    value = parse_whole_number(raw)
    if value is None or value < 1 or (maximum is not None and value > maximum):
        if maximum is None:
            message = _("Enter a whole number from 1.")
        else:
            message = _("Enter a whole number from 1 to %(maximum)s.") % {
                "maximum": maximum
            }
        raise ValidationError({parameter: [message]})
    return value


class PageNumberPagination(pagination.PageNumberPagination):
    page_query_param = PAGE_PARAMETER
    page_size_query_param = PAGE_SIZE_PARAMETER
    max_page_size = MAX_PAGE_SIZE
    # Schema text is English, like the rest of the API reference.
    page_query_description = "Page number, from 1. A page past the last is a 404."
    page_size_query_description = (
        "Records per page, from 1 to 100 (default 20); other values are a 400."
    )

    def validate(self, request):
        """Check ``page`` and ``page_size`` without paginating: the exports show
        every record, but a wrong value is still a 400, not silently ignored."""
        self.get_page_size(request)
        _whole_number(request, self.page_query_param, default=1)

    def get_page_size(self, request):
        return _whole_number(
            request,
            self.page_size_query_param,
            default=api_settings.PAGE_SIZE,
            maximum=self.max_page_size,
        )

    def paginate_queryset(self, queryset, request, view=None, *, count=None):
        """The records of one page of ``queryset``; ``count``, when the view
        already knows it, saves the paginator its COUNT query."""
        self.request = request
        paginator = Paginator(queryset, self.get_page_size(request))
        if count is not None:
            paginator.count = count
        number = _whole_number(request, self.page_query_param, default=1)
        try:
            self.page = paginator.page(number)
        except EmptyPage as error:
            raise NotFound(
                _("There is no page %(number)s: the last page is %(last)s.")
                % {"number": number, "last": paginator.num_pages}
            ) from error
        return list(self.page.object_list)

    def get_paginated_response_schema(self, schema):
        result = super().get_paginated_response_schema(schema)
        properties = result["properties"]
        properties["count"]["description"] = (
            "Records matching the query, on every page."
        )
        properties["count"].pop("example", None)
        for name in ("next", "previous"):
            properties[name].pop("example", None)
            properties[name]["description"] = f"The {name} page's URL, or null."
        result["required"] = ["count", "next", "previous", "results"]
        return result

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["maximum"] = self.max_page_size
                parameter["schema"]["default"] = api_settings.PAGE_SIZE
        return parameters

"""The base viewset of every API resource, and the API root."""

import django_filters
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from rest_framework import routers, viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response

from common.api import csv_export
from common.api.exceptions import JSONErrors
from common.api.languages import Texts
from common.api.links import Links
from common.api.renderers import CSVRenderer, JSONRenderer
from common.caching.headers import add_validators, etag_for, public_cache_control
from common.caching.memo import list_scope, record_count
from common.caching.stamp import content_stamp
from common.filters import SLUG_PATTERN
from common.http.parameters import (
    EXPAND_PARAMETER,
    FORMAT_PARAMETER,
    LANGUAGE_PARAMETER,
)
from common.http.request_language import request_language


def requested_expansions(request, expandable):
    """The relations ``?expand=`` names (comma-separated or repeated); an empty
    value names none. Any other value, or an empty item (``themes,``), is a 400
    naming the parameter."""
    names = [
        name
        for value in request.query_params.getlist(EXPAND_PARAMETER)
        if value
        for name in value.split(",")
    ]
    if "" in names:
        raise ValidationError(
            {EXPAND_PARAMETER: [_("Remove the empty value between the commas.")]}
        )
    unknown = sorted(set(names) - set(expandable))
    if unknown:
        if expandable:
            message = _(
                "“%(value)s” cannot be expanded here. Choose from: %(choices)s."
            ) % {"value": ", ".join(unknown), "choices": ", ".join(expandable)}
        else:
            message = _("This endpoint has no related records to expand.")
        raise ValidationError({EXPAND_PARAMETER: [message]})
    return frozenset(names)


def refuse_repeated_parameters(request, names):
    """A parameter of ``names`` sent more than once is a 400 naming it.

    Django reads the last value only, so ``?theme=a&theme=b`` quietly meant
    ``b``; the schema says each of these is sent once (lists comma-separated).
    The choice filters, which are repeated by design, are not in ``names``.
    """
    repeated = sorted(
        name
        for name, values in request.query_params.lists()
        if name in names and len(values) > 1
    )
    if repeated:
        message = _("Send this parameter only once.")
        raise ValidationError({name: [message] for name in repeated})


# Read-only: a transaction per request would only add BEGIN/COMMIT round trips.
@method_decorator(transaction.non_atomic_requests, name="dispatch")
class ResourceListViewSet(JSONErrors, viewsets.GenericViewSet):
    """The list of one published resource (ResourceViewSet adds the detail).

    Subclasses set ``queryset = Model.objects.none()`` (for introspection), build
    the real queryset from the app's selector in ``get_queryset()``, and name their
    ``serializer_class`` and ``filterset_class``. They may add:

    - ``expandable``: relations ``?expand=`` may show as objects;
    - ``export_renderer_classes`` with an ``export_<format>(queryset)`` method per
      format beyond the CSV every list offers.
    """

    lookup_field = "slug"
    lookup_value_regex = SLUG_PATTERN
    # What the detail URL's key is called in the schema's summaries.
    lookup_name = "slug"
    expandable = ()
    export_renderer_classes = (CSVRenderer,)
    export_name = None

    expand = frozenset()
    stamp = None

    def get_renderers(self):
        classes = [JSONRenderer]
        if self.action == "list":
            classes += self.export_renderer_classes
        return [renderer() for renderer in classes]

    def initial(self, request, *args, **kwargs):
        # A method the endpoint does not offer is a 405 whatever the query string
        # says; DRF would check it only after the format, language and limits.
        if request.method.lower() not in self.http_method_names or not hasattr(
            self, request.method.lower()
        ):
            self.http_method_not_allowed(request, *args, **kwargs)
        refuse_repeated_parameters(request, self.single_value_parameters())
        # The language was decided (and activated) for the whole request by
        # common.http.request_language; a ?lang= it could not read is refused here,
        # before DRF's own checks, so that it is named whatever else is wrong.
        language = request_language(request)
        if language.refused is not None:
            raise ValidationError({LANGUAGE_PARAMETER: [language.refusal()]})
        super().initial(request, *args, **kwargs)
        self.expand = requested_expansions(request, self.expandable)

    def single_value_parameters(self):
        """Parameters this address reads, except the repeatable choice filters."""
        names = {LANGUAGE_PARAMETER, EXPAND_PARAMETER, FORMAT_PARAMETER}
        if self.action == "list":
            names |= {self.paginator.page_query_param}
            names |= {self.paginator.page_size_query_param}
            names |= {
                name
                for name, filter_ in self.filterset_class.base_filters.items()
                if not isinstance(filter_, django_filters.MultipleChoiceFilter)
            }
        return names

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context.update(
            texts=Texts(request_language(self.request).content),
            links=Links(self.request),
            expand=self.expand,
        )
        return context

    def check_freshness(self):
        """A 304 (or 412) response when the client's copy is current, else None:
        the validators come from the content stamp, before anything is rendered."""
        self.stamp = content_stamp(self.request)
        return get_conditional_response(
            self.request,
            etag=etag_for(self.request, self.stamp),
            last_modified=int(self.stamp.last_modified.timestamp()),
        )

    def count(self, queryset):
        """How many records the list's filters select (memoised per content
        stamp: common.caching.memo)."""
        ignored = {
            self.paginator.page_query_param,
            self.paginator.page_size_query_param,
            FORMAT_PARAMETER,
            EXPAND_PARAMETER,
        }
        scope = list_scope(self.request.path, self.request.GET, ignored=ignored)
        return record_count(queryset, request=self.request, scope=scope)

    def list(self, request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        self.paginator.validate(request)
        if (response := self.check_freshness()) is not None:
            return response
        export = getattr(self, f"export_{request.accepted_renderer.format}", None)
        if export is not None:
            return export(queryset)
        page = self.paginator.paginate_queryset(
            queryset,
            request,
            view=self,
            count=self.count(queryset),
        )
        serializer = self.get_serializer(page, many=True)
        return self.get_paginated_response(serializer.data)

    def get_export_name(self):
        return self.export_name or self.basename

    def export_csv(self, queryset):
        """Every matching record, every language in its own columns, relations as
        slugs, whatever ?lang= or ?expand= say."""
        context = self.get_serializer_context()
        context.update(texts=Texts(), expand=frozenset())
        return csv_export.csv_response(
            self.get_serializer(context=context),
            queryset,
            filename=f"ogp-local-{self.get_export_name()}.csv",
        )

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_vary_headers(response, ("Accept", "Accept-Language"))
        # An error speaks the request's language; a body, the language it was
        # built in: the request's content language unless the body said otherwise
        # (exports set their own).
        if response.status_code >= 400:
            response["Content-Language"] = request_language(request).interface
        elif "Content-Language" not in response:
            response["Content-Language"] = Texts(
                request_language(request).content
            ).content_language
        if self.stamp is not None and response.status_code in (200, 304):
            add_validators(response, request, self.stamp)
        return public_cache_control(response)


class ResourceViewSet(ResourceListViewSet):
    """List and detail (by slug) of one published resource."""

    def get_lookup(self):
        """Field lookups that find the one record of a detail URL."""
        return {
            self.lookup_field: self.kwargs[self.lookup_url_kwarg or self.lookup_field]
        }

    def retrieve(self, request, *args, **kwargs):
        # Filters apply to lists; a detail URL names its record.
        queryset = self.get_queryset().filter(**self.get_lookup())
        # The validators say nothing of whether the record exists: look first,
        # so that a stale If-None-Match never turns a 404 into a 304.
        try:
            instance = queryset.get()
        except ObjectDoesNotExist as error:
            raise NotFound() from error
        if (response := self.check_freshness()) is not None:
            return response
        return Response(self.get_serializer(instance).data)


@method_decorator(transaction.non_atomic_requests, name="dispatch")
class ApiRootView(JSONErrors, routers.APIRootView):
    """Links to every resource, the OpenAPI schema and the documentation."""

    extra_links = {
        "schema": "api:schema",
        "docs": "api:docs",
        "redoc": "api:redoc",
        "guide": "api:guide",
    }

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        for name, url_name in self.extra_links.items():
            response.data[name] = request.build_absolute_uri(reverse(url_name))
        return response

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        return public_cache_control(response)

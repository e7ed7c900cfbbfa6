"""Absolute API URLs for rows, built without a reverse() per row."""

from django.urls import reverse


class Links:
    """Base URLs of the API's lists for one request; a row's URL is ``base + slug/``."""

    def __init__(self, request):
        self.request = request
        self._bases = {}

    def base(self, url_name):
        """The absolute URL of the list named ``url_name`` (``api:reform-list``)."""
        base = self._bases.get(url_name)
        if base is None:
            base = self._bases[url_name] = self.request.build_absolute_uri(
                reverse(url_name)
            )
        return base

    def detail(self, url_name, *slugs):
        """``/api/v1/reforms/`` + ``open-data/``; nested paths take several slugs."""
        if len(slugs) == 1:
            return f"{self.base(url_name)}{slugs[0]}/"
        return self.base(url_name) + "".join(f"{slug}/" for slug in slugs)

"""Caching of public answers: one design, in this package.

A site-wide content version (``stamp``) moves on every save, delete and link change
of a publishable model. Its stamp also carries today's date in the site's time zone,
so whatever depends on the date ("upcoming" meetings, their counts) turns over at
midnight. Everything remembered is keyed by the stamp, so nothing is ever stale:

- ``middleware``: public GET answers, keyed by the stamp, the absolute URL and the
  request headers the answer's ``Vary`` names (learned per URL, as
  ``django.middleware.cache`` does), in Django's cache (Redis when several app
  servers run) with a short-lived copy in each process;
- ``memo``: counts and filter options that scan every matching row;
- ``headers``: the one ETag producer and the one Cache-Control policy, for pages
  and the API alike.

A cache that fails is logged and the request is served uncached.
"""

"""In-process reference for the uncached list target: a plain DRF list vs ours.

Issue 7 measures the uncached 50-row reform list against "a plain DRF
ModelSerializer list of 50 rows". This script times both in one process on the
benchmark's database (run `make bench` first, or point DATABASE_URL elsewhere),
with /healthz for scale: a ListAPIView over the same published reforms, in the
same order, with a ModelSerializer of their own columns (no links, no countries)
and DRF's page-number pagination, mounted for this run only.

    .venv/bin/python bench/plain_drf_reference.py
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault(
    "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ogplocal_bench"
)
os.environ.update(
    DJANGO_SETTINGS_MODULE="ogplocal.settings",
    DEBUG="false",
    SECRET_KEY="reference-only-secret-key-" + "x" * 40,
    ALLOWED_HOSTS="testserver",
    HTTPS="false",
    STATIC_MANIFEST="false",
    RESPONSE_CACHE="false",
    API_ANON_RATE="",
    LOG_LEVEL="WARNING",
)

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402
from django.urls import clear_url_caches, path  # noqa: E402
from rest_framework import generics, pagination, serializers  # noqa: E402

import ogplocal.urls  # noqa: E402
from reforms.models import Reform  # noqa: E402

PLAIN = "/reference/plain-drf-reforms/?page_size=50"
OURS = "/api/v1/reforms/?page_size=50"


class PlainReformSerializer(serializers.ModelSerializer):
    class Meta:
        model = Reform
        fields = [
            "slug",
            "title_en",
            "title_es",
            "summary_en",
            "summary_es",
            "status",
            "website",
            "sources",
            "updated_at",
        ]


class PlainPagination(pagination.PageNumberPagination):
    page_size_query_param = "page_size"


class PlainReformList(generics.ListAPIView):
    queryset = Reform.objects.filter(is_published=True).order_by("title_en", "slug")
    serializer_class = PlainReformSerializer
    pagination_class = PlainPagination
    throttle_classes = []


def milliseconds(client, url, times):
    for _ in range(5):
        client.get(url)
    started = time.perf_counter()
    for _ in range(times):
        client.get(url)
    return (time.perf_counter() - started) / times * 1000


def main():
    ogplocal.urls.urlpatterns.insert(
        0, path(PLAIN.split("?")[0].lstrip("/"), PlainReformList.as_view())
    )
    clear_url_caches()
    client = Client()
    for _ in range(3):
        plain = milliseconds(client, PLAIN, 300)
        ours = milliseconds(client, OURS, 300)
        healthz = milliseconds(client, "/healthz", 1000)
        print(
            f"plain DRF list {plain:.2f} ms, ours {ours:.2f} ms "
            f"({plain / ours:.2f}× leaner), /healthz {healthz:.2f} ms"
        )


if __name__ == "__main__":
    main()

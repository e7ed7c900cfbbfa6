"""In-process reference for the uncached list target: a plain DRF list vs ours.

The uncached 50-row reform list must be at least 1.5 times as fast as "a plain DRF
ModelSerializer list of the same rows". This script times both in one process on
the benchmark's database (`make bench` loads it, or point DATABASE_URL elsewhere),
in turn, three rounds, with /healthz for scale.

The plain list is what DRF gives for the same answer without our design: a
ListAPIView over the same published reforms in the same order, a ModelSerializer
of the same data (both languages of the title and summary, the status, the
countries, the members' and themes' slugs with DRF's SlugRelatedField, the web
page, the sources, the update time) and DRF's page-number pagination, mounted for
this run only. Like any such serializer it reads each row's links with a query of
its own; ours reads every row's links in one query per relation.

    .venv/bin/python bench/plain_drf_reference.py [--json]

With --json the last line is ``{"rounds": [{"plain_ms": …, "ours_ms": …,
"healthz_ms": …}, …]}`` for bench/run.py.
"""

import json
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
    CIRCLES_STAFF_EMAIL="ogp-local-circles@example.org",
    SITE_CONTACT_EMAIL="ogp-local-directory@example.org",
    EMAIL_URL="dummymail://",
    EMAIL_DISCARD="true",
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
    countries = serializers.ListField(child=serializers.CharField())
    jurisdictions = serializers.SlugRelatedField(
        many=True, read_only=True, slug_field="slug"
    )
    themes = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")

    class Meta:
        model = Reform
        fields = [
            "slug",
            "title_en",
            "title_es",
            "summary_en",
            "summary_es",
            "status",
            "countries",
            "jurisdictions",
            "themes",
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
    for url in (PLAIN, OURS):
        answer = client.get(url)
        assert answer.status_code == 200, (url, answer.status_code)
        assert len(answer.json()["results"]) == 50, url
    rounds = []
    for _ in range(3):
        plain = milliseconds(client, PLAIN, 100)
        ours = milliseconds(client, OURS, 100)
        healthz = milliseconds(client, "/healthz", 1000)
        rounds.append({"plain_ms": plain, "ours_ms": ours, "healthz_ms": healthz})
        print(
            f"plain DRF list {plain:.2f} ms, ours {ours:.2f} ms "
            f"({plain / ours:.2f}× as fast), /healthz {healthz:.2f} ms"
        )
    if "--json" in sys.argv[1:]:
        print(json.dumps({"rounds": rounds}))


if __name__ == "__main__":
    main()

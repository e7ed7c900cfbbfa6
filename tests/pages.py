"""Reading the public pages in tests: results, messages and JSON-LD."""

import html
import json
import re

RESULT = re.compile(r'data-result="([^"]+)"')
NOTICE = re.compile(r'<div class="notice" role="status">(.*?)</div>', re.DOTALL)
ITEM = re.compile(r"<li>(.*?)</li>", re.DOTALL)
SOURCES = re.compile(r'<ul class="sources">(.*?)</ul>', re.DOTALL)
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def text(response):
    return response.content.decode()


def result_slugs(response):
    """The slugs of the records a list page shows, in order."""
    return RESULT.findall(text(response))


def notices(response):
    """The messages a list page shows about its filters, as plain text."""
    found = NOTICE.search(text(response))
    if not found:
        return []
    return [html.unescape(item) for item in ITEM.findall(found.group(1))]


def json_ld(response):
    """Every JSON-LD block of a page, parsed."""
    return [json.loads(block) for block in JSON_LD.findall(text(response))]


def source_items(response):
    """The items of a page's list of sources, as HTML."""
    found = SOURCES.search(text(response))
    if not found:
        return []
    return [f"<li>{item}</li>" for item in ITEM.findall(found.group(1))]

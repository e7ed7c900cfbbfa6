"""A source's web address as a reader can judge it: a title and a publisher.

Records keep their sources as bare addresses (one per line), which is what the API
and the spreadsheets carry. Pages cite each one by title and publisher instead:

- the publisher comes from the address's host, as the citations file
  (``settings.CITATIONS_FILE``) names it; an unknown host is shown as itself;
- the title is the one the reference notes give for the page (the file's
  ``titles``), or else
  is read from the address: OGP's sections (story, news, document, member page…)
  and the page's slug in words. An address with no slug (``/?p=64769``) is shown
  as the address, because nothing else can be said of it without opening it.

Each citation also says which language its words are in, so a page in another
language can mark them (``lang`` and a hint): the titles of the notes are English;
a slug is in the language its address names (``/en/``) or its site writes in
(the file's ``addresses_language``); a publisher's name in its
``publisher_language``, or in the reader's where the file translates it. Section
labels ("Story", "page") are in the reader's language; brand names and bare
addresses belong to no language and are not marked.
"""

import functools
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.utils.translation import get_language, pgettext_lazy

from common.data_files import read_data_file
from common.i18n.languages import fallback_languages, source_language

LANGUAGE = {"type": "string", "pattern": "^[a-z]{2,3}(?:-[a-z0-9]+)*$"}
HOST = {"type": "string", "pattern": r"^[a-z0-9.-]+\.[a-z]+$"}

CITATIONS_FILE_SCHEMA = {
    "type": "object",
    "required": ["publishers", "titles"],
    "additionalProperties": False,
    "properties": {
        "publishers": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["host", "publisher"],
                "additionalProperties": False,
                "properties": {
                    "host": HOST,
                    "publisher": {"type": "string", "minLength": 1},
                    "publisher_language": LANGUAGE,
                    "publisher_translations": {
                        "type": "object",
                        "propertyNames": LANGUAGE,
                        "additionalProperties": {"type": "string", "minLength": 1},
                    },
                    "addresses_language": LANGUAGE,
                },
            },
        },
        "titles": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["address", "title"],
                "additionalProperties": False,
                "properties": {
                    "address": {"type": "string", "pattern": r"^[a-z0-9.-]+\.[a-z]+/"},
                    "title": {"type": "string", "minLength": 1},
                },
            },
        },
    },
}


@dataclass(frozen=True)
class Publisher:
    """Who publishes a host's pages, as the citations file describes it."""

    name: str
    name_language: str = ""  # "" for a brand or a name said in every language
    translations: tuple = ()  # (language, name) pairs
    addresses_language: str = ""

    def name_for_reader(self):
        """The name in the reader's language where the publisher gives one."""
        translations = dict(self.translations)
        for code in fallback_languages(get_language() or source_language()):
            if code in translations:
                return translations[code]
        return self.name


@dataclass(frozen=True)
class CitationFacts:
    publishers: dict  # host → Publisher
    titles: dict  # host and path with query → title


@functools.cache
def citation_facts():
    """The publishers and titles of ``settings.CITATIONS_FILE``, read and checked
    once per process (a broken file raises ``DataFileError``)."""
    data = read_data_file(settings.CITATIONS_FILE, CITATIONS_FILE_SCHEMA).data
    return CitationFacts(
        publishers={
            row["host"]: Publisher(
                name=row["publisher"],
                name_language=row.get("publisher_language", ""),
                translations=tuple(row.get("publisher_translations", {}).items()),
                addresses_language=row.get("addresses_language", ""),
            )
            for row in data["publishers"]
        },
        titles={row["address"]: row["title"] for row in data["titles"]},
    )


# Path segments that name the language of the page (``fundeps.org/en/…``).
LANGUAGE_SEGMENTS = {"en", "es", "fr", "it", "pt", "pt-br"}

# What the first part of an OGP address says the page is.
OGP_SECTIONS = {
    "countries": pgettext_lazy("source", "Member page"),
    "documents": pgettext_lazy("source", "Document"),
    "events": pgettext_lazy("source", "Event"),
    "glossary": pgettext_lazy("source", "Glossary"),
    "members": pgettext_lazy("source", "Member page"),
    "news": pgettext_lazy("source", "News"),
    "ogp-local": pgettext_lazy("source", "OGP Local"),
    "policy-area": pgettext_lazy("source", "Policy area"),
    "stories": pgettext_lazy("source", "Story"),
    "topic": pgettext_lazy("source", "Topic"),
    "group": pgettext_lazy("source", "Group"),
}


@dataclass(frozen=True)
class Citation:
    """One source as cited. ``words`` is the part of ``title`` written in
    ``title_language`` (the rest is in the reader's language); an empty language
    means the words belong to no language (a bare address) or to an unknown one."""

    url: str
    title: str
    publisher: str
    words: str = ""
    title_language: str = ""
    publisher_language: str = ""


def citation(url):
    """The title and publisher to show for one source address, with the language of
    each. A line that is not a web address (staff may type one) is shown as it is,
    with no publisher."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # such as an unclosed "[" where an IPv6 host would be
        return Citation(url=url, title=url, publisher="")
    if not parts.netloc:
        return Citation(url=url, title=url, publisher="")
    host = parts.netloc.lower().removeprefix("www.")
    key = host + parts.path.rstrip("/") + (f"/?{parts.query}" if parts.query else "")
    facts = citation_facts()
    known = facts.publishers.get(host)
    publisher = known.name_for_reader() if known else host
    publisher_language = known.name_language if known else ""
    if key in facts.titles:
        title = facts.titles[key]
        words, language = title, "en"
    else:
        title, words, language = _title_from_address(host, parts)
    return Citation(
        url=url,
        title=title,
        publisher=publisher,
        words=words,
        title_language=language if words else "",
        publisher_language=publisher_language,
    )


def _title_from_address(host, parts):
    """``(title, words, language)``: the title read from the address, the part of
    it that is the address's own words and their language."""
    segments = [unquote(segment) for segment in parts.path.split("/") if segment]
    language = next(
        (s for s in segments if s.lower() in LANGUAGE_SEGMENTS), ""
    ).lower() or _addresses_language(host)
    if host == "opengovpartnership.org":
        language = _addresses_language(host)
    # A listing's page number ("…/page/6") says which page, not what it is.
    page = ""
    if len(segments) >= 2 and segments[-2] == "page" and segments[-1].isdigit():
        page = segments[-1]
        segments = segments[:-2]
    title, words = _title_from_segments(host, segments)
    if title and page:
        label = pgettext_lazy("source", "page")
        return f"{title} ({label} {page})", words, language
    if title:
        return title, words, language
    return host + parts.path + (f"?{parts.query}" if parts.query else ""), "", ""


def _addresses_language(host):
    known = citation_facts().publishers.get(host)
    return known.addresses_language if known else ""


def _title_from_segments(host, segments):
    """``(title, words)``: the title and the part of it taken from the slug."""
    if host == "opengovpartnership.org":
        segments = [s for s in segments if s not in {"es", "fr"}]
        is_member = segments[:1] in (["members"], ["countries"])
        if is_member and len(segments) >= 4 and segments[2] == "commitments":
            label = pgettext_lazy("source", "Commitment")
            member = _member_name(segments[1])
            identifier = segments[3].upper()
            if member:
                return f"{label} {identifier} ({member})", member
            return f"{label} {identifier}", ""
        if is_member and len(segments) == 2 and _member_name(segments[1]):
            member = _member_name(segments[1])
            return f"{OGP_SECTIONS[segments[0]]}: {member}", member
        if segments and segments[0] in OGP_SECTIONS:
            label = OGP_SECTIONS[segments[0]]
            if len(segments) > 1:
                words = _words(segments[1])
                return f"{label}: {words}", words
            return str(label), ""
    # The segment with the most words describes the page best; the last one is
    # often a language or a file name ("…/webogp00-content/en/").
    described = [s for s in segments if _has_words(s)]
    if described:
        words = _words(max(described, key=lambda s: s.count("-") + s.count("_")))
        return words, words
    return "", ""


def _member_name(slug):
    # A member's slug is its name and country ("nuevo-leon-state-mexico"). One
    # quoted twice (Bogotá's, in the notes) is left out rather than guessed at.
    if "%" in slug:
        return ""
    return " ".join(word.capitalize() for word in slug.replace("-", " ").split())


def _has_words(segment):
    # "202210290191.html" or "10708447" name a page, they do not describe it.
    stem = segment.rsplit(".", 1)[0]
    return any(character.isalpha() for character in stem) and "-" in stem


def _words(slug):
    stem = slug.rsplit(".", 1)[0] if slug.endswith((".html", ".ghtml")) else slug
    words = stem.replace("_", " ").replace("-", " ").split()
    text = " ".join(words)
    return text[:1].upper() + text[1:]

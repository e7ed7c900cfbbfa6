"""A source's web address as a reader can judge it: a title and a publisher.

Records keep their sources as bare addresses (one per line), which is what the API
and the spreadsheets carry. Pages cite each one by title and publisher instead:

- the publisher comes from the address's host (``PUBLISHERS``); an unknown host is
  shown as itself;
- the title is the one the reference notes give for the page (``TITLES``), or else
  is read from the address: OGP's sections (story, news, document, member page…)
  and the page's slug in words. An address with no slug (``/?p=64769``) is shown
  as the address, because nothing else can be said of it without opening it.

Each citation also says which language its words are in, so a page in another
language can mark them (``lang`` and a hint): the titles of the notes are English;
a slug is in the language its address names (``/en/``) or its site writes in
(``HOST_LANGUAGES``); a publisher's name in ``PUBLISHER_LANGUAGES``. Section
labels ("Story", "page") are in the reader's language; brand names and bare
addresses belong to no language and are not marked.
"""

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

_OGP = _("Open Government Partnership")

PUBLISHERS = {
    "opengovpartnership.org": _OGP,
    "austintexas.gov": "City of Austin",
    "docslib.org": "Docslib",
    "dokumen.tips": "Dokumen.tips",
    "elcaribe.com.do": "El Caribe",
    "fdocuments.ec": "FDocuments",
    "fdocuments.es": "FDocuments",
    "fr.allafrica.com": "AllAfrica",
    "fundeps.org": "Fundeps",
    "g1.globo.com": "g1 (Globo)",
    "gobiernoabierto.penalolen.cl": "Municipalidad de Peñalolén",
    "icma.org": "ICMA",
    "mediarightsagenda.org": "Media Rights Agenda",
    "ogp.euskadi.eus": "OGP Euskadi (Basque Government)",
    "ogpgeorgia.gov.ge": "OGP Georgia",
    "old.ciudaddemendoza.gob.ar": "Municipalidad de la Ciudad de Mendoza",
    "ontario.ca": "Government of Ontario",
    "open.gov.it": "Open Government Italia",
    "pdfslide.net": "PDFSlide",
    "sanvicentechicoloapan.com.mx": "San Vicente Chicoloapan",
    "theyucatantimes.com": "The Yucatán Times",
    "urbanosenlared.com.ar": "Urbanos en la Red",
    "zonales.quito.gob.ec": "Municipio del Distrito Metropolitano de Quito",
}

# The language of the names above that are words of a language rather than brands.
PUBLISHER_LANGUAGES = {
    "austintexas.gov": "en",
    "gobiernoabierto.penalolen.cl": "es",
    "ogp.euskadi.eus": "en",
    "old.ciudaddemendoza.gob.ar": "es",
    "ontario.ca": "en",
    "zonales.quito.gob.ec": "es",
}

# The language a site's addresses are written in, where the address itself does not
# say (``/en/``). OGP's slugs are English on its Spanish and French pages too.
# Document-sharing sites keep each upload's own title: their slugs have no language.
HOST_LANGUAGES = {
    "opengovpartnership.org": "en",
    "austintexas.gov": "en",
    "elcaribe.com.do": "es",
    "fr.allafrica.com": "fr",
    "g1.globo.com": "pt",
    "gobiernoabierto.penalolen.cl": "es",
    "icma.org": "en",
    "mediarightsagenda.org": "en",
    "ontario.ca": "en",
    "open.gov.it": "it",
    "sanvicentechicoloapan.com.mx": "es",
    "theyucatantimes.com": "en",
}

# Path segments that name the language of the page (``fundeps.org/en/…``).
LANGUAGE_SEGMENTS = {"en", "es", "fr", "it", "pt", "pt-br"}

# Titles the reference notes (../shared/reference/) give for pages whose address
# says nothing of them, keyed by host and path with query.
TITLES = {
    "opengovpartnership.org/stories/from-regional-to-local-local-governments-in-the-americas": (
        "From Regional to Local: Local Governments in the Americas"
    ),
    "opengovpartnership.org/?p=55727": "Action plan – Mendoza, Argentina, 2021 – 2023",
    "opengovpartnership.org/?p=56286": "Action plan – Osasco, Brazil, 2021 – 2024",
    "opengovpartnership.org/?p=69860": (
        "Join OGP Local: Call for Expressions of Interest 2022 [Concluded]"
    ),
    "opengovpartnership.org/?p=71832": "Action plan – Jalisco, Mexico, 2023 – 2024",
    "opengovpartnership.org/?p=75249": "Local Roundup, April 2022",
    "opengovpartnership.org/?p=84596": (
        "End of Commitment Report – Develop and implement the Contagem Integrity "
        "Plan (PIC)"
    ),
    "opengovpartnership.org/?p=86490": (
        "Inception Report – Action plan – Quintana Roo, Mexico, 2023 – 2025"
    ),
    "opengovpartnership.org/?p=95683": "Action plan – Buenos Aires, Argentina, 2025 – 2027",
}

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
    publisher = PUBLISHERS.get(host, host)
    publisher_language = PUBLISHER_LANGUAGES.get(host, "")
    if key in TITLES:
        title = TITLES[key]
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
    ).lower() or HOST_LANGUAGES.get(host, "")
    if host == "opengovpartnership.org":
        language = HOST_LANGUAGES[host]
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

"""Which language an API response speaks, and how translated fields read in it.

Without ``?lang`` or a usable ``Accept-Language``, a translated field reads as an
object with every configured language (``{"en": "…", "es": "…"}``). With one, it
collapses to a string in that language, falling back to English; each object then
lists the fields that fell back in ``fallback_fields``.
"""

from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError

from common.http.parameters import LANGUAGE_PARAMETER
from common.i18n.languages import language_codes, source_language

EVERY_LANGUAGE = "all"
FALLBACK_FIELDS = "fallback_fields"


def language_choices():
    return [EVERY_LANGUAGE, *language_codes()]


def _supported(code):
    try:
        return get_supported_language_variant(code.strip().lower())
    except LookupError:
        return None


def accepted_languages(header):
    """The language ranges of an ``Accept-Language`` header, most wanted first
    (RFC 9110, 12.5.4): ``"fr;q=0.5, es"`` gives ``["es", "fr"]``. Ranges with a
    quality of 0 or one that cannot be read are left out; so is anything malformed,
    which never stops the request."""
    weighted = []
    for position, item in enumerate(header.split(",")):
        code, _separator, parameters = item.partition(";")
        code = code.strip()
        quality = 1.0
        name, _equals, value = parameters.strip().partition("=")
        if name.strip().lower() == "q":
            try:
                quality = float(value)
            except ValueError:
                continue
        if code and 0 < quality <= 1:
            weighted.append((-quality, position, code))
    return [code for _quality, _position, code in sorted(weighted)]


def requested_language(request):
    """The language code the response is collapsed to, or None for every language.

    ``?lang=`` wins (``all`` asks for every language; ``es-MX`` means ``es``); an
    unknown value is a 400 naming the parameter. Otherwise the first supported
    language of ``Accept-Language``; a header naming none of ours gives every language.
    """
    if LANGUAGE_PARAMETER in request.query_params:
        value = request.query_params[LANGUAGE_PARAMETER]
        if value.strip().lower() == EVERY_LANGUAGE:
            return None
        language = _supported(value) if value.strip() else None
        if language is None:
            raise ValidationError(
                {
                    LANGUAGE_PARAMETER: [
                        _(
                            "“%(value)s” is not an available language. Choose one "
                            "of: %(choices)s."
                        )
                        % {"value": value, "choices": ", ".join(language_choices())}
                    ]
                }
            )
        return language
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for code in accepted_languages(header):
        if code != "*" and (language := _supported(code)):
            return language
    return None


class Texts:
    """Reads translated fields for one response: every language, or one with fallback.

    ``value()`` is called once per field and row, so it does no more than reading
    the per-language attributes (``name_en``, ``name_es``) modeltranslation adds.
    """

    def __init__(self, language=None):
        self.language = language
        self.source = source_language()
        self.codes = tuple(language_codes())
        self._attributes = {}

    @property
    def collapsed(self):
        return self.language is not None

    @property
    def content_language(self):
        """The Content-Language header: one code, or every code of the object form."""
        return self.language or ", ".join(self.codes)

    def value(self, instance, field, fallbacks):
        """``field`` of ``instance`` as this response shows it.

        When collapsed and the translation is empty, the English value is used and
        ``field`` is appended to ``fallbacks``. A field empty in English too has
        nothing to fall back to and is not marked.
        """
        if self.language is None:
            attributes = self._attributes.get(field)
            if attributes is None:
                attributes = self._attributes[field] = tuple(
                    (code, f"{field}_{code}") for code in self.codes
                )
            return {code: getattr(instance, name) or "" for code, name in attributes}
        value = getattr(instance, f"{field}_{self.language}")
        if value:
            return value
        value = getattr(instance, f"{field}_{self.source}") or ""
        if value and self.language != self.source:
            fallbacks.append(field)
        return value

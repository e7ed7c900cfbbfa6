"""How translated fields read in an API response.

The response's language is decided once per request (common.http.request_language)
and reaches the serializers in their context as ``texts``. Without one, a
translated field reads as an object with every configured language
(``{"en": "…", "es": "…"}``). With one, it collapses to a string in that language,
falling back to English; each object then lists the fields that fell back in
``fallback_fields``.
"""

from common.i18n.languages import language_codes, source_language

FALLBACK_FIELDS = "fallback_fields"


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

    def value(self, instance, field):
        """``field`` of ``instance`` as this response shows it: every language, or
        the requested one, English where it has no text."""
        if self.language is None:
            attributes = self._attributes.get(field)
            if attributes is None:
                attributes = self._attributes[field] = tuple(
                    (code, f"{field}_{code}") for code in self.codes
                )
            return {code: getattr(instance, name) or "" for code, name in attributes}
        return getattr(instance, f"{field}_{self.language}") or (
            getattr(instance, f"{field}_{self.source}") or ""
        )

    def fell_back(self, instance, field):
        """Whether ``value()`` shows English for a field empty in the requested
        language. A field empty in English too has nothing to fall back to and is
        not marked."""
        return bool(
            self.language is not None
            and self.language != self.source
            and not getattr(instance, f"{field}_{self.language}")
            and getattr(instance, f"{field}_{self.source}")
        )

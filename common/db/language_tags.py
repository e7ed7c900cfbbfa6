"""The language a piece of untranslated text is written in (names, titles)."""

from django.core.exceptions import ValidationError
from django.db import models

from common.i18n.languages import canonical_language_tag
from common.validators import validate_language_tag


def language_tag_as_stored(value):
    """``value`` as a ``LanguageTagField`` stores it: a valid tag in its canonical
    case; anything else as typed, so that the error quotes what the person wrote."""
    try:
        validate_language_tag(value)
    except ValidationError:
        return value
    return canonical_language_tag(value) if value else value


class LanguageTagField(models.CharField):
    """A BCP 47 language tag (``es``, ``es-MX``), validated and stored in its
    canonical case wherever it enters through model validation (the admin, the
    spreadsheet import), so that ``ES`` typed by hand compares equal to a page's
    ``es``. Empty is allowed; the field using it says what empty means."""

    default_validators = [validate_language_tag]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 16)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        return language_tag_as_stored(super().to_python(value))

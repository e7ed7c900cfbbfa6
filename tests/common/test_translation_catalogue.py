"""Every UI string has a Spanish translation that keeps its placeholders."""

import re

import polib
import pytest
from django.conf import settings

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def catalogue(code):
    return polib.pofile(
        str(settings.BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.po")
    )


@pytest.mark.parametrize(
    "code", [code for code, _ in settings.LANGUAGES if code != "en"]
)
def test_catalogue_has_no_untranslated_or_fuzzy_entry(code):
    po = catalogue(code)
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert len(po.translated_entries()) > 100


def _translations(entry):
    """The msgstr, or every plural form of a plural entry."""
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


@pytest.mark.parametrize(
    "code", [code for code, _ in settings.LANGUAGES if code != "en"]
)
def test_translations_keep_their_placeholders(code):
    wrong = [
        entry.msgid
        for entry in catalogue(code).translated_entries()
        for translation in _translations(entry)
        if sorted(PLACEHOLDER.findall(entry.msgid))
        != sorted(PLACEHOLDER.findall(translation))
    ]
    assert wrong == []

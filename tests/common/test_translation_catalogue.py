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


@pytest.mark.parametrize(
    "code", [code for code, _ in settings.LANGUAGES if code != "en"]
)
def test_translations_keep_their_placeholders(code):
    wrong = [
        entry.msgid
        for entry in catalogue(code).translated_entries()
        for source, translation in translation_pairs(entry)
        if sorted(PLACEHOLDER.findall(source))
        != sorted(PLACEHOLDER.findall(translation))
    ]
    assert wrong == []


def translation_pairs(entry):
    """(source, translation) pairs: one for a plain entry, one per form for a plural
    entry (the first form translates msgid, the others msgid_plural)."""
    if not entry.msgid_plural:
        return [(entry.msgid, entry.msgstr)]
    return [
        (entry.msgid if index == 0 else entry.msgid_plural, text)
        for index, text in sorted(entry.msgstr_plural.items())
    ]

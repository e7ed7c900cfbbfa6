"""Every UI string has a Spanish translation that keeps its placeholders."""

import re
import subprocess

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
    # The header is an entry too: a fuzzy one means nobody filled it in.
    assert not po.metadata_is_fuzzy


@pytest.mark.parametrize(
    "code", [code for code, _ in settings.LANGUAGES if code != "en"]
)
def test_msgfmt_checks_the_catalogue_without_a_warning(code):
    """GNU msgfmt --check: formats, header and domain, as compilemessages uses it."""
    path = settings.BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")


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


# The tú forms a UI string would use: its pronouns and the imperatives and verbs of
# forms, errors and help texts. The site addresses the reader as usted throughout
# (DESIGN.md, Languages); "Elige", "Indica" or "puedes" beside "indique" reads as
# two writers.
INFORMAL_SPANISH = re.compile(
    r"\b(?:tú|tu|tus|contigo|puedes|quieres|tienes|debes|estás|"
    r"[Ee]lige|[Ii]ndica(?= (?:un|una|el|la|los|las|como|también|a qué))|"
    r"[Ee]scribe(?= \d)|[Ii]ntroduce|[Qq]uita|[Pp]ulsa|[Ss]elecciona|[Aa]ñade|"
    r"[Rr]evisa|[Cc]omprueba|[Cc]orrige|[Bb]usca por|[Ff]iltra por|[Úú]nete|"
    r"[Ii]nténtalo|[Vv]uelve a (?:intentarlo|subir|cargar|probar)|"
    r"[Ee]scríbenos|[Cc]uéntanos|[Cc]ontáctanos)\b"
)


def test_spanish_addresses_the_reader_as_usted():
    informal = [
        translation
        for entry in catalogue("es").translated_entries()
        for _source, translation in translation_pairs(entry)
        if INFORMAL_SPANISH.search(translation)
    ]
    assert informal == []


def test_the_informal_pattern_catches_tu_and_spares_usted():
    assert INFORMAL_SPANISH.search("Elige uno de estos: csv, json.")
    assert INFORMAL_SPANISH.search("Indica un número entero a partir de 1.")
    assert INFORMAL_SPANISH.search("busca por nombre y filtra por región")
    assert INFORMAL_SPANISH.search("Si puedes, vuelve a intentarlo.")
    assert not INFORMAL_SPANISH.search("Elija uno de estos: csv, json.")
    assert not INFORMAL_SPANISH.search("Indique un número entero a partir de 1.")
    assert not INFORMAL_SPANISH.search("Vacío cuando ninguna fuente lo indica.")
    assert not INFORMAL_SPANISH.search("Si sigue viendo esta página, escríbanos.")


def glossary_rejected_words():
    """The words docs/glossary.md's last column rules out, one concept per row."""
    rows = (settings.BASE_DIR / "docs" / "glossary.md").read_text().splitlines()
    rejected = []
    for row in rows:
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] not in {"English", "---"}:
            rejected += [word.strip() for word in cells[2].split(";") if word.strip()]
    return rejected


def test_the_glossary_rules_out_known_wrong_terms():
    assert "co-creación" in glossary_rejected_words()
    assert "institución responsable" in glossary_rejected_words()


def test_spanish_uses_the_glossary_terms():
    rejected = [word.lower() for word in glossary_rejected_words()]
    wrong = [
        (word, translation)
        for entry in catalogue("es").translated_entries()
        for _source, translation in translation_pairs(entry)
        for word in rejected
        if word in translation.lower()
    ]
    assert wrong == []

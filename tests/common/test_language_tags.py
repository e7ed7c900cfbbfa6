"""The language an untranslated text is written in: a BCP 47 tag, checked against
the ISO registries, stored in one spelling and compared by language."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from common.db.language_tags import language_tag_as_stored
from common.i18n.languages import canonical_language_tag, same_language
from common.validators import validate_language_tag
from tests.factories import ActionPlanFactory


@pytest.mark.parametrize(
    "tag", ["", "es", "en", "pt", "es-MX", "es-419", "sr-Latn-RS", "ES-mx", "quz"]
)
def test_a_language_tag_passes(tag):
    validate_language_tag(tag)


@pytest.mark.parametrize(
    "tag",
    [
        "Spanish",  # a name, not a code
        "xx",  # no such language
        "spa",  # Spanish has a two-letter code, which BCP 47 requires
        "und",  # "undetermined" says nothing: leave the field empty instead
        "es_MX",  # underscore, as in locale names
        "es-XX",  # no such region
        "es-Abcd",  # no such script
        "es-MX-",
        " es",
    ],
)
def test_anything_else_is_refused_quoting_what_was_typed(tag):
    with pytest.raises(ValidationError) as error:
        validate_language_tag(tag)
    assert error.value.messages == [
        f"“{tag}” is not a language tag (BCP 47) such as “es” or “es-MX”."
    ]


def test_the_refusal_speaks_the_staff_members_language():
    with translation.override("es"):
        with pytest.raises(ValidationError) as error:
            validate_language_tag("español")
        assert error.value.messages == [
            "«español» no es una etiqueta de idioma (BCP 47) como «es» o «es-MX»."
        ]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ES", "es"),
        ("es-mx", "es-MX"),
        ("SR-LATN-rs", "sr-Latn-RS"),
        ("es-419", "es-419"),
        ("", ""),
        ("Spanish", "Spanish"),  # refused by validation, quoted as typed
    ],
)
def test_a_tag_is_stored_in_its_canonical_case(typed, stored):
    assert language_tag_as_stored(typed) == stored


def test_canonical_case_follows_bcp_47():
    assert canonical_language_tag("PT-br") == "pt-BR"
    assert canonical_language_tag("zh-hant-tw") == "zh-Hant-TW"


def test_languages_compare_without_their_region_or_script():
    assert same_language("es-MX", "es") is True
    assert same_language("pt", "pt-br") is True
    assert same_language("es", "en") is False


@pytest.mark.django_db
def test_model_validation_stores_the_canonical_tag():
    plan = ActionPlanFactory(lead_institutions="Consejería Jurídica")
    plan.lead_institutions_language = "ES-mx"

    plan.full_clean()

    assert plan.lead_institutions_language == "es-MX"

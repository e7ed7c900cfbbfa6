"""Every content fallback is marked where it is shown: text in another language than
the page's carries ``lang`` and a visible hint in the reader's language naming the
language shown; the same text on a page of its own language, or a record translated
into both, shows no hint."""

import pytest
from django.test import override_settings
from django.utils import translation

from common.i18n.languages import fallback_languages, value_in_language
from common.templatetags.languages import fallback_hint, translated
from tests.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    DocumentFactory,
    JurisdictionFactory,
    ReformFactory,
    ThemeFactory,
)
from tests.pages import source_items, text

pytestmark = pytest.mark.django_db

HINT = '<small class="fallback-hint">'


def test_the_hint_names_the_language_shown_in_the_readers_language():
    with translation.override("es"):
        assert fallback_hint("en") == "disponible solo en inglés"
        assert fallback_hint("en", compact=True) == "en inglés"
    with translation.override("en"):
        assert fallback_hint("es") == "available in Spanish only"
        assert fallback_hint("es", compact=True) == "in Spanish"


@override_settings(
    MODELTRANSLATION_FALLBACK_LANGUAGES={"default": ("en",), "fr": ("es", "en")}
)
def test_a_third_language_falls_back_along_its_chain_and_says_so():
    member = JurisdictionFactory(name_en="Rosario", name_es="Rosario (ES)")
    assert fallback_languages("fr") == ["fr", "es", "en"]
    assert value_in_language(member, "name", "fr") == ("Rosario (ES)", "es")
    member.name_es = ""
    assert value_in_language(member, "name", "fr") == ("Rosario", "en")


def test_the_translated_tag_marks_only_the_fallback():
    untranslated = ThemeFactory(name_en="Open data", name_es="")
    both = ThemeFactory(name_en="Justice", name_es="Justicia")
    with translation.override("es"):
        assert translated(untranslated, "name") == (
            '<span lang="en">Open data</span> '
            f"{HINT}(disponible solo en inglés)</small>"
        )
        assert translated(untranslated, "name", compact=True) == (
            f'<span lang="en">Open data</span> {HINT}(en inglés)</small>'
        )
        assert translated(both, "name") == "<span>Justicia</span>"
    with translation.override("en"):
        assert translated(untranslated, "name") == "<span>Open data</span>"


@pytest.fixture
def plan():
    member = JurisdictionFactory(
        slug="rosario", name_en="Rosario", name_es="Rosario", sources=""
    )
    plan = ActionPlanFactory(
        slug="rosario-2021-2023",
        jurisdiction=member,
        title_en="Rosario action plan",
        title_es="Plan de acción de Rosario",
        lead_institutions="Secretariat of Modernization\nSecretariat of Gender",
    )
    CommitmentFactory(
        ogp_id="ARROS0001",
        action_plan=plan,
        title_en="Open budget",
        title_es="Presupuesto abierto",
        lead_institutions="Finance Department",
    )
    DocumentFactory(
        slug="rosario-inception",
        jurisdiction=member,
        action_plan=plan,
        title="Rosario Inception Report",
        url="https://www.opengovpartnership.org/documents/rosario-inception/",
        language="",
    )
    return plan


def test_lead_institutions_on_the_spanish_plan_page_are_marked_english(client, plan):
    body = text(client.get("/es/action-plans/rosario-2021-2023/"))
    assert (
        '<dd><span lang="en">Secretariat of Modernization; Secretariat of Gender'
        f"</span> {HINT}(disponible solo en inglés)</small></dd>"
    ) in body


def test_lead_institutions_on_the_english_plan_page_have_no_hint(client, plan):
    body = text(client.get("/en/action-plans/rosario-2021-2023/"))
    assert (
        "<dd><span>Secretariat of Modernization; Secretariat of Gender</span></dd>"
    ) in body
    assert HINT not in body


def test_lead_institutions_of_a_commitment_are_marked_on_the_spanish_page(client, plan):
    body = text(client.get("/es/commitments/ARROS0001/"))
    assert (
        '<dd><span lang="en">Finance Department</span> '
        f"{HINT}(disponible solo en inglés)</small></dd>"
    ) in body


@pytest.fixture
def quintana_roo():
    """A plan and a commitment whose lead institutions the plan names in Spanish."""
    member = JurisdictionFactory(slug="quintana-roo", sources="")
    plan = ActionPlanFactory(
        slug="quintana-roo-2021-2022",
        jurisdiction=member,
        lead_institutions="SECOES\nSEFIPLAN\nConsejería Jurídica",
        lead_institutions_language="es",
    )
    CommitmentFactory(
        ogp_id="MXROO0001",
        action_plan=plan,
        title_en="Youth protocol",
        title_es="Protocolo de juventudes",
        lead_institutions="Secretaría de Desarrollo Social",
        lead_institutions_language="es",
    )
    return plan


def test_spanish_lead_institutions_on_the_spanish_plan_page_have_no_hint(
    client, quintana_roo
):
    body = text(client.get("/es/action-plans/quintana-roo-2021-2022/"))
    assert "<dd><span>SECOES; SEFIPLAN; Consejería Jurídica</span></dd>" in body
    assert HINT not in body


def test_spanish_lead_institutions_on_the_english_plan_page_are_marked_spanish(
    client, quintana_roo
):
    body = text(client.get("/en/action-plans/quintana-roo-2021-2022/"))
    assert (
        '<dd><span lang="es">SECOES; SEFIPLAN; Consejería Jurídica</span> '
        f"{HINT}(available in Spanish only)</small></dd>"
    ) in body


def test_spanish_lead_institutions_of_a_commitment_are_marked_on_the_english_page(
    client, quintana_roo
):
    english = text(client.get("/en/commitments/MXROO0001/"))
    spanish = text(client.get("/es/commitments/MXROO0001/"))
    assert (
        '<dd><span lang="es">Secretaría de Desarrollo Social</span> '
        f"{HINT}(available in Spanish only)</small></dd>"
    ) in english
    assert "<dd><span>Secretaría de Desarrollo Social</span></dd>" in spanish
    assert HINT not in spanish


def test_names_in_a_regional_variety_need_no_hint_on_a_page_of_their_language(
    client, quintana_roo
):
    quintana_roo.lead_institutions_language = "es-MX"
    quintana_roo.save()

    spanish = text(client.get("/es/action-plans/quintana-roo-2021-2022/"))
    english = text(client.get("/en/action-plans/quintana-roo-2021-2022/"))

    assert "<dd><span>SECOES; SEFIPLAN; Consejería Jurídica</span></dd>" in spanish
    assert (
        '<dd><span lang="es-MX">SECOES; SEFIPLAN; Consejería Jurídica</span> '
        f"{HINT}(available in Mexican Spanish only)</small></dd>"
    ) in english


def test_a_document_title_of_unstated_language_is_english_on_spanish_pages(
    client, plan
):
    spanish = text(client.get("/es/members/rosario/"))
    english = text(client.get("/en/members/rosario/"))
    link = (
        '<a href="https://www.opengovpartnership.org/documents/rosario-inception/" '
        'rel="external" lang="en">Rosario Inception Report</a>'
    )
    assert f"{link} {HINT}(en inglés)</small></li>" in spanish
    assert f"{link}</li>" in english


def test_a_spanish_document_title_is_marked_on_the_english_page_only(client, plan):
    DocumentFactory(
        slug="rosario-final",
        jurisdiction=plan.jurisdiction,
        action_plan=plan,
        title="Informe final de Rosario",
        url="https://www.opengovpartnership.org/es/documents/rosario-final/",
        language="es",
    )
    link = (
        '<a href="https://www.opengovpartnership.org/es/documents/rosario-final/" '
        'rel="external" hreflang="es" lang="es">Informe final de Rosario</a>'
    )
    # A document with a stated language says it on every page.
    assert f"{link} {HINT}(in Spanish)</small></li>" in text(
        client.get("/en/members/rosario/")
    )
    assert f"{link} {HINT}(en español)</small></li>" in text(
        client.get("/es/members/rosario/")
    )


def test_english_source_titles_and_publishers_are_marked_on_spanish_pages(client):
    JurisdictionFactory(
        slug="austin",
        sources="https://austintexas.gov/blog/austins-2019-21-action-plan-ap2\n"
        "https://www.opengovpartnership.org/stories/local-roundup/",
    )
    assert source_items(client.get("/es/members/austin/")) == [
        '<li><cite><a href="https://austintexas.gov/blog/austins-2019-21-action-plan'
        '-ap2" rel="external"><span lang="en">Austins 2019 21 action plan ap2</span>'
        '</a></cite>, <span lang="en">City of Austin</span> '
        f"{HINT}(en inglés)</small></li>",
        # OGP's section label is Spanish and its name is OGP's Spanish name; only
        # the words of the address are English.
        '<li><cite><a href="https://www.opengovpartnership.org/stories/local-roundup/"'
        ' rel="external">Artículo: <span lang="en">Local roundup</span></a></cite>, '
        f"Alianza para el Gobierno Abierto {HINT}(en inglés)</small></li>",
    ]
    assert source_items(client.get("/en/members/austin/")) == [
        '<li><cite><a href="https://austintexas.gov/blog/austins-2019-21-action-plan'
        '-ap2" rel="external">Austins 2019 21 action plan ap2</a></cite>, '
        "City of Austin</li>",
        '<li><cite><a href="https://www.opengovpartnership.org/stories/local-roundup/"'
        ' rel="external">Story: Local roundup</a></cite>, '
        "Open Government Partnership</li>",
    ]


def test_a_source_of_unknown_language_is_not_marked(client):
    JurisdictionFactory(
        slug="quito", sources="https://docslib.org/doc/123/informe-de-quito-2019"
    )
    assert source_items(client.get("/es/members/quito/")) == [
        '<li><cite><a href="https://docslib.org/doc/123/informe-de-quito-2019" '
        'rel="external">Informe de quito 2019</a></cite>, Docslib</li>'
    ]


def test_theme_names_in_a_list_get_the_compact_hint(client):
    untranslated = ThemeFactory(slug="open-data", name_en="Open data", name_es="")
    both = ThemeFactory(slug="justice", name_en="Justice", name_es="Justicia")
    ReformFactory(
        slug="budget-portal",
        title_en="Budget portal",
        title_es="Portal de presupuesto",
        themes=[untranslated, both],
    )
    spanish = text(client.get("/es/reforms/budget-portal/"))
    assert (
        '<a href="/es/themes/justice/"><span>Justicia</span></a>, '
        '<a href="/es/themes/open-data/"><span lang="en">Open data</span> '
        f"{HINT}(en inglés)</small></a>"
    ) in spanish
    english = text(client.get("/en/reforms/budget-portal/"))
    assert '<a href="/en/themes/open-data/"><span>Open data</span></a>' in english
    assert HINT not in english


def test_map_labels_carry_the_language_and_hint_in_the_tooltip(client):
    JurisdictionFactory(slug="austin", name_en="Austin", name_es="")
    JurisdictionFactory(slug="rosario", name_en="Rosario", name_es="Rosario (es)")
    spanish = text(client.get("/es/"))
    assert '<title lang="en">Austin (en inglés)</title>' in spanish
    assert "<title>Rosario (es)</title>" in spanish
    english = text(client.get("/en/"))
    assert "<title>Austin</title>" in english


def test_filter_options_carry_the_language_of_a_fallen_back_name(client):
    untranslated = ThemeFactory(slug="open-data", name_en="Open data", name_es="")
    both = ThemeFactory(slug="justice", name_en="Justice", name_es="Justicia")
    member = JurisdictionFactory(slug="rosario")
    ReformFactory(jurisdictions=[member], themes=[untranslated, both])
    spanish = text(client.get("/es/members/?theme=open-data"))
    assert '<option value="justice">Justicia</option>' in spanish
    assert '<option value="open-data" lang="en" selected>Open data</option>' in spanish
    english = text(client.get("/en/members/?theme=open-data"))
    assert '<option value="open-data" selected>Open data</option>' in english

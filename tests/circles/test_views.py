"""The public Local Circles pages: overview, circle page, confirmation, privacy."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from tests.circles.helpers import REQUEST_TRANSACTION_QUERIES, page_text
from tests.common.test_no_external_hosts import remote_resources
from tests.factories import JurisdictionFactory, ReformFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def _data(response, attribute):
    return re.findall(rf'data-{attribute}="([^"]+)"', response.content.decode())


def test_list_shows_published_local_circles_in_the_visitors_alphabet(
    client, climate, inclusion
):
    ThemeFactory(slug="draft-circle", is_local_circle=True, is_published=False)
    ThemeFactory(slug="open-data", is_local_circle=False)
    ThemeFactory(slug="zeta", name_en="Zeta", name_es="Agua", is_local_circle=True)
    english = client.get("/en/circles/")
    spanish = client.get("/es/circles/")
    assert english.status_code == spanish.status_code == 200
    assert _data(english, "circle") == ["climate-action", "inclusion", "zeta"]
    assert _data(spanish, "circle") == ["climate-action", "zeta", "inclusion"]
    assert "<h1>Círculos Locales</h1>" in spanish.content.decode()


def test_list_counts_published_reforms_and_their_published_members(client, climate):
    rosario, penalolen = JurisdictionFactory.create_batch(2)
    hidden_member = JurisdictionFactory(is_published=False)
    ReformFactory(jurisdictions=[rosario, penalolen], themes=[climate])
    ReformFactory(jurisdictions=[rosario, hidden_member], themes=[climate])
    ReformFactory(jurisdictions=[penalolen], themes=[climate], is_published=False)
    text = page_text(client.get("/en/circles/"))
    assert "2 members with reforms on this theme · 2 reforms" in text


@pytest.mark.parametrize("count", [1, 5])
def test_list_query_count_is_constant(client, django_assert_num_queries, count):
    for theme in ThemeFactory.create_batch(count, is_local_circle=True):
        ReformFactory(jurisdictions=[JurisdictionFactory()], themes=[theme])
    # The circles with their counts.
    with django_assert_num_queries(1 + REQUEST_TRANSACTION_QUERIES):
        response = client.get("/es/circles/")
    assert len(_data(response, "circle")) == count


def test_circle_page_shows_definition_members_and_reforms(client, climate):
    rosario = JurisdictionFactory(slug="rosario", name_en="Rosario")
    austin = JurisdictionFactory(slug="austin", name_en="Austin")
    JurisdictionFactory(slug="elsewhere")
    hidden = JurisdictionFactory(slug="hidden", is_published=False)
    ReformFactory(
        slug="b-reform",
        title_en="Budget",
        jurisdictions=[rosario, hidden],
        themes=[climate],
    )
    ReformFactory(
        slug="a-reform", title_en="Audit", jurisdictions=[austin], themes=[climate]
    )
    ReformFactory(
        slug="draft", jurisdictions=[rosario], themes=[climate], is_published=False
    )
    ReformFactory(slug="other-theme", jurisdictions=[rosario], themes=[ThemeFactory()])
    response = client.get("/en/circles/climate-action/")
    assert response.status_code == 200
    assert _data(response, "member") == ["austin", "rosario"]
    assert _data(response, "reform") == ["a-reform", "b-reform"]
    html = response.content.decode()
    assert "<p>Openness helps communities act on climate.</p>" in html
    assert '<form method="post" action="/en/circles/climate-action/#join"' in html


def test_circle_page_in_spanish_marks_an_english_only_definition(client):
    ThemeFactory(
        slug="innovation",
        name_en="Innovation",
        name_es="Innovación",
        description_en="New tools that open up government.",
        description_es="",
        is_local_circle=True,
    )
    html = client.get("/es/circles/innovation/").content.decode()
    assert "<h1><span>Innovación</span></h1>" in html
    assert (
        '<p lang="en">New tools that open up government.</p> '
        '<small class="fallback-hint">(disponible solo en inglés)</small>'
    ) in html


def test_circle_form_starts_with_this_circle_and_the_visitors_language(
    client, climate, inclusion
):
    html = client.get("/es/circles/inclusion/").content.decode()
    checked = re.findall(
        r'<input type="checkbox" name="circles" value="(\d+)"[^>]*checked', html
    )
    assert checked == [str(inclusion.pk)]
    assert re.findall(r'name="language" value="(\w+)"[^>]*checked', html) == ["es"]


@pytest.mark.parametrize(
    "slug", ["open-data", "draft-circle", "no-such-circle"], ids=str
)
def test_circle_page_is_404_for_anything_but_a_published_circle(client, slug):
    ThemeFactory(slug="open-data", is_local_circle=False)
    ThemeFactory(slug="draft-circle", is_local_circle=True, is_published=False)
    assert client.get(f"/en/circles/{slug}/").status_code == 404


@pytest.mark.parametrize("count", [1, 5])
def test_circle_page_query_count_is_constant(
    client, climate, django_assert_num_queries, count
):
    for _ in range(count):
        ReformFactory(
            jurisdictions=JurisdictionFactory.create_batch(2), themes=[climate]
        )
        ThemeFactory(is_local_circle=True)
    # circle, members, reforms + their members, the form's members and circles
    with django_assert_num_queries(6 + REQUEST_TRANSACTION_QUERIES):
        response = client.get("/es/circles/climate-action/")
    assert len(_data(response, "reform")) == count


def test_circle_page_refuses_other_methods(client, climate):
    assert client.put("/en/circles/climate-action/").status_code == 405


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            "Please check your email Thank you. We sent a link to the email address "
            "you gave. Your request takes effect only once you confirm it from that "
            "link, within 3 days.",
        ),
        (
            "es",
            "Revise su correo electrónico Gracias. Enviamos un enlace a la dirección "
            "de correo electrónico que indicó. Su solicitud solo será válida cuando "
            "la confirme desde ese enlace, dentro de 3 días.",
        ),
    ],
)
def test_thank_you_page_asks_to_confirm_from_the_mailed_link(
    client, language, expected
):
    """The page names no circle and no address: it says the same to everyone,
    so typing its address in shows nothing about anyone's request."""
    response = client.get(f"/{language}/circles/join/thanks/")
    assert response.status_code == 200
    assert expected in page_text(response)
    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                "What we keep",
                "Why",
                "For how long",
                "We keep your request for 30 days after you last sent the form, "
                "then delete it automatically.",
                "Who sees it",
                "Seeing, correcting or deleting your details",
                "circles-team@example.org",
            ],
        ),
        (
            "es",
            [
                "Qué guardamos",
                "Por qué",
                "Durante cuánto tiempo",
                "Guardamos su solicitud durante 30 días después de la última vez que "
                "envió el formulario, y luego la eliminamos automáticamente.",
                "Quién lo ve",
                "Consultar, corregir o eliminar sus datos",
                "circles-team@example.org",
            ],
        ),
    ],
)
def test_privacy_notice_in_both_languages(client, settings, language, expected):
    settings.CIRCLES_RETENTION_DAYS = 30
    settings.CIRCLES_STAFF_EMAIL = "circles-team@example.org"
    response = client.get(f"/{language}/privacy/")
    assert response.status_code == 200
    text = page_text(response)
    assert [phrase for phrase in expected if phrase not in text] == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            "A request you do not confirm from the link we email you takes no "
            "effect, and we delete it 2 days after you sent it.",
        ),
        (
            "es",
            "Una solicitud que usted no confirme desde el enlace que le enviamos por "
            "correo electrónico no tiene efecto, y la eliminamos 2 días después de "
            "que la envió.",
        ),
    ],
)
def test_privacy_notice_says_unconfirmed_requests_are_deleted(
    client, settings, language, expected
):
    settings.CIRCLES_CONFIRM_MAX_AGE = 2 * 24 * 3600
    assert expected in page_text(client.get(f"/{language}/privacy/"))


@pytest.mark.parametrize(
    ("address", "marked"),
    [
        ("ogp-local-circles@example.org", True),
        ("circles@directory.example.com", True),
        ("circles@localhost", True),
        ("circles@ogp.test", True),
        ("local@opengovpartnership.org", False),
        ("circles@notexample.org", False),
    ],
)
def test_privacy_notice_marks_an_example_contact_as_one(
    client, settings, address, marked
):
    settings.CIRCLES_STAFF_EMAIL = address
    for language, note in (
        ("en", "(an example address: this copy of the site has no real contact set)"),
        (
            "es",
            "(dirección de ejemplo: esta copia del sitio no tiene un contacto real)",
        ),
    ):
        text = page_text(client.get(f"/{language}/privacy/"))
        assert address in text
        assert (note in text) is marked


def test_privacy_notice_url_and_link_from_the_form(client, climate):
    with translation.override("es"):
        assert reverse("circles:privacy") == "/es/privacy/"
    html = client.get("/es/circles/climate-action/").content.decode()
    assert '<a href="/es/privacy/">Lea el aviso de privacidad' in html


def test_circles_pages_load_nothing_from_elsewhere(client, climate, settings):
    settings.CIRCLES_JOIN_RATE = "1/hour"
    client.post("/es/circles/climate-action/", {})
    limited = client.post("/es/circles/climate-action/", {})
    assert limited.status_code == 429
    responses = [limited] + [
        client.get(path)
        for path in (
            "/en/circles/",
            "/es/circles/climate-action/",
            "/es/privacy/",
        )
    ]
    assert [r.status_code for r in responses] == [429, 200, 200, 200]
    assert [remote_resources(r.content.decode()) for r in responses] == [[]] * 4

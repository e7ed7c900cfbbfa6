"""The reforms list: links shown without extra queries, found by their members."""

import pytest

from tests.factories import JurisdictionFactory, ReformFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def test_reforms_are_found_by_their_members_names(admin_client):
    penalolen = JurisdictionFactory(
        slug="penalolen", name_en="Peñalolén", name_es="Peñalolén"
    )
    ReformFactory(slug="co-creation", jurisdictions=[penalolen])
    ReformFactory(slug="other", jurisdictions=[JurisdictionFactory()])

    response = admin_client.get("/admin/reforms/reform/", {"q": "penalolen"})

    assert [r.slug for r in response.context["cl"].result_list] == ["co-creation"]


def test_reform_list_shows_members_and_themes(admin_client):
    open_data = ThemeFactory(slug="open-data", name_en="Open data")
    member = JurisdictionFactory(name_en="Rosario")
    ReformFactory(jurisdictions=[member], themes=[open_data])

    response = admin_client.get("/admin/reforms/reform/")

    html = response.content.decode()
    assert '<td class="field-member_names">Rosario</td>' in html
    assert '<td class="field-theme_names">Open data</td>' in html


@pytest.mark.parametrize(
    "params,slugs",
    [
        ({"themes__id__exact": "theme"}, ["with-theme"]),
        ({"jurisdictions__country": "CL"}, ["in-chile"]),
        ({"status__exact": "completed"}, ["in-chile"]),
    ],
)
def test_reform_filters(admin_client, params, slugs):
    theme = ThemeFactory()
    ReformFactory(
        slug="with-theme", themes=[theme], jurisdictions=[JurisdictionFactory()]
    )
    ReformFactory(
        slug="in-chile",
        status="completed",
        jurisdictions=[JurisdictionFactory(country="CL")],
    )
    if "themes__id__exact" in params:
        params = {"themes__id__exact": str(theme.pk)}

    response = admin_client.get("/admin/reforms/reform/", params)

    assert [r.slug for r in response.context["cl"].result_list] == slugs

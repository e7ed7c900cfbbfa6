"""Edit history: both languages' old and new values, restore through the admin."""

import pytest

from members.models import Jurisdiction
from reforms.models import Reform
from tests.adminforms import change_form_data
from tests.factories import JurisdictionFactory, ReformFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def _edit(client, record, path, **changes):
    url = f"{path}{record.pk}/change/"
    data = change_form_data(client.get(url))
    response = client.post(url, {**data, **changes})
    assert response.status_code == 302, response.context and response.context["errors"]
    return response


def test_historical_tables_have_a_column_per_language():
    columns = {field.name for field in Jurisdiction.history.model._meta.fields}

    assert {"name_en", "name_es", "summary_en", "summary_es"} <= columns
    assert "search_text" not in columns


def test_an_edit_records_both_languages_old_and_new_values(staff_client):
    member = JurisdictionFactory(name_en="Rosario", name_es="Rosario")
    client = staff_client("Editors")

    _edit(
        client,
        member,
        "/admin/members/jurisdiction/",
        name_en="City of Rosario",
        name_es="Ciudad de Rosario",
    )

    new, old = member.history.all()[:2]
    delta = new.diff_against(old, excluded_fields=["name", "updated_at"])
    assert sorted((c.field, c.old, c.new) for c in delta.changes) == [
        ("name_en", "Rosario", "City of Rosario"),
        ("name_es", "Rosario", "Ciudad de Rosario"),
    ]
    assert new.history_user == client.user


def test_history_page_lists_the_changes_per_language(staff_client):
    member = JurisdictionFactory(name_en="Rosario", name_es="Rosario")
    client = staff_client("Editors")
    _edit(client, member, "/admin/members/jurisdiction/", name_es="Ciudad de Rosario")

    response = client.get(f"/admin/members/jurisdiction/{member.pk}/history/")

    assert response.status_code == 200
    latest = response.context["page_obj"].object_list[0]
    assert [
        (str(change["field"]), change["old"], change["new"])
        for change in latest.history_delta_changes
    ] == [("Name [es]", "Rosario", "Ciudad de Rosario")]


def test_editor_restores_an_earlier_version_through_the_revert_view(staff_client):
    member = JurisdictionFactory(name_en="Rosario", name_es="Rosario")
    client = staff_client("Editors")
    _edit(
        client,
        member,
        "/admin/members/jurisdiction/",
        name_en="Wrong",
        name_es="Equivocado",
    )
    original = member.history.earliest()
    url = f"/admin/members/jurisdiction/{member.pk}/history/{original.history_id}/"

    form = client.get(url)
    response = client.post(url, change_form_data(form))

    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.name_en, member.name_es) == ("Rosario", "Rosario")
    assert member.history.count() == 3


def test_restoring_a_reform_brings_back_its_links(staff_client):
    first, second = (
        JurisdictionFactory(slug="first"),
        JurisdictionFactory(slug="second"),
    )
    theme = ThemeFactory(slug="theme")
    reform = ReformFactory(jurisdictions=[first], themes=[theme])
    original = reform.history.latest()
    client = staff_client("Editors")
    _edit(client, reform, "/admin/reforms/reform/", jurisdictions=[str(second.pk)])
    assert [m.slug for m in reform.jurisdictions.all()] == ["second"]
    url = f"/admin/reforms/reform/{reform.pk}/history/{original.history_id}/"

    response = client.post(url, change_form_data(client.get(url)))

    assert response.status_code == 302
    reform = Reform.objects.get(pk=reform.pk)
    assert [m.slug for m in reform.jurisdictions.all()] == ["first"]
    assert [t.slug for t in reform.themes.all()] == ["theme"]


@pytest.mark.parametrize("role", ["Translators", "Viewers"])
def test_only_editors_may_restore(staff_client, role):
    member = JurisdictionFactory(name_en="Rosario")
    record = member.history.get()
    member.name_en = "Changed"
    member.save()
    client = staff_client(role)
    url = f"/admin/members/jurisdiction/{member.pk}/history/{record.history_id}/"

    page = client.get(url)
    response = client.post(url, {"name_en": "Rosario", "slug": member.slug})

    assert page.status_code == 200
    assert page.context["revert_disabled"] is True
    assert response.status_code == 403
    member.refresh_from_db()
    assert member.name_en == "Changed"


def test_an_old_version_shows_the_links_it_had(staff_client):
    first, second = (
        JurisdictionFactory(slug="first", name_en="First"),
        JurisdictionFactory(slug="second", name_en="Second"),
    )
    reform = ReformFactory(jurisdictions=[first], themes=[ThemeFactory()])
    original = reform.history.latest()
    editor = staff_client("Editors")
    _edit(
        editor,
        reform,
        "/admin/reforms/reform/",
        jurisdictions=[str(second.pk)],
    )
    url = f"/admin/reforms/reform/{reform.pk}/history/{original.history_id}/"

    restore_form = editor.get(url)
    read_only = staff_client("Viewers").get(url)

    assert restore_form.context["adminform"].form["jurisdictions"].value() == [first.pk]
    assert '<div class="readonly">First</div>' in read_only.content.decode()
    assert "Second" not in read_only.content.decode()

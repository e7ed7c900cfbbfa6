"""Staff roles: declared in ogplocal/roles.py, synced to groups, enforced by the admin."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from common.services import roles_sync
from members.models import Jurisdiction
from ogplocal.roles import ROLES
from tests.adminforms import change_form_data
from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

CONTENT = [
    ("members", "jurisdiction"),
    ("themes", "theme"),
    ("reforms", "reform"),
    ("events", "meeting"),
    ("events", "session"),
]


def _codenames(group_name):
    return sorted(
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name=group_name).permissions.select_related(
            "content_type"
        )
    )


# -- the declaration and its sync ---------------------------------------------


def test_migrate_creates_the_three_groups_with_their_permissions():
    assert sorted(Group.objects.values_list("name", flat=True)) == [
        "Editors",
        "Translators",
        "Viewers",
    ]
    assert _codenames("Viewers") == [
        "events.view_meeting",
        "events.view_session",
        "members.view_jurisdiction",
        "plans.view_actionplan",
        "plans.view_commitment",
        "plans.view_document",
        "reforms.view_reform",
        "themes.view_theme",
    ]
    assert _codenames("Translators") == [
        "events.translate_meeting",
        "events.translate_session",
        "events.view_meeting",
        "events.view_session",
        "members.translate_jurisdiction",
        "members.view_jurisdiction",
        "plans.translate_actionplan",
        "plans.translate_commitment",
        "plans.translate_document",
        "plans.view_actionplan",
        "plans.view_commitment",
        "plans.view_document",
        "reforms.translate_reform",
        "reforms.view_reform",
        "themes.translate_theme",
        "themes.view_theme",
    ]
    assert [c for c in _codenames("Editors") if c.startswith("members.")] == [
        "members.add_jurisdiction",
        "members.change_jurisdiction",
        "members.delete_jurisdiction",
        "members.export_jurisdiction",
        "members.import_jurisdiction",
        "members.publish_jurisdiction",
        "members.view_jurisdiction",
    ]
    assert [c for c in _codenames("Editors") if c.endswith("_theme")] == [
        "themes.add_theme",
        "themes.change_theme",
        "themes.delete_theme",
        "themes.publish_theme",
        "themes.view_theme",
    ]
    assert [c for c in _codenames("Editors") if c.endswith("_commitment")] == [
        "plans.add_commitment",
        "plans.change_commitment",
        "plans.delete_commitment",
        "plans.export_commitment",
        "plans.import_commitment",
        "plans.publish_commitment",
        "plans.view_commitment",
    ]


def test_sync_roles_is_idempotent_and_removes_hand_added_permissions():
    editors_before = _codenames("Editors")
    viewers = Group.objects.get(name="Viewers")
    viewers.permissions.add(Permission.objects.get(codename="delete_jurisdiction"))

    call_command("sync_roles", verbosity=0)
    call_command("sync_roles", verbosity=0)

    assert Group.objects.count() == 3
    assert _codenames("Editors") == editors_before
    assert "members.delete_jurisdiction" not in _codenames("Viewers")
    assert len(_codenames("Viewers")) == 8


def test_a_role_naming_an_app_that_is_not_installed_is_skipped():
    roles = {
        "Editors": {
            **ROLES["Editors"],
            "petitions.petition": ["view", "change", "delete"],
        }
    }

    summary = roles_sync(roles=roles)

    assert summary == {"Editors": 55}
    assert not Permission.objects.filter(content_type__app_label="petitions").exists()


# The project's roles table, written elsewhere than ogplocal/roles.py.
REVIEWERS_ONLY = {"Reviewers": {"reforms.reform": ["view", "publish"]}}


def test_the_roles_come_from_the_table_settings_name(settings):
    settings.STAFF_ROLES = f"{__name__}.REVIEWERS_ONLY"

    call_command("sync_roles", verbosity=0)

    assert _codenames("Reviewers") == ["reforms.publish_reform", "reforms.view_reform"]


def test_editors_alone_see_local_circle_join_requests():
    roles_sync()
    holders = {
        group.name
        for group in Group.objects.filter(
            permissions__content_type__app_label="circles",
            permissions__codename="view_joinrequest",
        )
    }
    assert holders == {"Editors"}


# -- Translators ---------------------------------------------------------------


def test_translator_sees_only_translated_fields_as_inputs(staff_client):
    member = JurisdictionFactory()
    client = staff_client("Translators")

    response = client.get(f"/admin/members/jurisdiction/{member.pk}/change/")

    assert response.status_code == 200
    assert sorted(change_form_data(response)) == [
        "name_en",
        "name_es",
        "summary_en",
        "summary_es",
    ]


def test_translator_cannot_change_other_fields_even_with_a_crafted_post(
    staff_client,
):
    member = JurisdictionFactory(
        name_es="Miembro", country="AR", is_published=False, slug="rosario"
    )
    client = staff_client("Translators")
    data = change_form_data(
        client.get(f"/admin/members/jurisdiction/{member.pk}/change/")
    )

    response = client.post(
        f"/admin/members/jurisdiction/{member.pk}/change/",
        {
            **data,
            "name_es": "Rosario (ES)",
            "country": "CL",
            "slug": "hijacked",
            "is_published": "on",
            "member_since": "2011",
        },
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.name_es, member.country.code, member.slug) == (
        "Rosario (ES)",
        "AR",
        "rosario",
    )
    assert (member.is_published, member.member_since) == (False, 2020)


def test_translator_cannot_add_or_delete(staff_client):
    member = JurisdictionFactory()
    client = staff_client("Translators")

    assert client.get("/admin/members/jurisdiction/add/").status_code == 403
    assert (
        client.get(f"/admin/members/jurisdiction/{member.pk}/delete/").status_code
        == 403
    )
    assert (
        client.post(f"/admin/members/jurisdiction/{member.pk}/delete/", {"post": "yes"})
    ).status_code == 403
    assert Jurisdiction.objects.filter(pk=member.pk).exists()


@pytest.mark.parametrize("role", ["Translators", "Viewers"])
@pytest.mark.parametrize("app,model", CONTENT)
def test_publish_and_delete_actions_are_absent(staff_client, role, app, model):
    client = staff_client(role)

    response = client.get(f"/admin/{app}/{model}/")

    assert response.status_code == 200
    assert response.context["action_form"] is None or [
        value
        for value, _label in response.context["action_form"].fields["action"].choices
    ] == [""]


@pytest.mark.parametrize("role,status", [("Translators", 200), ("Viewers", 200)])
def test_posting_the_publish_action_changes_nothing(staff_client, role, status):
    member = JurisdictionFactory(is_published=False)
    client = staff_client(role)

    response = client.post(
        "/admin/members/jurisdiction/",
        {"action": "publish", "_selected_action": [member.pk], "index": 0},
    )

    # The unknown action is refused like an empty choice: the list comes back.
    assert response.status_code == status
    member.refresh_from_db()
    assert member.is_published is False
    assert member.history.count() == 1


def test_translator_translates_sessions_in_the_meeting_inline_but_not_their_times(
    staff_client,
):
    session = SessionFactory(title_es="Sesión", position=3)
    meeting = session.meeting
    client = staff_client("Translators")
    response = client.get(f"/admin/events/meeting/{meeting.pk}/change/")
    data = change_form_data(response)

    assert sorted(name for name in data if name.startswith("sessions-0-")) == [
        "sessions-0-description_en",
        "sessions-0-description_es",
        "sessions-0-id",
        "sessions-0-meeting",
        "sessions-0-title_en",
        "sessions-0-title_es",
    ]
    response = client.post(
        f"/admin/events/meeting/{meeting.pk}/change/",
        {
            **data,
            "sessions-0-title_es": "Intercambio entre pares",
            "sessions-0-position": "9",
            "sessions-TOTAL_FORMS": "2",
            "sessions-1-title_en": "Smuggled in",
            "sessions-1-slug": "smuggled",
            "sessions-1-kind": "panel",
        },
    )

    assert response.status_code == 302
    session.refresh_from_db()
    assert (session.title_es, session.position) == ("Intercambio entre pares", 3)
    assert [s.slug for s in meeting.sessions.all()] == [session.slug]


# -- Viewers -------------------------------------------------------------------


@pytest.mark.parametrize("app,model", CONTENT)
def test_viewer_reads_but_cannot_save(staff_client, app, model):
    factory = {
        "jurisdiction": JurisdictionFactory,
        "theme": ThemeFactory,
        "reform": ReformFactory,
        "meeting": MeetingFactory,
        "session": SessionFactory,
    }[model]
    record = factory()
    client = staff_client("Viewers")
    url = f"/admin/{app}/{model}/{record.pk}/change/"

    response = client.get(url)

    assert response.status_code == 200
    editable = [
        name for name in change_form_data(response) if not name.endswith("_FORMS")
    ]
    assert editable == []
    assert client.post(url, {"slug": "changed"}).status_code == 403
    assert client.get(f"/admin/{app}/{model}/add/").status_code == 403
    record.refresh_from_db()
    assert record.slug != "changed"


# -- Editors -------------------------------------------------------------------


def test_editor_creates_changes_and_deletes(staff_client):
    client = staff_client("Editors")
    data = change_form_data(client.get("/admin/members/jurisdiction/add/"))

    response = client.post(
        "/admin/members/jurisdiction/add/",
        {
            **data,
            "slug": "rosario",
            "name_en": "Rosario",
            "name_es": "Rosario",
            "kind": "municipality",
            "country": "AR",
            "region": "americas",
            "member_since": "2020",
            "status": "active",
        },
    )

    assert response.status_code == 302
    member = Jurisdiction.objects.get(slug="rosario")
    assert member.history.get().history_user == client.user
    response = client.post(
        f"/admin/members/jurisdiction/{member.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302
    assert not Jurisdiction.objects.filter(slug="rosario").exists()

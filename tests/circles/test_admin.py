"""Join requests in the admin: only for staff holding the circles permissions."""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Permission, User

from circles.enums import JoinRequestStatus
from circles.models import JoinRequest
from tests.circles.helpers import REQUEST_TRANSACTION_QUERIES
from tests.common.test_no_external_hosts import remote_resources
from tests.factories import JoinRequestFactory, JurisdictionFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/circles/joinrequest/"


def _staff(username, *codenames):
    user = User.objects.create_user(username, password=None, is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return user


@pytest.fixture
def editor(client):
    """What the Editors group will hold for join requests."""
    client.force_login(
        _staff(
            "editor",
            "view_joinrequest",
            "change_joinrequest",
            "delete_joinrequest",
            "view_jurisdiction",
        )
    )
    return client


@pytest.fixture
def viewer(client):
    client.force_login(_staff("viewer", "view_joinrequest"))
    return client


@pytest.fixture
def outsider(client):
    """Staff with rights on the directory content but none on join requests."""
    client.force_login(
        _staff("translator", "view_theme", "change_theme", "add_joinrequest")
    )
    return client


def _ids(response):
    return [
        int(pk)
        for pk in re.findall(
            r'<th class="field-__str__"><a href="/admin/circles/joinrequest/(\d+)/change/',
            response.content.decode(),
        )
    ]


def test_staff_without_the_permissions_get_403_and_no_circles_app(outsider, climate):
    join_request = JoinRequestFactory(circles=[climate])
    assert outsider.get(CHANGELIST).status_code == 403
    assert outsider.get(f"{CHANGELIST}{join_request.pk}/change/").status_code == 403
    assert outsider.get("/admin/circles/").status_code == 404
    index = outsider.get("/admin/").content.decode()
    assert "/admin/themes/theme/" in index
    assert "/admin/circles/" not in index
    assert "Local Circles" not in index


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(CHANGELIST)
    assert (response.status_code, response["Location"]) == (
        302,
        f"/admin/login/?next={CHANGELIST}",
    )


def test_staff_with_the_permissions_see_requests(editor, climate):
    join_request = JoinRequestFactory(name="Ana Pérez", circles=[climate])
    index = editor.get("/admin/").content.decode()
    assert '<a href="/admin/circles/joinrequest/">' in index
    response = editor.get(CHANGELIST)
    assert response.status_code == 200
    assert _ids(response) == [join_request.pk]
    assert '<td class="field-circle_names">Climate Action</td>' in (
        response.content.decode()
    )
    change = editor.get(f"{CHANGELIST}{join_request.pk}/change/")
    assert change.status_code == 200
    assert remote_resources(change.content.decode()) == []
    assert remote_resources(response.content.decode()) == []


def test_nobody_adds_requests_by_hand(admin_client):
    assert admin_client.get(f"{CHANGELIST}add/").status_code == 403


@pytest.mark.parametrize("count", [1, 5])
def test_changelist_query_count_is_constant(
    editor, climate, inclusion, django_assert_num_queries, count
):
    for _ in range(count):
        JoinRequestFactory(
            circles=[climate, inclusion], jurisdiction=JurisdictionFactory()
        )
    # session, user, permissions (user's, groups'), circle filter choices, count,
    # total count, the page, its circles (one prefetch)
    with django_assert_num_queries(9 + REQUEST_TRANSACTION_QUERIES):
        response = editor.get(CHANGELIST)
    assert len(_ids(response)) == count


def test_filters_by_status_circle_language_and_sector(editor, climate, inclusion):
    a = JoinRequestFactory(circles=[climate], status="contacted", language="es")
    b = JoinRequestFactory(circles=[inclusion], sector="academia")
    c = JoinRequestFactory(circles=[climate, inclusion], language="es")
    assert _ids(editor.get(CHANGELIST, {"status__exact": "contacted"})) == [a.pk]
    assert sorted(
        _ids(editor.get(CHANGELIST, {"circles__id__exact": inclusion.pk}))
    ) == [
        b.pk,
        c.pk,
    ]
    assert sorted(_ids(editor.get(CHANGELIST, {"language__exact": "es"}))) == [
        a.pk,
        c.pk,
    ]
    assert _ids(editor.get(CHANGELIST, {"sector__exact": "academia"})) == [b.pk]
    assert _ids(editor.get(CHANGELIST, {"q": b.email})) == [b.pk]


def test_staff_see_and_filter_pending_and_confirmed_requests(editor, climate):
    """Staff see every request, a stranger's unconfirmed one with the owner's
    address included, and which of them took effect."""
    confirmed = JoinRequestFactory(email="ana.perez@example.org", circles=[climate])
    pending = JoinRequestFactory(
        email="ANA.PEREZ@example.org",
        confirmed_at=None,
        confirmation_nonce="n",
        circles=[climate],
    )
    response = editor.get(CHANGELIST, {"q": "ana.perez@example.org"})
    html = response.content.decode()
    assert sorted(_ids(response)) == sorted([confirmed.pk, pending.pk])
    states = re.findall(r'<td class="field-confirmation">([^<]*)</td>', html)
    assert sorted(states) == ["Confirmed", "Pending confirmation"]
    assert _ids(editor.get(CHANGELIST, {"confirmation": "pending"})) == [pending.pk]
    assert _ids(editor.get(CHANGELIST, {"confirmation": "confirmed"})) == [confirmed.pk]
    change = editor.get(f"{CHANGELIST}{pending.pk}/change/").content.decode()
    assert '<div class="readonly">-</div>' in change  # no confirmation date yet


def test_action_moves_the_status(editor, climate):
    requests = JoinRequestFactory.create_batch(2, circles=[climate])
    response = editor.post(
        CHANGELIST,
        {
            "action": "mark_contacted",
            "index": "0",
            "select_across": "0",
            "_selected_action": [r.pk for r in requests],
        },
        follow=True,
    )
    assert "2 join requests marked “Contacted”." in response.content.decode()
    assert list(JoinRequest.objects.values_list("status", flat=True)) == [
        JoinRequestStatus.CONTACTED,
        JoinRequestStatus.CONTACTED,
    ]


def test_status_is_editable_in_the_list(editor, climate):
    join_request = JoinRequestFactory(circles=[climate])
    response = editor.post(
        CHANGELIST,
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(join_request.pk),
            "form-0-status": "joined",
            "_save": "Save",
        },
    )
    assert response.status_code == 302
    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.JOINED


def test_viewers_cannot_change_the_status(viewer, climate):
    join_request = JoinRequestFactory(circles=[climate])
    viewer.post(
        CHANGELIST,
        {
            "action": "mark_joined",
            "index": "0",
            "_selected_action": [join_request.pk],
        },
    )
    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.NEW
    html = viewer.get(CHANGELIST).content.decode()
    assert '<option value="export_csv">Export as CSV</option>' in html
    assert "mark_joined" not in html


def test_csv_export_for_staff_who_may_view(viewer, climate, inclusion):
    member = JurisdictionFactory(name_en="Rosario")
    first = JoinRequestFactory(
        name='=HYPERLINK("http://evil.example")',
        email="ana@example.org",
        organisation="Municipalidad",
        jurisdiction=member,
        circles=[climate, inclusion],
        language="es",
        message="Hola, ¿qué tal?",
    )
    second = JoinRequestFactory(
        name="Bo",
        email="bo@example.org",
        sector="academia",
        jurisdiction_name="Lima",
        circles=[inclusion],
    )
    response = viewer.post(
        CHANGELIST,
        {
            "action": "export_csv",
            "index": "0",
            "_selected_action": [first.pk, second.pk],
        },
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith(
        'attachment; filename="join-requests-'
    )
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == [
        "id",
        "status",
        "name",
        "email",
        "organization",
        "sector",
        "member",
        "other jurisdiction",
        "circles",
        "preferred language",
        "message",
        "staff notes",
        "consent given",
        "created",
    ]
    # In the list's order: last sent first.
    assert [row[:12] for row in rows[1:]] == [
        [
            str(second.pk),
            "New",
            "Bo",
            "bo@example.org",
            "Municipality",
            "Academia",
            "",
            "Lima",
            "Inclusion",
            "English",
            "",
            "",
        ],
        [
            str(first.pk),
            "New",
            '\'=HYPERLINK("http://evil.example")',
            "ana@example.org",
            "Municipalidad",
            "Local government",
            "Rosario",
            "",
            "Climate Action, Inclusion",
            "Spanish",
            "Hola, ¿qué tal?",
            "",
        ],
    ]


def test_csv_export_is_refused_without_the_view_permission(outsider, climate):
    join_request = JoinRequestFactory(circles=[climate])
    response = outsider.post(
        CHANGELIST,
        {"action": "export_csv", "index": "0", "_selected_action": [join_request.pk]},
    )
    assert response.status_code == 403


def test_editor_updates_status_notes_and_circles_in_the_change_form(
    editor, climate, inclusion
):
    join_request = JoinRequestFactory(circles=[climate], name="Ana", email="a@x.org")
    link = join_request.circle_links.get()
    response = editor.post(
        f"{CHANGELIST}{join_request.pk}/change/",
        {
            "status": "contacted",
            "staff_notes": "Called on Monday.",
            "name": "Ana",
            "email": "a@x.org",
            "organisation": "Municipality",
            "sector": "local-government",
            "jurisdiction": "",
            "jurisdiction_name": "",
            "language": "en",
            "message": "",
            "circle_links-TOTAL_FORMS": "2",
            "circle_links-INITIAL_FORMS": "1",
            "circle_links-MIN_NUM_FORMS": "1",
            "circle_links-MAX_NUM_FORMS": "1000",
            "circle_links-0-id": str(link.pk),
            "circle_links-0-join_request": str(join_request.pk),
            "circle_links-0-theme": str(climate.pk),
            "circle_links-0-DELETE": "on",
            "circle_links-1-join_request": str(join_request.pk),
            "circle_links-1-theme": str(inclusion.pk),
        },
    )
    assert response.status_code == 302
    join_request.refresh_from_db()
    assert (join_request.status, join_request.staff_notes) == (
        "contacted",
        "Called on Monday.",
    )
    assert [link.theme.slug for link in join_request.circle_links.all()] == [
        "inclusion"
    ]

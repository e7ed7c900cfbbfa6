"""Publish / Unpublish admin actions: Editors only, one history entry per change."""

import pytest

from members.models import Jurisdiction
from reforms.models import Reform
from tests.factories import JurisdictionFactory, ReformFactory

pytestmark = pytest.mark.django_db


def _publish(client, action, records, path="/admin/members/jurisdiction/"):
    return client.post(
        path,
        {"action": action, "_selected_action": [r.pk for r in records], "index": 0},
    )


def test_editor_sees_publish_and_unpublish_in_english_and_spanish(staff_client):
    client = staff_client("Editors")

    english = client.get("/admin/members/jurisdiction/")
    spanish = client.get("/admin/members/jurisdiction/", HTTP_ACCEPT_LANGUAGE="es")

    def choices(response):
        return list(response.context["action_form"].fields["action"].choices)

    assert choices(english) == [
        ("", "---------"),
        ("delete_selected", "Delete selected members"),
        ("publish", "Publish the selected members"),
        ("unpublish", "Unpublish the selected members"),
    ]
    assert choices(spanish) == [
        ("", "---------"),
        ("delete_selected", "Eliminar miembros seleccionado/s"),
        ("publish", "Publicar la selección de miembros"),
        ("unpublish", "Despublicar la selección de miembros"),
    ]


def test_publish_action_publishes_drafts_and_records_who(staff_client):
    draft = JurisdictionFactory(slug="draft", is_published=False)
    live = JurisdictionFactory(slug="live", is_published=True)
    live_updated_at = live.updated_at
    client = staff_client("Editors")

    response = _publish(client, "publish", [draft, live])

    assert response.status_code == 302
    assert list(
        Jurisdiction.objects.order_by("slug").values_list("slug", "is_published")
    ) == [("draft", True), ("live", True)]
    record = draft.history.latest()
    assert (record.history_type, record.history_user, record.is_published) == (
        "~",
        client.user,
        True,
    )
    live.refresh_from_db()
    assert live.updated_at == live_updated_at
    assert live.history.count() == 1
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == ["1 record published."]


def test_unpublish_action_keeps_links_in_history(staff_client):
    member = JurisdictionFactory(slug="rosario")
    reform = ReformFactory(slug="reform", jurisdictions=[member])
    client = staff_client("Editors")

    response = _publish(client, "unpublish", [reform], path="/admin/reforms/reform/")

    assert response.status_code == 302
    assert Reform.objects.get().is_published is False
    record = reform.history.latest()
    assert record.is_published is False
    assert [link.jurisdiction.slug for link in record.jurisdictions.all()] == [
        "rosario"
    ]

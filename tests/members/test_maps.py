from decimal import Decimal

import pytest

from members.maps import WORLD, focus_view, project, world_view
from tests.factories import JurisdictionFactory

pytestmark = pytest.mark.django_db


def test_projection_is_longitude_and_minus_latitude():
    assert project(Decimal("-32.94682"), Decimal("-60.63932")) == (-60.64, 32.95)
    assert project(Decimal("41.89193"), Decimal("12.51133")) == (12.51, -41.89)


def test_world_view_frames_the_members_landscape():
    rosario = JurisdictionFactory(latitude=Decimal("-32.9"), longitude=Decimal("-60.6"))
    austin = JurisdictionFactory(latitude=Decimal("30.3"), longitude=Decimal("-97.7"))
    view = world_view([rosario, austin])
    x, y, width, height = view.view_box
    assert [point.label for point in view.points] == [rosario.name, austin.name]
    for point in view.points:
        assert x < point.x < x + width and y < point.y < y + height
    assert width == pytest.approx(height * 1.5)
    assert view.width == 720 and view.height == 480


def test_world_view_of_members_everywhere_is_the_whole_map():
    members = [
        JurisdictionFactory(latitude=Decimal("64.1"), longitude=Decimal("-21.9")),
        JurisdictionFactory(latitude=Decimal("-41.3"), longitude=Decimal("174.8")),
        JurisdictionFactory(latitude=Decimal("-13.8"), longitude=Decimal("-171.8")),
    ]
    assert world_view(members).view_box == WORLD


def test_members_without_coordinates_are_not_drawn():
    member = JurisdictionFactory(latitude=None, longitude=None)
    assert world_view([member]).points == []
    assert focus_view(member) is None


def test_focus_view_stays_inside_the_map():
    member = JurisdictionFactory(latitude=Decimal("-54.8"), longitude=Decimal("-68.3"))
    x, y, width, height = focus_view(member).view_box
    left, top, world_width, world_height = WORLD
    assert y + height == pytest.approx(top + world_height)
    assert x == pytest.approx(-68.3 - width / 2, abs=0.01)

"""The members map: our own coordinates over a static world outline, no tile server.

The outline (static/vendor/world-atlas/world-110m.svg, built by
scripts/build_world_outline.py) uses a plain equirectangular projection: x is the
longitude and y minus the latitude. The page draws its points in the same
coordinates, in degrees, so placing a member is a matter of reading its latitude and
longitude; nothing runs in the browser.
"""

import dataclasses

from django.utils import translation

from common.i18n.languages import value_in_language

OUTLINE = "vendor/world-atlas/world-110m.svg"
# The whole map: from 84°N (above Greenland) to 60°S (below Cape Horn).
WORLD = (-180.0, -84.0, 360.0, 144.0)
POINT_RADIUS = 1.8  # degrees, on the world view
FOCUS_WIDTH = 50.0  # degrees of longitude shown around one member
FIT_MARGIN = 8.0  # degrees around the outermost members
MIN_FIT_SPAN = 60.0
MIN_ASPECT_RATIO = 1.5  # width to height, so the map fits beside its list
DISPLAY_WIDTH = 720  # degrees of longitude shown around one member


@dataclasses.dataclass(frozen=True)
class MapPoint:
    x: float
    y: float
    label: str
    url: str
    # The label's language where it is not the page's (a name with no translation).
    language: str = ""


@dataclasses.dataclass(frozen=True)
class MapView:
    """What the map template draws: the viewBox, the outline and the points."""

    view_box: tuple
    points: list
    radius: float

    @property
    def view_box_attr(self):
        return " ".join(_number(value) for value in self.view_box)

    @property
    def width(self):
        """A default size in pixels (the style sheet makes the map fluid)."""
        return DISPLAY_WIDTH

    @property
    def height(self):
        return round(DISPLAY_WIDTH * self.view_box[3] / self.view_box[2])


def _number(value):
    return f"{value:.2f}".rstrip("0").rstrip(".")


def project(latitude, longitude):
    """SVG coordinates of a place, in degrees."""
    return round(float(longitude), 2), round(-float(latitude), 2)


def map_point(member):
    x, y = project(member.latitude, member.longitude)
    page_language = translation.get_language()
    label, language = value_in_language(member, "name", page_language)
    return MapPoint(
        x=x,
        y=y,
        label=label,
        url=member.get_absolute_url(),
        language="" if language == page_language else language,
    )


def world_view(members):
    """All members that have coordinates, framed around them: the whole map when
    they span the world, a close-up of one region while they sit there."""
    points = [map_point(member) for member in members if member.has_coordinates]
    if not points:
        return MapView(view_box=WORLD, points=points, radius=POINT_RADIUS)
    left, top, width, height = WORLD
    xs = [point.x for point in points]
    ys = [point.y for point in points]
    view_width = max(max(xs) - min(xs) + 2 * FIT_MARGIN, MIN_FIT_SPAN)
    view_height = max(max(ys) - min(ys) + 2 * FIT_MARGIN, MIN_FIT_SPAN)
    # Landscape, but never flatter than the whole map.
    view_width = min(max(view_width, view_height * MIN_ASPECT_RATIO), width)
    view_height = min(max(view_height, view_width * height / width), height)
    centre_x = (max(xs) + min(xs)) / 2
    centre_y = (max(ys) + min(ys)) / 2
    x = min(max(centre_x - view_width / 2, left), left + width - view_width)
    y = min(max(centre_y - view_height / 2, top), top + height - view_height)
    return MapView(
        view_box=(x, y, view_width, view_height),
        points=points,
        radius=round(POINT_RADIUS * max(view_width / width, 0.4), 2),
    )


def focus_view(member):
    """One member, on a close-up around it that stays inside the map; None when the
    member has no coordinates."""
    if not member.has_coordinates:
        return None
    point = map_point(member)
    left, top, width, height = WORLD
    view_width = FOCUS_WIDTH
    view_height = FOCUS_WIDTH / MIN_ASPECT_RATIO
    x = min(max(point.x - view_width / 2, left), left + width - view_width)
    y = min(max(point.y - view_height / 2, top), top + height - view_height)
    return MapView(
        view_box=(x, y, view_width, view_height),
        points=[point],
        radius=round(POINT_RADIUS * view_width / width * 3, 2),
    )

"""Build the static world outline that the members map draws under its points.

Run once, by hand, when the outline should change; the output is committed:

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_world_outline.py /tmp/package/countries-110m.json \\
        static/vendor/world-atlas/world-110m.svg

world-atlas (ISC licence, Natural Earth data in the public domain) ships TopoJSON.
This script decodes it without any dependency and writes one small SVG in a plain
equirectangular projection: x is longitude and y is minus latitude, in tenths of a
degree, so the viewBox is ``-1800 -900 3600 1800``. The page places this file under
its own points, which it positions from our latitude/longitude in the same
projection (see members/maps.py). Land is one filled path; borders between
countries are drawn once each (arcs shared by two countries) as one stroked path.
"""

import json
import sys
from pathlib import Path

SCALE = 10  # tenths of a degree: about 11 km, finer than a pixel at page sizes
SOUTH_LIMIT = -60  # the map stops here: no member lies further south
LAND_FILL = "#d9e1ea"
BORDER_STROKE = "#ffffff"


def decode_arcs(topology):
    """Absolute (longitude, latitude) points of every arc."""
    (scale_x, scale_y), (shift_x, shift_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def unwrapped(points):
    """Longitudes made continuous across the antimeridian (179 → 181, not -179).

    A shape that crosses it then extends past ±180; ``copies`` draws it again one
    world-width over, and the SVG viewport clips both halves into place.
    """
    result = []
    for longitude, latitude in points:
        if result:
            previous = result[-1][0]
            longitude += 360 * round((previous - longitude) / 360)
        result.append((longitude, latitude))
    return result


def copies(points):
    low = min(longitude for longitude, _latitude in points)
    high = max(longitude for longitude, _latitude in points)
    shifts = [0]
    if high > 180:
        shifts.append(-360)
    if low < -180:
        shifts.append(360)
    return [[(lon + shift, lat) for lon, lat in points] for shift in shifts]


def close_around_pole(ring):
    """A ring that circles a pole (its longitude grows by 360) gets closed along
    the map's edge at that pole."""
    turn = ring[-1][0] - ring[0][0]
    if abs(turn) < 180:
        return ring
    pole = -90 if min(lat for _lon, lat in ring) < 0 else 90
    return [*ring, (ring[-1][0], pole), (ring[0][0], pole)]


def projected(points):
    """Rounded SVG coordinates without repeated points."""
    result = []
    for longitude, latitude in points:
        point = (round(longitude * SCALE), round(-latitude * SCALE))
        if not result or result[-1] != point:
            result.append(point)
    return result


def path_data(point_lists, *, close):
    parts = []
    drawn = []
    for points in point_lists:
        points = unwrapped(points)
        if close:
            points = close_around_pole(points)
        drawn.extend(copies(points))
    for points in drawn:
        points = projected(points)
        if len(points) < (3 if close else 2):
            continue
        (x, y), rest = points[0], points[1:]
        moves = [f"M{x} {y}l"]
        previous = (x, y)
        for px, py in rest:
            moves.append(f"{px - previous[0]} {py - previous[1]} ")
            previous = (px, py)
        parts.append("".join(moves).rstrip() + ("z" if close else ""))
    # A minus sign separates numbers by itself; the spaces before it can go.
    return "".join(parts).replace(" -", "-")


def polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def land_rings(topology, arcs):
    """Every land ring except Antarctica's (south of the latitudes the map shows)."""
    rings = []
    for geometry in topology["objects"]["land"]["geometries"]:
        for polygon in polygons(geometry):
            for ring in polygon:
                points = ring_points(ring, arcs)
                if max(latitude for _longitude, latitude in points) > SOUTH_LIMIT:
                    rings.append(points)
    return rings


def border_lines(topology, arcs):
    """Arcs that two different countries share: each border drawn once."""
    users = {}
    for number, geometry in enumerate(topology["objects"]["countries"]["geometries"]):
        for polygon in polygons(geometry):
            for ring in polygon:
                for index in ring:
                    users.setdefault(index if index >= 0 else ~index, set()).add(number)
    return [arcs[index] for index, owners in sorted(users.items()) if len(owners) > 1]


def build(source, target):
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    land = path_data(land_rings(topology, arcs), close=True)
    borders = path_data(border_lines(topology, arcs), close=False)
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-1800 -900 3600 1800">'
        "<!-- World outline from world-atlas 2.0.2 (ISC, Michael Bostock; Natural "
        "Earth, public domain), built by scripts/build_world_outline.py -->"
        f'<path fill="{LAND_FILL}" d="{land}"/>'
        f'<path fill="none" stroke="{BORDER_STROKE}" stroke-width="2" '
        f'stroke-linejoin="round" d="{borders}"/></svg>\n'
    )
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    Path(target).write_text(svg, encoding="utf-8")
    return len(svg.encode())


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    size = build(sys.argv[1], sys.argv[2])
    print(f"Wrote {sys.argv[2]} ({size / 1024:.1f} KB)")

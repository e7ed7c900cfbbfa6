"""Bar charts drawn on the server as SVG, like the members map: no script runs in
the browser, and every chart goes with a table of the same numbers.

A chart is one bar per row, its label above it and its value written at its end,
so the numbers never rest on length or colour alone. Coordinates are in SVG
units; the style sheet makes the drawing fluid.
"""

import dataclasses

WIDTH = 400
ROW_HEIGHT = 44
LABEL_BASELINE = 14  # from the top of a row
BAR_TOP = 19
BAR_HEIGHT = 16
VALUE_GAP = 6
ARROW_LENGTH = 9  # the tip that marks a value as a lower bound ("more than 150")
# Room kept at the right for the longest value text ("more than 150").
VALUE_SPACE = 110


def _number(value):
    return f"{value:.1f}".rstrip("0").rstrip(".")


@dataclasses.dataclass(frozen=True)
class ChartRow:
    """What a chart or its table says about one thing."""

    label: str
    value: int
    value_text: str
    open_ended: bool = False


@dataclasses.dataclass(frozen=True)
class Bar:
    label: str
    value_text: str
    label_y: str
    bar_y: str
    bar_width: str
    value_x: str
    value_y: str
    arrow_points: str  # empty unless the value is a lower bound


@dataclasses.dataclass(frozen=True)
class BarChart:
    """What ``includes/bar_chart.html`` draws. ``id`` makes the title and
    description ids unique on the page."""

    id: str
    title: str
    description: str
    rows: list
    bars: list
    width: int
    height: int

    @property
    def view_box(self):
        return f"0 0 {self.width} {self.height}"


def bar_chart(*, id, title, rows, description=""):
    """A horizontal bar chart of ``rows`` (ChartRow), scaled to the largest value.
    The description, read by assistive technology, lists every row unless one is
    given."""
    top = max((row.value for row in rows), default=0) or 1
    room = WIDTH - VALUE_SPACE
    bars = []
    for index, row in enumerate(rows):
        y = index * ROW_HEIGHT
        width = room * row.value / top
        end = width
        arrow = ""
        if row.open_ended:
            tip = width + ARROW_LENGTH
            arrow = " ".join(
                f"{_number(x)},{_number(y + BAR_TOP + dy)}"
                for x, dy in (
                    (width, 0),
                    (tip, BAR_HEIGHT / 2),
                    (width, BAR_HEIGHT),
                )
            )
            end = tip
        bars.append(
            Bar(
                label=row.label,
                value_text=row.value_text,
                label_y=_number(y + LABEL_BASELINE),
                bar_y=_number(y + BAR_TOP),
                bar_width=_number(width),
                value_x=_number(end + VALUE_GAP),
                value_y=_number(y + BAR_TOP + BAR_HEIGHT - 3),
                arrow_points=arrow,
            )
        )
    if not description:
        description = "; ".join(f"{row.label}: {row.value_text}" for row in rows)
    return BarChart(
        id=id,
        title=str(title),
        description=str(description),
        rows=rows,
        bars=bars,
        width=WIDTH,
        height=max(len(rows), 1) * ROW_HEIGHT,
    )

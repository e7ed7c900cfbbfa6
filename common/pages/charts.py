"""Bar charts drawn on the server as SVG, like the members map: no script runs in
the browser, and every chart goes with a table of the same numbers.

A chart is one bar per row, its label above it and its value written at its end,
so the numbers never rest on length or colour alone. Coordinates are in SVG
units; the style sheet makes the drawing fluid.

The SVG cuts whatever lies outside its viewBox, and the server cannot measure
text in the reader's font. So every label and value is given the room of an
estimate that errs wide (``text_width``): the bars are scaled so that the longest
value still ends inside the drawing, and a label longer than the drawing widens
it (the drawing then scales down to fit its column).
"""

import dataclasses

WIDTH = 400
ROW_HEIGHT = 44
LABEL_BASELINE = 14  # from the top of a row
BAR_TOP = 19
BAR_HEIGHT = 16
VALUE_GAP = 6
ARROW_LENGTH = 9  # the tip that marks a value as a lower bound ("more than 150")
FONT_SIZE = 14  # .chart-label and .chart-value in static/css/site.css
# Advance widths, in ems, at or above those of the widest common sans-serif
# system fonts (DejaVu Sans on Linux is the widest).
NARROW_CHARACTERS = frozenset(" .,:;'!|()[]ijlrtfI")
WIDE_CHARACTERS = frozenset("mwMW@%–—")
NARROW_EM, WIDE_EM, OTHER_EM = 0.4, 1.0, 0.68


def _number(value):
    return f"{value:.1f}".rstrip("0").rstrip(".")


def text_width(text, *, font_size=FONT_SIZE):
    """An upper estimate of ``text``'s width in SVG units at ``font_size``."""
    ems = sum(
        NARROW_EM
        if character in NARROW_CHARACTERS
        else WIDE_EM
        if character in WIDE_CHARACTERS
        else OTHER_EM
        for character in str(text)
    )
    return ems * font_size


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
    """A horizontal bar chart of ``rows`` (ChartRow), scaled so that every bar,
    its tip and its value text fit the drawing. The description, read by
    assistive technology, lists every row unless one is given."""
    width = max([WIDTH] + [int(text_width(row.label)) + 1 for row in rows])
    top = max((row.value for row in rows), default=0) or 1
    # The widest bar the longest value text (and tip) still leave room for.
    room = max(
        0,
        min(
            [width]
            + [
                (
                    width
                    - VALUE_GAP
                    - text_width(row.value_text)
                    - (ARROW_LENGTH if row.open_ended else 0)
                )
                * top
                / row.value
                for row in rows
                if row.value
            ]
        ),
    )
    bars = []
    for index, row in enumerate(rows):
        y = index * ROW_HEIGHT
        length = room * row.value / top
        end = length
        arrow = ""
        if row.open_ended:
            tip = length + ARROW_LENGTH
            arrow = " ".join(
                f"{_number(x)},{_number(y + BAR_TOP + dy)}"
                for x, dy in (
                    (length, 0),
                    (tip, BAR_HEIGHT / 2),
                    (length, BAR_HEIGHT),
                )
            )
            end = tip
        bars.append(
            Bar(
                label=row.label,
                value_text=row.value_text,
                label_y=_number(y + LABEL_BASELINE),
                bar_y=_number(y + BAR_TOP),
                bar_width=_number(length),
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
        width=width,
        height=max(len(rows), 1) * ROW_HEIGHT,
    )

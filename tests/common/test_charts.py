"""Server-drawn bar charts (common.pages.charts): every label and value inside the
drawing, whatever the language makes of them."""

from common.pages.charts import ChartRow, bar_chart, text_width


def right_edges(chart):
    """Where each value text ends, by the chart's own (wide) estimate."""
    return [float(bar.value_x) + text_width(bar.value_text) for bar in chart.bars]


def test_bars_leave_room_for_the_longest_value_text():
    chart = bar_chart(
        id="growth",
        title="Members per year",
        rows=[
            ChartRow(label="2016", value=15, value_text="15"),
            ChartRow(
                label="2024",
                value=150,
                value_text="more than 150",
                open_ended=True,
            ),
        ],
    )

    assert chart.view_box == "0 0 400 88"
    assert [bar.value_x for bar in chart.bars] == ["33.2", "287.4"]
    assert round(max(right_edges(chart))) == 400


def test_a_long_value_on_a_short_bar_still_ends_inside():
    chart = bar_chart(
        id="completion",
        title="Commitments by completion",
        rows=[
            ChartRow(label="Complete", value=10, value_text="10"),
            ChartRow(
                label="Limited",
                value=9,
                value_text="9 compromisos con cumplimiento limitado",
            ),
        ],
    )

    assert round(max(right_edges(chart))) == 400
    assert [bar.bar_width for bar in chart.bars] == ["61.3", "55.2"]


def test_a_label_longer_than_the_drawing_widens_it():
    label = "Sin evidencia disponible sobre el cumplimiento del compromiso"
    chart = bar_chart(
        id="long",
        title="Long",
        rows=[ChartRow(label=label, value=3, value_text="3")],
    )

    assert chart.width == int(text_width(label)) + 1
    assert chart.view_box == f"0 0 {chart.width} 44"


def test_a_chart_of_zeros_draws_no_bars():
    chart = bar_chart(
        id="empty",
        title="Nothing yet",
        rows=[ChartRow(label="Complete", value=0, value_text="0")],
    )

    assert [(bar.bar_width, bar.value_x) for bar in chart.bars] == [("0", "6")]

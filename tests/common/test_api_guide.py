"""The API guide (docs/api.md) rendered for the open data page."""

from common.api.guide import GUIDE, GuideSection, guide, render_guide

SAMPLE = """# Partner API

Read *everything*.

## Resources

| Path | Formats |
|---|---|
| `/members/` | JSON, CSV |

### Keeping a copy

```sh
curl "$API/"
```

## Errors <b>and</b> `?expand=`
"""


def test_title_leaves_the_body_and_headings_move_one_level_down():
    rendered = render_guide(SAMPLE)
    assert rendered.title == "Partner API"
    assert "Partner API" not in rendered.html
    assert '<h3 id="guide-resources">Resources</h3>' in rendered.html
    assert "<h4>Keeping a copy</h4>" in rendered.html


def test_tables_render_as_tables_in_a_box_that_scrolls_by_keyboard():
    html = render_guide(SAMPLE).html
    assert (
        '<div class="scroll-x" tabindex="0"><table>\n<thead>\n<tr>\n'
        "<th>Path</th>\n<th>Formats</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
        "<td><code>/members/</code></td>\n<td>JSON, CSV</td>\n</tr>\n</tbody>\n"
        "</table>\n</div>\n"
    ) in html
    assert (
        '<pre class="scroll-x" tabindex="0"><code class="language-sh">'
        "curl &quot;$API/&quot;\n</code></pre>"
    ) in html


def test_sections_list_the_second_level_headings_with_raw_html_escaped():
    rendered = render_guide(SAMPLE)
    assert rendered.sections == (
        GuideSection(id="guide-resources", title="Resources"),
        GuideSection(
            id="guide-errors-bandb-expand",
            title="Errors &lt;b&gt;and&lt;/b&gt; <code>?expand=</code>",
        ),
    )
    assert "<b>and</b>" not in rendered.html


def test_the_real_guide_renders_every_table_and_section():
    rendered = guide()
    text = GUIDE.read_text(encoding="utf-8")
    assert rendered.title == "OGP Local Directory API, version 1"
    assert rendered.html.count("<table>") == text.count("\n|---|")
    assert [section.id for section in rendered.sections][:3] == [
        "guide-resources",
        "guide-versioning-and-compatibility",
        "guide-languages",
    ]
    assert len(rendered.sections) == text.count("\n## ")

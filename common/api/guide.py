"""The API guide (docs/api.md) rendered as HTML for the site's open data page.

The Markdown file stays the one text of the guide (read in the repository, linked
from the schema); the page shows it in the site's design. Its headings move one
level down under the page's own, and carry ids for the page's table of contents;
tables and code blocks scroll sideways on their own on a phone, and can be reached
with the keyboard to do so.
"""

import dataclasses
import functools

from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from markdown_it import MarkdownIt

GUIDE = settings.BASE_DIR / "docs" / "api.md"
# The page gives the guide an h2 of its own in place of the guide's title (h1), so
# every other heading moves one level down: its sections (h2) become h3.
HEADING_SHIFT = 1


@dataclasses.dataclass(frozen=True)
class GuideSection:
    id: str
    title: str  # HTML: a title may hold code


@dataclasses.dataclass(frozen=True)
class RenderedGuide:
    title: str
    sections: tuple
    html: str


# A box that scrolls must take keyboard focus (WCAG 2.1.1), or a keyboard user
# cannot bring its hidden part into view.
SCROLLING_BOX = 'class="scroll-x" tabindex="0"'


def _markdown():
    markdown = MarkdownIt("commonmark", {"html": False}).enable("table")
    fence = markdown.renderer.rules["fence"]
    code_block = markdown.renderer.rules["code_block"]

    def table_open(renderer, tokens, index, options, env):
        table = renderer.renderToken(tokens, index, options, env)
        return f"<div {SCROLLING_BOX}>{table}"

    def table_close(renderer, tokens, index, options, env):
        return renderer.renderToken(tokens, index, options, env) + "</div>\n"

    def scrolling_pre(rule):
        def render(renderer, *args):
            return rule(*args).replace("<pre>", f"<pre {SCROLLING_BOX}>", 1)

        return render

    markdown.add_render_rule("table_open", table_open)
    markdown.add_render_rule("table_close", table_close)
    markdown.add_render_rule("fence", scrolling_pre(fence))
    markdown.add_render_rule("code_block", scrolling_pre(code_block))
    return markdown


MARKDOWN = _markdown()


def render_guide(text):
    """``text`` (the guide's Markdown) as a ``RenderedGuide``: its title (the first
    top-level heading, left out of the HTML), its sections and its HTML."""
    tokens = MARKDOWN.parse(text)
    title = ""
    sections = []
    kept = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open":
            inline, closing = tokens[index + 1], tokens[index + 2]
            level = int(token.tag[1])
            if level == 1 and not title:
                title = inline.content
                index += 3
                continue
            tag = f"h{min(level + HEADING_SHIFT, 6)}"
            token.tag = closing.tag = tag
            if level == 2:
                anchor = f"guide-{slugify(inline.content)}"
                token.attrSet("id", anchor)
                sections.append(
                    GuideSection(
                        id=anchor,
                        title=mark_safe(  # markdown-it escapes the text itself
                            MARKDOWN.renderer.renderInline(
                                inline.children, MARKDOWN.options, {}
                            )
                        ),
                    )
                )
        kept.append(token)
        index += 1
    html = MARKDOWN.renderer.render(kept, MARKDOWN.options, {})
    return RenderedGuide(
        title=title,
        sections=tuple(sections),
        html=mark_safe(html),  # raw HTML is off: markdown-it escapes any
    )


@functools.lru_cache(maxsize=1)
def _rendered(path, modified):
    return render_guide(path.read_text(encoding="utf-8"))


def guide():
    """docs/api.md rendered, read again only when the file changes."""
    return _rendered(GUIDE, GUIDE.stat().st_mtime_ns)

"""Web addresses shown as text wrap between their parts, never inside a word."""

from django.template import Context, Template


def render(value):
    template = Template("{% load web_addresses %}{{ value|address_breaks }}")
    return template.render(Context({"value": value}))


def test_address_may_wrap_after_slashes_and_before_dots():
    assert render("https://www.opengovpartnership.org/members/mendoza/") == (
        "https://<wbr>www<wbr>.opengovpartnership<wbr>.org/<wbr>members/<wbr>mendoza/"
    )


def test_query_punctuation_is_escaped_and_breakable():
    assert render("https://example.org/a?x=1&y=<b>") == (
        "https://<wbr>example<wbr>.org/<wbr>a<wbr>?x<wbr>=1<wbr>&amp;y<wbr>=&lt;b&gt;"
    )


def test_text_with_spaces_is_not_an_address_and_stays_as_it_is():
    assert render("Document: Action plan 2021 – 2023.") == (
        "Document: Action plan 2021 – 2023."
    )

import json

from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from common.templatetags.seo import json_ld_script


def test_json_ld_cannot_close_its_script_element():
    html = str(json_ld_script({"name": "</script><script>alert(1)</script> & <!--"}))
    assert html == (
        '<script type="application/ld+json">{"name": "\\u003C/script\\u003E'
        '\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E \\u0026 \\u003C!--"}'
        "</script>"
    )
    body = html.removeprefix('<script type="application/ld+json">').removesuffix(
        "</script>"
    )
    assert json.loads(body) == {"name": "</script><script>alert(1)</script> & <!--"}


def test_json_ld_keeps_accents_readable():
    assert "Peñalolén" in str(json_ld_script({"name": "Peñalolén"}))


def test_absolute_url_and_og_locale_tags():
    template = Template("{% load seo %}{% absolute_url %}|{% og_locale %}")
    request = RequestFactory().get("/es/members/?country=AR")
    with translation.override("es"):
        rendered = template.render(Context({"request": request}))
    assert rendered == "http://testserver/es/members/|es"

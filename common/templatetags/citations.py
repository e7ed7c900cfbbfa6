from django import template

from common.citations import citation

register = template.Library()


@register.simple_tag
def cite(url):
    """``{% cite source as source_citation %}``: the source's title and publisher."""
    return citation(url)

"""The names of the query parameters that the public pages and the API share.

Each resource's FilterSet declares its own filters (settings.PUBLIC_FILTERSETS);
every FilterSet names its search and its sort order alike, and the list pages
read them by these names too. The rest are read outside the FilterSets.
"""

# The API's response language (``?lang=es``).
LANGUAGE_PARAMETER = "lang"
# Related records the API shows whole (``?expand=themes``).
EXPAND_PARAMETER = "expand"
# The API's format; DRF reads it as REST_FRAMEWORK["URL_FORMAT_OVERRIDE"].
FORMAT_PARAMETER = "format"
# Pagination, of list pages and API lists alike.
PAGE_PARAMETER = "page"
PAGE_SIZE_PARAMETER = "page_size"
# The search and the sort order of every FilterSet.
SEARCH_PARAMETER = "q"
ORDERING_PARAMETER = "ordering"

# Read outside the FilterSets: pages and API lists (page), the API (page_size,
# lang, expand, format), the sitemap's sections (p) and the join form's
# confirmation (r), the language switch's return address (next), and the script of
# Swagger UI's page, which drf-spectacular serves at the page's own address (script).
PARAMETERS_BESIDE_FILTERS = frozenset(
    {
        PAGE_PARAMETER,
        PAGE_SIZE_PARAMETER,
        LANGUAGE_PARAMETER,
        EXPAND_PARAMETER,
        FORMAT_PARAMETER,
        "p",
        "r",
        "next",
        "script",
    }
)

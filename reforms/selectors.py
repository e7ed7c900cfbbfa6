"""Read queries for reforms. Pages and the API both read through here."""

from django.db.models import CharField, Count, Exists, Max, OuterRef, Prefetch, Q
from django.db.models.functions import Cast
from django.shortcuts import get_object_or_404

from common.db.links import published_links
from common.i18n.languages import ordering_with_fallback
from members.models import Jurisdiction
from members.selectors import jurisdiction_list
from plans.selectors import commitment_list, commitment_list_with_published_links
from reforms.models import Reform, ReformJurisdiction, ReformTheme
from themes.selectors import theme_list, theme_list_by_name


def reform_list():
    """Published reforms, ordered by English title then slug."""
    return Reform.objects.published().order_by("title_en", "slug")


def _public_members():
    return Jurisdiction.objects.published().order_by(
        ordering_with_fallback("name"), "slug"
    )


def reform_list_with_links():
    """Published reforms with their public members and themes prefetched (as
    ``public_members`` and ``public_themes``): what a list of reforms shows."""
    return reform_list().prefetch_related(
        Prefetch("jurisdictions", queryset=_public_members(), to_attr="public_members"),
        Prefetch("themes", queryset=theme_list_by_name(), to_attr="public_themes"),
    )


def reform_detail(*, slug, include_drafts=False):
    """One reform with its public members, themes and ``public_commitment`` (the
    commitment it implements, or None); 404 when there is none, or when it is a
    draft and drafts are not asked for. The sessions that showcased it come from
    the events app's selectors."""
    reforms = Reform.objects.all() if include_drafts else Reform.objects.published()
    reforms = reforms.select_related(
        "commitment__action_plan__jurisdiction"
    ).prefetch_related(
        Prefetch("jurisdictions", queryset=_public_members(), to_attr="public_members"),
        Prefetch("themes", queryset=theme_list_by_name(), to_attr="public_themes"),
    )
    reform = get_object_or_404(reforms, slug=slug)
    reform.public_commitment = _if_public(reform.commitment)
    return reform


def _if_public(commitment):
    """The commitment a reform implements, when the public may see it: published,
    in a published plan of a published member (plans.selectors.PUBLIC_COMMITMENT,
    read on the row joined above, so that the reform page keeps its queries)."""
    if (
        commitment is not None
        and commitment.is_published
        and commitment.action_plan.is_published
        and commitment.action_plan.jurisdiction.is_published
    ):
        return commitment
    return None


def reform_featured(*, limit=4):
    """The reforms most recently showcased at a published meeting, with members."""
    showcased = Q(sessions__is_published=True, sessions__meeting__is_published=True)
    return (
        reform_list_with_links()
        .annotate(last_showcased=Max("sessions__meeting__start_date", filter=showcased))
        .filter(last_showcased__isnull=False)
        .order_by("-last_showcased", ordering_with_fallback("title"), "slug")[:limit]
    )


def reform_facets():
    """The countries that published reforms take place in, sorted codes."""
    # Each row stores its codes as one "AR,BR" string; distinct strings are few.
    stored = reform_list().order_by().values_list("countries", flat=True).distinct()
    countries = set()
    for codes in stored:
        countries.update(code for code in (codes or "").split(",") if code)
    return sorted(countries)


def theme_list_with_counts():
    """Published themes with ``reform_count``: how many published reforms each has."""
    return theme_list().annotate(
        reform_count=Count("reforms", filter=Q(reforms__is_published=True))
    )


def theme_reforms(*, theme):
    """Published reforms on a theme, with their public members and themes."""
    return reform_list_with_links().filter(themes=theme)


def commitment_reforms(*, commitment):
    """Published reforms that implement a commitment, by title in the active
    language: what the commitment page lists."""
    return (
        Reform.objects.published()
        .filter(commitment=commitment)
        .order_by(ordering_with_fallback("title"), "slug")
    )


def theme_members(*, theme):
    """Published members that carry out a published reform on a theme."""
    links = ReformJurisdiction.objects.filter(
        reform__is_published=True, reform__themes=theme
    )
    return _public_members().filter(pk__in=links.values("jurisdiction_id"))


def reform_member_options(*, slugs):
    """Published members with these slugs, for the reforms' member filter."""
    return _public_members().filter(slug__in=slugs)


def reform_list_with_published_links(*, whole=frozenset()):
    """Published reforms (as ``reform_list``), each with ``published_jurisdictions``
    and ``published_themes``: its published members and themes in the order of
    ``jurisdiction_list`` and ``theme_list``, whatever the language (the API's
    stable order; pages order by the name the visitor reads). Two queries for the
    links, however many reforms. Linked records carry their slug only, unless
    ``whole`` names the relation (``"jurisdictions"``, ``"themes"``).

    ``country_codes`` is the stored text of ``countries`` ("AR,BR"): the field
    itself builds a Country object per code, the costliest part of a row.
    """
    stored_countries = Cast("countries", output_field=CharField())
    return (
        reform_list()
        .annotate(country_codes=stored_countries)
        .prefetch_related(
            published_links(
                "jurisdictions", jurisdiction_list(), whole="jurisdictions" in whole
            ),
            published_links("themes", theme_list(), whole="themes" in whole),
            _public_commitment(whole="commitment" in whole),
        )
    )


def _public_commitment(*, whole):
    """The commitment a reform implements, as ``reform.commitment``: None unless
    the public may see it; its OGP id only unless ``whole``."""
    if whole:
        commitments = commitment_list_with_published_links()
    else:
        commitments = commitment_list().only("ogp_id")
    return Prefetch("commitment", queryset=commitments)


def jurisdiction_reforms(*, jurisdiction):
    """A member's published reforms by title in the active language, each with its
    published themes (``public_themes``): what the member page shows."""
    return (
        Reform.objects.published()
        .filter(jurisdictions=jurisdiction)
        .order_by(ordering_with_fallback("title"), "slug")
        .prefetch_related(
            Prefetch("themes", queryset=theme_list_by_name(), to_attr="public_themes")
        )
    )


def jurisdiction_theme_options():
    """Published themes that some published member works on through a published
    reform, ordered by name in the active language: the directory's theme filter."""
    # EXISTS per theme stops at the first match; IN would list every reform.
    member_of_reform = ReformJurisdiction.objects.filter(
        reform_id=OuterRef("reform_id"), jurisdiction__is_published=True
    )
    used = ReformTheme.objects.filter(
        theme_id=OuterRef("pk"), reform__is_published=True
    ).filter(Exists(member_of_reform))
    return theme_list_by_name().filter(Exists(used))

"""The plan pages: a member's action plans, a plan, a commitment and the
commitments directory, in both languages."""

import html
import re

import pytest
from django.utils import translation
from django.utils.translation import gettext

from plans.enums import Completion
from tests.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    DocumentFactory,
    JurisdictionFactory,
    ThemeFactory,
)
from tests.pages import notices, result_slugs, text

pytestmark = pytest.mark.django_db

TAG = re.compile(r"<[^>]+>")
SPACE = re.compile(r"\s+")


def plain(fragment):
    """Text of an HTML fragment, tags removed and spaces collapsed (none inside
    brackets). A line-break opportunity (<wbr>, in web addresses) is no space."""
    fragment = fragment.replace("<wbr>", "")
    words = SPACE.sub(" ", html.unescape(TAG.sub(" ", fragment))).strip()
    return words.replace("( ", "(").replace(" )", ")")


def section(response, heading_id):
    """The text of the page section labelled by ``heading_id``."""
    found = re.search(
        rf'<section aria-labelledby="{heading_id}"[^>]*>(.*?)</section>',
        text(response),
        re.DOTALL,
    )
    assert found, heading_id
    return plain(found.group(1))


def items(response, attribute):
    """``[(value of data-<attribute>, text)]`` of the list items carrying it."""
    return [
        (value, plain(body))
        for value, body in re.findall(
            rf'<li[^>]*data-{attribute}="([^"]+)"[^>]*>(.*?)</li>',
            text(response),
            re.DOTALL,
        )
    ]


def es(message):
    with translation.override("es"):
        return gettext(message)


# -- the member page -----------------------------------------------------------


def test_member_page_lists_its_public_plans_with_their_facts(client, record):
    response = client.get("/en/members/penalolen/")

    assert response.status_code == 200
    assert section(response, "plans-heading") == (
        "Action plans "
        "Peñalolén action plan 2021–2023 "
        "Period August 2021 – October 2023 "
        "Status In implementation "
        "Submitted August 31, 2021 "
        "Lead institutions Municipality of Peñalolén; Transparency Office "
        "Commitments 5 commitments in the plan; 2 listed here "
        "Its commitments "
        "CLPLN0001 Open budget data Completion: Substantial "
        "CLPLN0002 Participatory neighbourhood councils Completion: Not yet reviewed "
        "This member's commitments in the commitments directory"
    )
    assert 'href="/en/action-plans/penalolen-2021-2023/"' in text(response)
    assert 'href="/en/commitments/?jurisdiction=penalolen"' in text(response)


def test_member_page_in_spanish(client, record):
    response = client.get("/es/members/penalolen/")

    assert response.status_code == 200
    commitments = items(response, "commitment")
    assert [ogp_id for ogp_id, _text in commitments] == ["CLPLN0001", "CLPLN0002"]
    assert commitments[0][1] == (
        "CLPLN0001 Datos presupuestarios abiertos "
        + es("Completion: %(completion)s") % {"completion": es("Substantial")}
    )
    assert commitments[1][1] == (
        "CLPLN0002 Consejos vecinales participativos "
        + es("Completion: Not yet reviewed")
    )
    plans = section(response, "plans-heading")
    assert "Plan de acción de Peñalolén 2021–2023" in plans
    assert "31 de agosto de 2021" in plans
    assert 'href="/es/action-plans/penalolen-2021-2023/"' in text(response)


def test_member_page_hides_draft_plans_commitments_and_documents(client, record):
    body = text(client.get("/en/members/penalolen/"))

    for hidden in ["CLPLN0003", "CLPLN0009", "penalolen-draft"]:
        assert hidden not in body


def test_member_page_lists_documents(client, record):
    response = client.get("/en/members/penalolen/")

    assert items(response, "document") == [
        (
            "penalolen-end",
            "End of commitment report 2024: Peñalolén End of Commitment Report "
            "(in English)",
        ),
        (
            "penalolen-inception",
            "Inception report 2022: Informe de inicio de Peñalolén (in Spanish)",
        ),
    ]
    assert (
        '<a href="https://www.opengovpartnership.org/documents/penalolen-inception/"'
        ' rel="external" hreflang="es" lang="es">Informe de inicio de Peñalolén</a>'
    ) in text(response)


def test_member_page_chart_and_its_table_give_the_same_numbers(client, record):
    response = client.get("/en/members/penalolen/")
    body = text(response)

    assert '<svg class="chart-svg"' in body
    assert 'role="img" aria-labelledby="completion-chart-title completion-chart-desc"'
    assert (
        '<desc id="completion-chart-desc">No evidence available: 0; Not started: 0; '
        "Limited: 0; Substantial: 1; Complete: 0; Not yet reviewed: 1</desc>"
    ) in body
    rows = re.findall(
        r'<tr><th scope="row">([^<]+)</th><td>([^<]+)</td></tr>',
        body,
    )
    assert rows == [
        ("No evidence available", "0"),
        ("Not started", "0"),
        ("Limited", "0"),
        ("Substantial", "1"),
        ("Complete", "0"),
        ("Not yet reviewed", "1"),
    ]


def test_member_page_without_plans_has_no_chart(client):
    JurisdictionFactory(slug="rosario")

    response = client.get("/en/members/rosario/")

    assert section(response, "plans-heading") == (
        "Action plans No action plan of this member is listed yet."
    )
    assert "completion-heading" not in text(response)
    assert section(response, "documents-heading") == (
        "Documents No document of this member is listed yet."
    )


def test_a_plan_without_a_stated_status_or_count_says_nothing_of_them(client):
    member = JurisdictionFactory(slug="rosario")
    ActionPlanFactory(
        jurisdiction=member,
        title_en="Rosario plan",
        status="",
        start_year=2021,
        start_month=None,
        end_year=2023,
        end_month=10,
    )

    plans = section(client.get("/en/members/rosario/"), "plans-heading")

    assert plans == (
        "Action plans Rosario plan Period 2021 – October 2023 Commitments 0 listed here"
    )


def _member_with_plans(plans, commitments):
    member = JurisdictionFactory(slug="busy")
    theme = ThemeFactory()
    for _ in range(plans):
        plan = ActionPlanFactory(jurisdiction=member)
        design = DocumentFactory(jurisdiction=member, action_plan=plan)
        final = DocumentFactory(jurisdiction=member, action_plan=plan)
        for _ in range(commitments):
            CommitmentFactory(
                action_plan=plan,
                design_review=design,
                completion_review=final,
                completion=Completion.LIMITED,
                primary_theme=theme,
                themes=[ThemeFactory()],
            )
    return member


@pytest.mark.parametrize(("plans", "commitments"), [(1, 1), (4, 6)])
def test_member_page_query_count_is_constant(
    client, django_assert_num_queries, plans, commitments
):
    _member_with_plans(plans, commitments)

    # Member; its reforms, its sessions (no reform: no query for their themes);
    # plans; their commitments, the commitments' themes, design and completion
    # reviews; documents.
    with django_assert_num_queries(9):
        response = client.get("/en/members/busy/")

    assert response.status_code == 200
    assert len(items(response, "commitment")) == plans * commitments


# -- the plan page -------------------------------------------------------------


def test_plan_page_in_english(client, record):
    response = client.get("/en/action-plans/penalolen-2021-2023/")

    assert response.status_code == 200
    body = text(response)
    assert "<h1><span>Peñalolén action plan 2021–2023</span></h1>" in body
    assert plain(re.search(r'<p class="subtitle">(.*?)</p>', body).group(1)) == (
        "An action plan of Peñalolén"
    )
    assert section(response, "facts-heading") == (
        "At a glance "
        "Period August 2021 – October 2023 "
        "Status In implementation "
        "Submitted August 31, 2021 "
        "Lead institutions Municipality of Peñalolén; Transparency Office "
        "Commitments 5 commitments in the plan; 2 listed here "
        "OGP document page: "
        "https://www.opengovpartnership.org/documents/penalolen-plan/"
    )
    assert [ogp_id for ogp_id, _text in items(response, "commitment")] == [
        "CLPLN0001",
        "CLPLN0002",
    ]
    assert [slug for slug, _text in items(response, "document")] == [
        "penalolen-end",
        "penalolen-inception",
    ]
    assert section(response, "sources-heading") == (
        "Sources Member page: Penalolen Chile , Open Government Partnership"
    )
    breadcrumbs = re.search(r'<nav aria-label="Breadcrumb".*?</nav>', body, re.DOTALL)
    assert plain(breadcrumbs.group(0)) == (
        "Home Members Peñalolén Peñalolén action plan 2021–2023"
    )


def test_plan_page_in_spanish(client, record):
    response = client.get("/es/action-plans/penalolen-2021-2023/")

    assert response.status_code == 200
    body = text(response)
    assert "<h1><span>Plan de acción de Peñalolén 2021–2023</span></h1>" in body
    assert "31 de agosto de 2021" in section(response, "facts-heading")
    assert section(response, "sources-heading").startswith("Fuentes ")
    assert (
        '<link rel="canonical" href="http://testserver/es/action-plans/'
        'penalolen-2021-2023/">'
    ) in body
    assert (
        '<link rel="alternate" hreflang="en" '
        'href="http://testserver/en/action-plans/penalolen-2021-2023/">'
    ) in body


def test_a_draft_plan_is_not_found(client, record):
    assert client.get("/en/action-plans/penalolen-draft/").status_code == 404


def test_staff_preview_a_draft_plan(admin_client, record):
    response = admin_client.get("/en/action-plans/penalolen-draft/")

    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"


@pytest.mark.parametrize("rows", [1, 8])
def test_plan_page_query_count_is_constant(client, django_assert_num_queries, rows):
    member = _member_with_plans(1, rows)
    plan = member.action_plans.get()

    # Plan and member; commitments, their themes, design and completion reviews;
    # documents.
    with django_assert_num_queries(6):
        response = client.get(plan.get_absolute_url())

    assert response.status_code == 200
    assert len(items(response, "commitment")) == rows


# -- the commitment page -------------------------------------------------------


def test_commitment_page_in_english(client, record):
    response = client.get("/en/commitments/CLPLN0001/")

    assert response.status_code == 200
    body = text(response)
    assert "<h1><span>Open budget data</span></h1>" in body
    assert section(response, "facts-heading") == (
        "At a glance "
        "Member Peñalolén "
        "Action plan Peñalolén action plan 2021–2023 "
        "Period August 2021 – October 2023 "
        "Lead institutions Finance Department "
        "Primary policy area Open data "
        "Themes Justice "
        "OGP values Access to information, Civic participation "
        "OGP commitment page "
        "https://www.opengovpartnership.org/members/penalolen/commitments/CLPLN0001/"
    )
    assert section(response, "review-heading") == (
        "Review "
        # A Spanish title on the English page says so.
        "Verifiable Yes (review document: Informe de inicio de Peñalolén "
        "(in Spanish)) "
        "Relevant to OGP values Yes (review document: Informe de inicio de Peñalolén "
        "(in Spanish)) "
        "Potential results Modest (review document: Informe de inicio de Peñalolén "
        "(in Spanish)) "
        "Completion Substantial (review document: Peñalolén End of Commitment Report) "
        "Completion: Substantial "
        "Review notes The budget portal went live in 2023."
    )
    assert (
        body.count(
            'href="https://www.opengovpartnership.org/documents/penalolen-inception/"'
        )
        == 3
    )
    assert (
        body.count('href="https://www.opengovpartnership.org/documents/penalolen-end/"')
        == 2
    )  # the completion review and the sources
    assert section(response, "reforms-heading") == (
        "Reforms that implement it Budget portal"
    )
    assert 'href="/en/reforms/budget-portal/"' in body
    assert 'href="/en/members/penalolen/"' in body
    assert 'href="/en/action-plans/penalolen-2021-2023/"' in body


def test_commitment_page_in_spanish(client, record):
    response = client.get("/es/commitments/CLPLN0001/")

    assert response.status_code == 200
    body = text(response)
    assert "<h1><span>Datos presupuestarios abiertos</span></h1>" in body
    facts = section(response, "facts-heading")
    assert "Plan de acción de Peñalolén 2021–2023" in facts
    assert "Datos abiertos" in facts
    assert "Justicia" in facts
    assert "El portal de presupuesto se abrió en 2023." in section(
        response, "review-heading"
    )
    assert section(response, "reforms-heading").endswith("Portal de presupuesto")


def test_a_commitment_without_a_review_says_not_yet_reviewed(client, record):
    response = client.get("/en/commitments/CLPLN0002/")

    assert section(response, "review-heading") == (
        "Review Not yet reviewed: no review by the Independent Reporting Mechanism "
        "is listed for this commitment."
    )
    facts = section(response, "facts-heading")
    assert "Primary policy area Not stated" in facts
    assert "Themes None listed" in facts
    assert "Lead institutions Not stated" in facts


def test_a_partial_review_says_not_stated_for_what_it_leaves_out(client):
    CommitmentFactory(ogp_id="ABCDE0001", verifiable=False)

    review = section(client.get("/en/commitments/ABCDE0001/"), "review-heading")

    assert review == (
        "Review Verifiable No Relevant to OGP values not stated "
        "Potential results not stated Completion not stated"
    )


def test_a_review_document_that_is_not_public_is_not_linked(client):
    draft = DocumentFactory(
        title="Draft report", url="https://example.org/draft/", is_published=False
    )
    CommitmentFactory(
        ogp_id="ABCDE0001",
        action_plan__jurisdiction=draft.jurisdiction,
        completion=Completion.LIMITED,
        completion_review=draft,
    )

    body = text(client.get("/en/commitments/ABCDE0001/"))

    assert "Draft report" not in body
    assert "https://example.org/draft/" not in body


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("/en/commitments/clpln0001/", "/en/commitments/CLPLN0001/"),
        ("/es/commitments/ClPln0001/", "/es/commitments/CLPLN0001/"),
    ],
)
def test_a_lower_case_id_redirects_to_capitals(client, record, path, target):
    response = client.get(path)

    assert (response.status_code, response["Location"]) == (301, target)


@pytest.mark.parametrize(
    "path",
    [
        "/en/commitments/CLPLN0003/",  # a draft
        "/en/commitments/CLPLN0009/",  # in a draft plan
        "/en/commitments/NOPE0001/",
        "/en/commitments/nope0001/",  # redirects, then not found
        "/en/commitments/CLPLN00/",
    ],
)
def test_a_commitment_that_is_not_public_is_not_found(client, record, path):
    response = client.get(path, follow=True)

    assert response.status_code == 404


@pytest.mark.parametrize("reforms", [1, 5])
def test_commitment_page_query_count_is_constant(
    client, django_assert_num_queries, reforms
):
    from tests.factories import ReformFactory

    commitment = CommitmentFactory(
        ogp_id="ABCDE0001",
        themes=ThemeFactory.create_batch(3),
        design_review=DocumentFactory(),
        completion_review=DocumentFactory(),
    )
    ReformFactory.create_batch(reforms, commitment=commitment)

    # Commitment, plan, member and primary theme; themes; design and completion
    # reviews; reforms.
    with django_assert_num_queries(5):
        response = client.get("/en/commitments/ABCDE0001/")

    assert response.status_code == 200
    assert section(response, "reforms-heading").count("Reform ") == reforms


# -- the reform page links back ------------------------------------------------


def test_reform_page_links_to_the_commitment_it_implements(client, record):
    response = client.get("/en/reforms/budget-portal/")

    assert (
        "Commitment it implements CLPLN0001 Open budget data "
        "(Peñalolén action plan 2021–2023)"
    ) in section(response, "facts-heading")
    assert 'href="/en/commitments/CLPLN0001/"' in text(response)


def test_reform_page_does_not_link_a_draft_commitment(client):
    from tests.factories import ReformFactory

    ReformFactory(
        slug="hidden", commitment=CommitmentFactory(action_plan__is_published=False)
    )

    assert "Commitment it implements" not in text(client.get("/en/reforms/hidden/"))


# -- the directory -------------------------------------------------------------


def test_directory_lists_public_commitments_by_id(client, record):
    english = client.get("/en/commitments/")
    spanish = client.get("/es/commitments/")

    assert english.status_code == spanish.status_code == 200
    assert (
        result_slugs(english)
        == result_slugs(spanish)
        == [
            "CLPLN0001",
            "CLPLN0002",
            "ESMAD0001",
        ]
    )
    assert "3 commitments" in text(english)
    assert items(english, "result")[0] == (
        "CLPLN0001",
        "CLPLN0001 Open budget data Peñalolén · Peñalolén action plan 2021–2023 "
        "Completion: Substantial",
    )
    assert items(spanish, "result")[2][1].startswith(
        "ESMAD0001 Audiencias públicas sobre el presupuesto Madrid · "
        "Plan de acción de Madrid 2018–2020"
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=penalolen", ["CLPLN0001", "CLPLN0002"]),
        ("q=PE%C3%91ALOL%C3%89N", ["CLPLN0001", "CLPLN0002"]),
        ("q=presupuest", ["CLPLN0001", "ESMAD0001"]),
        ("q=clpln0002", ["CLPLN0002"]),
        ("jurisdiction=madrid", ["ESMAD0001"]),
        ("region=europe", ["ESMAD0001"]),
        ("theme=open-data", ["CLPLN0001", "ESMAD0001"]),
        ("theme=justice", ["CLPLN0001"]),
        ("completion=substantial", ["CLPLN0001"]),
        ("completion=not-assessed", ["CLPLN0002"]),
        ("completion=complete&completion=not-assessed", ["CLPLN0002", "ESMAD0001"]),
        ("plan_status=completed", ["ESMAD0001"]),
        ("year=2019", ["ESMAD0001"]),
        ("year=2022", ["CLPLN0001", "CLPLN0002"]),
        ("action_plan=penalolen-2021-2023", ["CLPLN0001", "CLPLN0002"]),
        ("ordering=-title", ["ESMAD0001", "CLPLN0002", "CLPLN0001"]),
    ],
)
def test_directory_filters(client, record, query, expected):
    response = client.get(f"/en/commitments/?{query}")

    assert response.status_code == 200
    assert result_slugs(response) == expected
    assert notices(response) == []


def test_directory_offers_the_filters_with_their_options(client, record):
    body = text(client.get("/en/commitments/?jurisdiction=madrid"))

    assert '<label for="filter-jurisdiction">Member</label>' in body
    assert '<option value="madrid" selected>Madrid</option>' in body
    assert '<option value="penalolen">Peñalolén</option>' in body
    assert '<option value="justice">Justice</option>' in body
    assert '<option value="not-assessed">Not yet assessed</option>' in body
    assert '<option value="2018">2018</option>' in body
    assert '<option value="2023">2023</option>' in body
    assert '<option value="2024">' not in body


def test_directory_never_shows_drafts(client, record):
    for query in ["", "?q=clpln", "?jurisdiction=penalolen", "?ordering=-title"]:
        slugs = result_slugs(client.get(f"/en/commitments/{query}"))
        assert "CLPLN0003" not in slugs
        assert "CLPLN0009" not in slugs


@pytest.mark.parametrize(
    ("language", "query", "message"),
    [
        (
            "en",
            "completion=half-done",
            "Completion: Select a valid choice. half-done is not one of the "
            "available choices. That filter was left out.",
        ),
        (
            "es",
            "region=mars",
            "Región: Escoja una opción válida. mars no es una de las opciones "
            "disponibles. Se omitió ese filtro.",
        ),
        (
            "es",
            "theme=nowhere",
            "Tema: no existe «nowhere». Se omitió ese filtro.",
        ),
    ],
)
def test_directory_bad_values_give_a_message(client, record, language, query, message):
    response = client.get(f"/{language}/commitments/?{query}")

    assert response.status_code == 200
    assert notices(response) == [message]
    assert result_slugs(response) == ["CLPLN0001", "CLPLN0002", "ESMAD0001"]


@pytest.mark.parametrize("rows", [1, 25])
def test_directory_query_count_is_constant(client, django_assert_num_queries, rows):
    theme = ThemeFactory()
    for _ in range(rows):
        CommitmentFactory(
            primary_theme=theme,
            themes=[ThemeFactory()],
            design_review=DocumentFactory(),
            completion_review=DocumentFactory(),
        )

    # Content version; member, theme and year options; count; a page of
    # commitments with plan and member; their themes; design and completion
    # reviews.
    with django_assert_num_queries(9):
        response = client.get(f"/en/commitments/?theme={theme.slug}")
    assert response.status_code == 200
    assert len(result_slugs(response)) == min(rows, 20)
    # The options and the count are remembered until content changes.
    with django_assert_num_queries(5):
        again = client.get(f"/en/commitments/?theme={theme.slug}&page=1")
    assert result_slugs(again) == result_slugs(response)


def test_directory_is_linked_from_the_home_page(client):
    assert 'href="/es/commitments/"' in text(client.get("/es/"))

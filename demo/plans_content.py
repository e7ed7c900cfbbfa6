"""Demo accountability records: action plans, commitments and documents of 19
members in the Americas, as plain Python data.

Everything below was read in the project's reference notes
(shared/reference/action-plans.md), which give the page each fact was read on; that
page is the record's ``sources``. What no page states stays empty: no plan has a
status, and a review field is set only where a page gives it. Commitments appear
only where both OGP's id and a title were read. Titles stay as published: an
English title has no Spanish twin (the Spanish page shows the English one, marked),
and a title published only in Spanish or Portuguese fills both columns. Lead
institutions are names, never translated: ``lead_institutions_language`` is "es"
where the notes give them in Spanish, empty (English) otherwise; acronyms alone
("INFOEM") are not evidently Spanish and stay empty.

Periods are (start year, start month, end year, end month), None where unknown.
"""

_OGP = "https://www.opengovpartnership.org"
_OGP_BARE = "https://opengovpartnership.org"
_ECUADOR_PAGE = "http://www.opengovpartnership.org/members/ecuador/"
_JALISCO_PAGE = f"{_OGP}/members/jalisco-mexico/"

# What a page says of a commitment beyond the structured review fields, in both
# languages. "Binding" paraphrases the potential-results sentence of OGP's page.
_BINDING = (
    "OGP's page describes its potential results as binding.",
    "La página de OGP describe sus resultados potenciales como vinculantes.",
)
_NOT_BINDING = (
    "OGP's page describes its potential results as not binding.",
    "La página de OGP describe sus resultados potenciales como no vinculantes.",
)
_EOCR_PUBLISHED = (
    "An end of commitment report has been published.",
    "Se ha publicado un informe de fin de compromiso.",
)
_EARLY_RESULTS_MARGINAL = (
    "The IRM found its early results marginal; it is not a starred commitment.",
    "El MRI consideró marginales sus primeros resultados; no es un compromiso estelar.",
)
_AMBITION_HIGH_RESULTS_MAJOR = (
    "The IRM rated its ambition high and its early results major.",
    "El MRI calificó su ambición de alta y sus primeros resultados de importantes.",
)


def _notes(*notes):
    return {
        "review_notes_en": " ".join(en for en, _es in notes),
        "review_notes_es": " ".join(es for _en, es in notes),
    }


def _period(start_year=None, start_month=None, end_year=None, end_month=None):
    return {
        "start_year": start_year,
        "start_month": start_month,
        "end_year": end_year,
        "end_month": end_month,
    }


def _lines(*lines):
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Action plans: 33, by member in the order of the reference notes.
# ---------------------------------------------------------------------------


def _plan(slug, member, title_en, title_es="", *, period, sources, **fields):
    return {
        "slug": slug,
        "jurisdiction": member,
        "title_en": title_en,
        "title_es": title_es,
        **period,
        "submitted_on": fields.pop("submitted_on", None),
        "lead_institutions": fields.pop("lead_institutions", ""),
        "lead_institutions_language": fields.pop("lead_institutions_language", ""),
        "status": "",
        "commitments_announced": fields.pop("commitments_announced", None),
        "ogp_url": fields.pop("ogp_url", ""),
        "sources": sources,
        **fields,
    }


ACTION_PLANS = [
    _plan(
        "penalolen-2021-2024",
        "penalolen",
        "Action plan – Peñalolén, Chile, 2021 – 2024",
        period=_period(2021, None, 2024, 9),
        submitted_on="2021-11-16",
        lead_institutions=_lines(
            "Directorate of Control and Open Government",
            "Department of Citizen Participation",
            "Municipal Administration",
        ),
        ogp_url=f"{_OGP_BARE}/documents/action-plan-penalolen-chile-2021-2024",
        sources=f"{_OGP_BARE}/documents/action-plan-penalolen-chile-2021-2024",
    ),
    _plan(
        "rosario-2021-2023",
        "rosario",
        "Action plan – Rosario, Argentina, 2021 – 2023",
        period=_period(2021, None, 2023, 10),
        submitted_on="2021-08-02",
        lead_institutions=_lines(
            "Secretariat of Modernization and Proximity",
            "Secretariat of Gender and Human Rights",
            "Secretariat of Environment and Public Space",
            "Coordination of the Municipal Cabinet",
            "Directorate of Research, Public Ethics and Transparency",
        ),
        ogp_url=f"{_OGP}/documents/action-plan-rosario-argentina-2021-2023/",
        sources=f"{_OGP}/documents/action-plan-rosario-argentina-2021-2023/",
    ),
    _plan(
        "quito-2022-2023",
        "quito",
        "Action plan – Quito, Ecuador, 2022 – 2023",
        "Plan de acción – Quito, Ecuador, 2022 – 2023",
        # The page shows both "Action Plan End: March 2023" and "Duration: May
        # 2023"; the plan's own end is the one kept.
        period=_period(2022, None, 2023, 3),
        submitted_on="2023-02-14",
        lead_institutions=_lines(
            "Secretaría General de Planificación",
            "Secretaría General de Coordinación Territorial y Participación Ciudadana",
            "Secretaría General del Concejo Metropolitano",
            "Secretaría de Desarrollo Productivo y Competitividad",
        ),
        lead_institutions_language="es",
        ogp_url=f"{_OGP_BARE}/documents/action-plan-quito-ecuador-2022-2023",
        sources=_lines(
            f"{_OGP_BARE}/documents/action-plan-quito-ecuador-2022-2023",
            f"{_OGP}/es/documents/action-plan-quito-ecuador-2022-2023/",
        ),
    ),
    _plan(
        "quito-2019-2021",
        "quito",
        "Primer Plan de Acción de Gobierno Abierto 2019 – 2021",
        "Primer Plan de Acción de Gobierno Abierto 2019 – 2021",
        period=_period(2019, None, 2021, None),
        sources="https://zonales.quito.gob.ec/?page_id=16408",
    ),
    _plan(
        "state-of-mexico-2021-2022",
        "state-of-mexico",
        "Action plan – Mexico State, Mexico, 2021 – 2022",
        period=_period(2021, None, 2022, None),
        sources=(
            f"{_OGP_BARE}/documents/"
            "inception-report-action-plan-mexico-state-mexico-2021-2022"
        ),
    ),
    _plan(
        "tlalnepantla-de-baz-2021-2023",
        "state-of-mexico",
        "Action plan – Tlalnepantla de Baz, Mexico, 2021 – 2023",
        period=_period(2021, None, 2023, 9),
        submitted_on="2022-02-23",
        lead_institutions=_lines(
            "Secretaría de Justicia y Derechos Humanos",
            "INFOEM",
            "Municipio de Tlalnepantla de Baz",
        ),
        lead_institutions_language="es",
        ogp_url=f"{_OGP}/documents/action-plan-tlalnepantla-de-baz-mexico-2021-2023/",
        sources=f"{_OGP}/documents/action-plan-tlalnepantla-de-baz-mexico-2021-2023/",
    ),
    _plan(
        "nuevo-leon-2022-2024",
        "nuevo-leon",
        "Action plan – Nuevo Leon (State), Mexico, 2022 – 2024",
        period=_period(2022, None, 2024, None),
        commitments_announced=4,
        sources=f"{_OGP}/members/nuevo-leon-state-mexico/",
    ),
    _plan(
        "buenos-aires-2021-2023",
        "buenos-aires",
        "Action plan – Buenos Aires, Argentina, 2021 – 2023",
        period=_period(2021, None, 2023, None),
        sources=(
            f"{_OGP}/documents/inception-report-action-plan-buenos-aires-argentina-"
            "2021-2023/"
        ),
    ),
    _plan(
        "buenos-aires-2025-2027",
        "buenos-aires",
        "Action plan – Buenos Aires, Argentina, 2025 – 2027",
        period=_period(2025, None, 2027, None),
        sources=f"{_OGP}/?p=95683",
    ),
    _plan(
        "bogota-2021-2023",
        "bogota",
        "Action plan – Bogotá, Colombia, 2021 – 2023",
        period=_period(2021, None, 2023, 10),
        submitted_on="2021-08-23",
        lead_institutions=_lines(
            "General Secretariat of the Mayor's Office – Open Government of Bogotá",
            "District Secretariats of Government, Planning, Health, Women, Mobility, "
            "Habitat and Security",
            "IDPAC",
        ),
        ogp_url=f"{_OGP}/documents/action-plan-bogota-colombia-2021-2023/",
        sources=f"{_OGP}/documents/action-plan-bogota-colombia-2021-2023/",
    ),
    _plan(
        "sao-paulo-2017",
        "sao-paulo",
        "São Paulo, Brazil Action Plan",
        period=_period(2017, 1, 2017, 12),
        lead_institutions=_lines(
            "São Paulo Aberta Initiative",
            "Municipal Secretariat for International Relations",
        ),
        sources=_lines(
            f"{_OGP}/members/sao-paulo-brazil/commitments/SAO0001/",
            "https://docslib.org/doc/4724198/irm-s%C3%A3o-paulo-brazil-progress-report-2017",
        ),
    ),
    _plan(
        "sao-paulo-2019-2020",
        "sao-paulo",
        "Plano de Governo Aberto 2019-2020",
        "Plano de Governo Aberto 2019-2020",
        period=_period(2019, None, 2020, None),
        sources=(
            "https://g1.globo.com/sp/sao-paulo/noticia/2019/08/22/"
            "83percent-dos-paulistanos-acham-que-prefeitura-de-sp-nao-e-transparente-"
            "diz-pesquisa.ghtml"
        ),
    ),
    _plan(
        "sao-paulo-2021-2024",
        "sao-paulo",
        "Action plan – São Paulo, Brazil, 2021 – 2024",
        period=_period(2021, None, 2024, 10),
        submitted_on="2021-09-24",
        lead_institutions=_lines(
            "Executive Management Secretariat",
            "Executive Secretariat for Planning and Priority Deliverables",
            "Secretariat of Green and Environment",
            "Secretariat of International Relations",
            "Executive Secretariat of Institutional Relations",
            "Sub-districts",
            "Health",
            "Education",
        ),
        ogp_url=f"{_OGP}/documents/action-plan-sao-paulo-brazil-2021-2024/",
        sources=f"{_OGP}/documents/action-plan-sao-paulo-brazil-2021-2024/",
    ),
    _plan(
        "jalisco-2016-2018",
        "jalisco",
        "Open Government Local Action Plan Jalisco 2016-2018",
        period=_period(2016, None, 2018, None),
        lead_institutions="Technical Secretariat for Open Government of Jalisco",
        commitments_announced=7,
        sources=(
            "https://pdfslide.net/documents/"
            "local-action-plan-open-government-partnership-open-government-of-jalisco.html"
        ),
    ),
    _plan(
        "jalisco-2019-2021",
        "jalisco",
        "Action Plan 2 (2019-2021)",
        period=_period(2019, None, 2021, None),
        commitments_announced=8,
        sources=_JALISCO_PAGE,
    ),
    _plan(
        "jalisco-2023-2024",
        "jalisco",
        "Action plan – Jalisco, Mexico, 2023 – 2024",
        # The page's title says 2023 – 2024, its period reads 2021 – October 2024.
        period=_period(2021, None, 2024, 10),
        submitted_on="2023-02-07",
        lead_institutions=_lines(
            "Supremo Tribunal de Justicia del Estado de Jalisco",
            "Consejo de la Judicatura",
            "Departamento de los Auxiliares de Administración de Justicia",
            "State Government",
            "Secretary of Planning and Citizen Participation",
        ),
        # One language names the list: three of its five names are Spanish as
        # the page wrote them; the two English renderings stay as read.
        lead_institutions_language="es",
        ogp_url=f"{_OGP_BARE}/?p=71832",
        sources=f"{_OGP_BARE}/?p=71832",
    ),
    _plan(
        "austin-2017",
        "austin",
        "First OGP cycle",
        period=_period(2017, None, 2017, None),
        commitments_announced=5,
        sources="https://austintexas.gov/blog/austins-2019-21-action-plan-ap2",
    ),
    _plan(
        "austin-2019-2021",
        "austin",
        "Austin, United States Action Plan 2019-2021",
        period=_period(2019, None, 2021, None),
        commitments_announced=4,
        sources=_lines(
            f"{_OGP}/members/austin-united-states/commitments/AUS0006/",
            "https://austintexas.gov/blog/austins-2019-21-action-plan-ap2",
        ),
    ),
    _plan(
        "austin-2024-2028",
        "austin",
        "Action plan – Austin, United States, 2024 – 2028",
        period=_period(2024, None, 2028, 11),
        submitted_on="2024-12-06",
        lead_institutions=_lines(
            "Office of Equity and Inclusion",
            "Equity Action Team",
            "Economic Development Department",
            "Resilient Cities Catalyst",
            "Office of Innovation",
            "Austin AI Alliance",
            "Office of Sustainability",
        ),
        commitments_announced=4,
        ogp_url=f"{_OGP_BARE}/documents/action-plan-austin-united-states-2024-2028",
        sources=f"{_OGP_BARE}/documents/action-plan-austin-united-states-2024-2028",
    ),
    _plan(
        "contagem-2022-2024",
        "contagem",
        "Action plan – Contagem, Brazil, 2022 – 2024",
        period=_period(2022, None, 2024, 10),
        submitted_on="2022-12-15",
        lead_institutions=_lines(
            "Municipal Comptroller General's Office",
            "Municipal Attorney-General's Office",
            "Municipal Secretariat of Information Technology",
            "Municipal Secretariat of Government and Popular Participation",
        ),
        commitments_announced=5,
        ogp_url=f"{_OGP}/documents/action-plan-contagem-brazil-2022-2024/",
        sources=_lines(
            f"{_OGP}/documents/action-plan-contagem-brazil-2022-2024/",
            f"{_OGP}/documents/inception-report-action-plan-contagem-brazil-2022-2024/",
        ),
    ),
    _plan(
        "santo-domingo-de-los-tsachilas-2021-2023",
        "santo-domingo-de-los-tsachilas",
        "Action plan – Santo Domingo de los Tsáchilas, Ecuador, 2021 – 2023",
        period=_period(2021, None, 2023, 5),
        submitted_on="2021-07-31",
        lead_institutions=_lines(
            "GAD Provincial de Santo Domingo de los Tsáchilas",
            "ESPE sede Santo Domingo",
            "Fundapi",
        ),
        lead_institutions_language="es",
        commitments_announced=3,
        ogp_url=(
            f"{_OGP}/documents/action-plan-santo-domingo-de-los-tsachilas-ecuador-"
            "2021-2023/"
        ),
        sources=(
            f"{_OGP}/documents/action-plan-santo-domingo-de-los-tsachilas-ecuador-"
            "2021-2023/"
        ),
    ),
    _plan(
        "santo-domingo-de-los-tsachilas-2024-2025",
        "santo-domingo-de-los-tsachilas",
        "Action plan – Santo Domingo de los Tsáchilas, Ecuador, 2024 – 2025",
        period=_period(2024, None, 2025, 5),
        submitted_on="2024-02-08",
        lead_institutions=_lines(
            "GAD Provincial de Santo Domingo de los Tsáchilas",
            "ESPE sede Santo Domingo",
            "Fundapi",
        ),
        lead_institutions_language="es",
        ogp_url=(
            f"{_OGP}/documents/action-plan-santo-domingo-de-los-tsachilas-ecuador-"
            "2024-2025/"
        ),
        sources=_lines(
            f"{_OGP}/documents/action-plan-santo-domingo-de-los-tsachilas-ecuador-"
            "2024-2025/",
            f"{_OGP}/es/documents/action-plan-santo-domingo-de-los-tsachilas-ecuador-"
            "2024-2025/",
        ),
    ),
    _plan(
        "cordoba-city-2021-2023",
        "cordoba-city",
        "Action plan – Córdoba (City), Argentina, 2021 – 2023",
        period=_period(2021, None, 2023, None),
        commitments_announced=3,
        sources=_lines(
            f"{_OGP_BARE}/documents/"
            "inception-report-action-plan-cordoba-city-argentina-2021-2023-3",
            "https://fundeps.org/en/rudi-borrmann-ogp-meeting/",
        ),
    ),
    _plan(
        "mendoza-2021-2023",
        "mendoza",
        "Action plan – Mendoza, Argentina, 2021 – 2023",
        period=_period(2021, None, 2023, 7),
        submitted_on="2021-08-19",
        lead_institutions=(
            "Dirección de Gobierno Abierto y Participación Ciudadana, Municipalidad "
            "de la Ciudad de Mendoza"
        ),
        lead_institutions_language="es",
        ogp_url=f"{_OGP}/?p=55727",
        sources=f"{_OGP}/?p=55727",
    ),
    _plan(
        "mendoza-2026-2027",
        "mendoza",
        "Action plan – Mendoza, Argentina, 2026 – 2027",
        period=_period(2026, None, 2027, 10),
        submitted_on="2026-03-19",
        lead_institutions=(
            "Digital Transformation, Smart Cities and Open Government Directorate"
        ),
        ogp_url=f"{_OGP}/documents/action-plan-mendoza-argentina-2026-2027/",
        sources=f"{_OGP}/documents/action-plan-mendoza-argentina-2026-2027/",
    ),
    _plan(
        "osasco-2021-2024",
        "osasco",
        "Action plan – Osasco, Brazil, 2021 – 2024",
        period=_period(2021, None, 2024, 10),
        submitted_on="2021-09-08",
        lead_institutions=_lines(
            "Management and Planning Secretary (SEPLAG)",
            "Finances Secretary (SF)",
            "Municipal Open Government Forum",
            "Intersecretariat Working Group",
        ),
        ogp_url=f"{_OGP_BARE}/?p=56286",
        sources=f"{_OGP_BARE}/?p=56286",
    ),
    _plan(
        "santa-catarina-2021-2022",
        "santa-catarina",
        "Action plan – Santa Catarina, Brazil, 2021 – 2022",
        period=_period(2021, None, 2022, 10),
        submitted_on="2021-08-05",
        lead_institutions=_lines(
            "Comptroller General of the State (CGE)",
            "State Secretariat of Administration (SEA)",
            "UDESC",
            "BADESC",
            "Social Observatory of Santa Catarina (OSB-SC)",
            "Politeia Research Group",
        ),
        commitments_announced=4,
        ogp_url=f"{_OGP}/documents/action-plan-santa-catarina-brazil-2021-2022/",
        sources=f"{_OGP}/documents/action-plan-santa-catarina-brazil-2021-2022/",
    ),
    _plan(
        "quintana-roo-2021-2022",
        "quintana-roo",
        "Action plan – Quintana Roo, Mexico, 2021 – 2022",
        period=_period(2021, None, 2022, 7),
        submitted_on="2022-02-22",
        lead_institutions=_lines("SECOES", "SEFIPLAN", "Consejería Jurídica"),
        lead_institutions_language="es",
        ogp_url=f"{_OGP}/documents/action-plan-quintana-roo-mexico-2021-2022/",
        sources=f"{_OGP}/documents/action-plan-quintana-roo-mexico-2021-2022/",
    ),
    _plan(
        "quintana-roo-2023-2025",
        "quintana-roo",
        "Action plan – Quintana Roo, Mexico, 2023 – 2025",
        period=_period(2023, None, 2025, 12),
        lead_institutions=_lines(
            "SECOES", "SEGOB", "SEFIPLAN", "SEMA", "Consejería Jurídica"
        ),
        lead_institutions_language="es",
        commitments_announced=4,
        ogp_url=f"{_OGP_BARE}/documents/action-plan-quintana-roo-mexico-2023-2025",
        sources=_lines(
            f"{_OGP_BARE}/documents/action-plan-quintana-roo-mexico-2023-2025",
            f"{_OGP_BARE}/?p=86490",
        ),
    ),
    _plan(
        "la-libertad-2016-2017",
        "la-libertad",
        "Action Plan for Open Government in La Libertad 2016-2017",
        period=_period(2016, None, 2017, None),
        lead_institutions="Regional Government of La Libertad",
        sources=(
            "https://dokumen.tips/documents/"
            "web-viewhayde-figueroa-valdez-president-of-apafa-of-the-ie-no-80824-jose.html"
        ),
    ),
    _plan(
        "la-libertad-2018-2020",
        "la-libertad",
        "La Libertad Action Plan 2018-2020",
        period=_period(2018, None, 2020, None),
        commitments_announced=6,
        sources=f"{_OGP_BARE}/documents/la-libertad-design-report-2018-2020",
    ),
    _plan(
        "ontario-2017",
        "ontario",
        "Ontario, Canada Action Plan",
        period=_period(2017, None, 2017, None),
        lead_institutions="Open Government Office",
        commitments_announced=3,
        sources=_lines(
            f"{_OGP_BARE}/members/ontario-canada/commitments/ont0001",
            "https://www.ontario.ca/page/open-government-partnership-progress-update",
        ),
    ),
    _plan(
        "ontario-2021-2022",
        "ontario",
        "Action plan – Ontario, Canada, 2021 – 2022",
        period=_period(2021, None, 2022, 4),
        submitted_on="2021-09-07",
        lead_institutions=(
            "The Ontario Digital Service within the Ontario Ministry of Finance"
        ),
        ogp_url=f"{_OGP}/documents/action-plan-ontario-canada-2021-2022/",
        sources=f"{_OGP}/documents/action-plan-ontario-canada-2021-2022/",
    ),
]

# ---------------------------------------------------------------------------
# Documents: 35. ``url`` is filled only where the source is the document's own
# page; a document only named or listed elsewhere keeps its source alone.
# ---------------------------------------------------------------------------


def _document(slug, member, plan, kind, title, *, year=None, url="", sources="", **f):
    return {
        "slug": slug,
        "jurisdiction": member,
        "action_plan": plan,
        "kind": kind,
        "year": year,
        "title": title,
        "url": url,
        "language": f.pop("language", ""),
        "sources": sources or url,
        **f,
    }


_AP, _IR, _EOCR, _OTHER = (
    "action-plan",
    "inception-report",
    "end-of-commitment-report",
    "other",
)

DOCUMENTS = [
    _document(
        "penalolen-action-plan-2021-2024",
        "penalolen",
        "penalolen-2021-2024",
        _AP,
        "Action plan – Peñalolén, Chile, 2021 – 2024",
        year=2021,
        url=f"{_OGP_BARE}/documents/action-plan-penalolen-chile-2021-2024",
    ),
    _document(
        "rosario-action-plan-2021-2023",
        "rosario",
        "rosario-2021-2023",
        _AP,
        "Action plan – Rosario, Argentina, 2021 – 2023",
        year=2021,
        url=f"{_OGP}/documents/action-plan-rosario-argentina-2021-2023/",
    ),
    _document(
        "rosario-inception-report-2021-2023",
        "rosario",
        "rosario-2021-2023",
        _IR,
        "Informe de Inicio – Plan de Acción – Rosario, Argentina, 2021 – 2023",
        url=f"{_OGP}/es/documents/inception-report-action-plan-rosario-argentina-"
        "2021-2023/",
        language="es",
    ),
    _document(
        "quito-action-plan-2022-2023",
        "quito",
        "quito-2022-2023",
        _AP,
        "Action plan – Quito, Ecuador, 2022 – 2023",
        year=2023,
        sources=_ECUADOR_PAGE,
    ),
    _document(
        "quito-second-action-plan-2022-2023",
        "quito",
        "quito-2022-2023",
        _AP,
        "Segundo Plan de Acción de Gobierno Abierto del Distrito Metropolitano de "
        "Quito 2022 – 2023",
        year=2022,
        sources=_ECUADOR_PAGE,
        language="es",
    ),
    _document(
        "quito-letter-of-support",
        "quito",
        None,
        _OTHER,
        "Quito – Letter of Support",
        year=2021,
        sources=_ECUADOR_PAGE,
    ),
    _document(
        "state-of-mexico-inception-report-2021-2022",
        "state-of-mexico",
        "state-of-mexico-2021-2022",
        _IR,
        "Inception Report – Action plan – Mexico State, Mexico, 2021 – 2022",
        url=f"{_OGP_BARE}/documents/"
        "inception-report-action-plan-mexico-state-mexico-2021-2022",
    ),
    _document(
        "state-of-mexico-eocr-open-government-culture",
        "state-of-mexico",
        "state-of-mexico-2021-2022",
        _EOCR,
        "End of Commitment Report – Open government culture",
        url=f"{_OGP_BARE}/documents/end-of-commitment-report-open-government-culture",
    ),
    _document(
        "nuevo-leon-inception-report-2022-2024",
        "nuevo-leon",
        "nuevo-leon-2022-2024",
        _IR,
        "Inception Report – Action plan – Nuevo Leon (State), Mexico, 2022 – 2024",
        url=f"{_OGP}/documents/inception-report-action-plan-nuevo-leon-state-mexico-"
        "2022-2024/",
    ),
    _document(
        "nuevo-leon-eocr-girls-boys-and-adolescents",
        "nuevo-leon",
        "nuevo-leon-2022-2024",
        _EOCR,
        "End of Commitment Report – In Nuevo León, girls, boys and adolescents "
        "participate to improve our environment.",
        url=f"{_OGP_BARE}/documents/end-of-commitment-report-in-nuevo-leon-girls-"
        "boys-and-adolescents-participate-to-improve-our-environment",
    ),
    _document(
        "buenos-aires-inception-report-2021-2023",
        "buenos-aires",
        "buenos-aires-2021-2023",
        _IR,
        "Inception Report – Action plan – Buenos Aires, Argentina, 2021 – 2023",
        url=f"{_OGP}/documents/inception-report-action-plan-buenos-aires-argentina-"
        "2021-2023/",
    ),
    _document(
        "buenos-aires-inception-report-2025-2027",
        "buenos-aires",
        "buenos-aires-2025-2027",
        _IR,
        "Inception Report – Action plan – Buenos Aires, Argentina, 2025 – 2027",
        url=f"{_OGP}/?p=95683",
    ),
    _document(
        "sao-paulo-irm-progress-report-2017",
        "sao-paulo",
        "sao-paulo-2017",
        _OTHER,
        "IRM São Paulo, Brazil Progress Report 2017",
        year=2017,
        sources="https://docslib.org/doc/4724198/irm-s%C3%A3o-paulo-brazil-progress-report-2017",
    ),
    _document(
        "sao-paulo-inception-report-2021-2024",
        "sao-paulo",
        "sao-paulo-2021-2024",
        _IR,
        "Inception Report – Action plan – São Paulo, Brazil, 2021 – 2024",
        url=f"{_OGP}/documents/inception-report-action-plan-sao-paulo-brazil-"
        "2021-2024/",
    ),
    _document(
        "sao-paulo-application-letter",
        "sao-paulo",
        None,
        _OTHER,
        "São Paulo application letter",
        year=2016,
        sources="http://www.opengovpartnership.org/node/9037",
    ),
    _document(
        "jalisco-application-letter",
        "jalisco",
        None,
        _OTHER,
        "Jalisco application letter",
        year=2016,
        sources=f"{_OGP}/countries/jalisco-mexico",
    ),
    _document(
        "jalisco-action-plan-2016-2018",
        "jalisco",
        "jalisco-2016-2018",
        _AP,
        "Open Government Local Action Plan 2016-2018",
        year=2016,
        sources="https://docslib.org/doc/10708447/"
        "open-government-local-action-plan-jalisco-2016-2018",
    ),
    _document(
        "jalisco-eocr-digital-platform-for-laws",
        "jalisco",
        "jalisco-2023-2024",
        _EOCR,
        "End of Commitment Report – Strengthening and incorporation of new elements "
        "in the digital platform for citizen participation in the creation and "
        "modification of laws",
        url=f"{_OGP_BARE}/documents/end-of-commitment-report-strengthening-and-"
        "incorporation-of-new-elements-in-the-digital-platform-for-citizen-"
        "participation-in-the-creation-and-modification-of-laws",
    ),
    _document(
        "austin-action-plan-2024-2028",
        "austin",
        "austin-2024-2028",
        _AP,
        "Action plan – Austin, United States, 2024 – 2028",
        year=2024,
        url=f"{_OGP_BARE}/documents/action-plan-austin-united-states-2024-2028",
    ),
    _document(
        "austin-action-plan-ii-report",
        "austin",
        "austin-2019-2021",
        _OTHER,
        "OGP Action Plan II Report",
        sources="https://austintexas.gov/opengovernmentpartnership?page=2",
    ),
    _document(
        "contagem-inception-report-2022-2024",
        "contagem",
        "contagem-2022-2024",
        _IR,
        "Inception Report – Action plan – Contagem, Brazil, 2022 – 2024",
        url=f"{_OGP}/documents/inception-report-action-plan-contagem-brazil-2022-2024/",
    ),
    _document(
        "contagem-eocr-integrity-plan",
        "contagem",
        "contagem-2022-2024",
        _EOCR,
        "End of Commitment Report – Develop and implement the Contagem Integrity "
        "Plan (PIC)",
        url=f"{_OGP_BARE}/?p=84596",
    ),
    _document(
        "contagem-eocr-third-sector-app",
        "contagem",
        "contagem-2022-2024",
        _EOCR,
        # As the reference notes quote it: the published title goes on.
        "End of Commitment Report – Develop a mobile application for "
        "georeferencing third sector institutions…",
        url=f"{_OGP_BARE}/documents/end-of-commitment-report-develop-a-mobile-"
        "application-for-georeferencing-third-sector-institutions-to-ensure-that-"
        "citizens-have-access-to-information-about-the-services-provided-in-"
        "partnership-with",
    ),
    _document(
        "santo-domingo-de-los-tsachilas-action-plan-2021-2023",
        "santo-domingo-de-los-tsachilas",
        "santo-domingo-de-los-tsachilas-2021-2023",
        _AP,
        "Action plan – Santo Domingo de los Tsáchilas, Ecuador, 2021 – 2023",
        year=2021,
        sources=_ECUADOR_PAGE,
    ),
    _document(
        "santo-domingo-de-los-tsachilas-letter-of-support",
        "santo-domingo-de-los-tsachilas",
        None,
        _OTHER,
        "Santo Domingo de los Tsáchilas – Letter of Support",
        year=2021,
        sources=_ECUADOR_PAGE,
    ),
    _document(
        "cordoba-city-inception-report-2021-2023",
        "cordoba-city",
        "cordoba-city-2021-2023",
        _IR,
        "Inception Report – Action plan – Córdoba (City), Argentina, 2021 – 2023",
        url=f"{_OGP_BARE}/documents/"
        "inception-report-action-plan-cordoba-city-argentina-2021-2023-3",
    ),
    _document(
        "mendoza-inception-report-2021-2023",
        "mendoza",
        "mendoza-2021-2023",
        _IR,
        "Inception Report – Action plan – Mendoza, Argentina, 2021 – 2023",
        sources=f"{_OGP}/members/mendoza-argentina/commitments/ARCMD0001",
    ),
    _document(
        "mendoza-eocr-transparency-plan",
        "mendoza",
        "mendoza-2021-2023",
        _EOCR,
        "End of Commitment Report – The City of Mendoza commits to develop the "
        "Transparency Plan.",
        url=f"{_OGP}/documents/end-of-commitment-report-the-city-of-mendoza-commits-"
        "to-develop-the-transparency-plan/",
    ),
    _document(
        "quintana-roo-inception-report-2021-2022",
        "quintana-roo",
        "quintana-roo-2021-2022",
        _IR,
        "Inception Report – Action plan – Quintana Roo, Mexico, 2021 – 2022",
        url=f"{_OGP}/documents/inception-report-action-plan-quintana-roo-mexico-"
        "2021-2022/",
    ),
    _document(
        "quintana-roo-inception-report-2023-2025",
        "quintana-roo",
        "quintana-roo-2023-2025",
        _IR,
        "Inception Report – Action plan – Quintana Roo, Mexico, 2023 – 2025",
        url=f"{_OGP_BARE}/?p=86490",
    ),
    _document(
        "la-libertad-design-report-2018-2020",
        "la-libertad",
        "la-libertad-2018-2020",
        _OTHER,
        "La Libertad Design Report 2018-2020",
        year=2020,
        url=f"{_OGP_BARE}/documents/la-libertad-design-report-2018-2020",
        sources=_lines(
            f"{_OGP_BARE}/documents/la-libertad-design-report-2018-2020",
            f"{_OGP}/members/Peru/",
        ),
    ),
    _document(
        "la-libertad-irm-final-report-2017",
        "la-libertad",
        "la-libertad-2016-2017",
        _OTHER,
        "Mecanismo de Revisión Independiente (IRM): La Libertad, Informe Final 2017",
        year=2017,
        sources="https://fdocuments.ec/document/"
        "mecanismo-de-revisin-independiente-irm-la-libertad-para-la-participacin.html",
        language="es",
    ),
    _document(
        "la-libertad-irm-preliminary-report-2017",
        "la-libertad",
        "la-libertad-2016-2017",
        _OTHER,
        "MRI Informe preliminar 2017: La Libertad",
        year=2017,
        sources="https://fdocuments.es/document/"
        "mecanismo-de-revision-independiente-mri-informe-1-mecanismo-de-revision.html",
        language="es",
    ),
    _document(
        "ontario-application-letter",
        "ontario",
        None,
        _OTHER,
        "Ontario application letter",
        year=2016,
        sources=f"{_OGP}/countries/ontario-canada",
    ),
    _document(
        "ontario-final-irm-report-2017",
        "ontario",
        "ontario-2017",
        _OTHER,
        "Ontario Final IRM Report 2017",
        year=2017,
        sources=f"{_OGP_BARE}/members/ontario-canada/commitments/ont0001",
    ),
]

# ---------------------------------------------------------------------------
# Commitments: 34, each with OGP's id and a title read on a page. A policy area
# becomes a theme only where the directory has that theme.
# ---------------------------------------------------------------------------

_ACCESS, _PARTICIPATION, _ACCOUNTABILITY, _TECHNOLOGY = (
    "access-to-information",
    "civic-participation",
    "public-accountability",
    "technology",
)


def _commitment(ogp_id, plan, title_en, *, sources, period=None, **fields):
    notes = fields.pop("notes", ())
    return {
        "ogp_id": ogp_id,
        "action_plan": plan,
        "title_en": title_en,
        "title_es": "",
        "description_en": "",
        "description_es": "",
        **(period or _period()),
        "primary_theme": fields.pop("primary_theme", None),
        "themes": fields.pop("themes", []),
        "lead_institutions": fields.pop("lead_institutions", ""),
        "lead_institutions_language": fields.pop("lead_institutions_language", ""),
        "ogp_values": fields.pop("ogp_values", []),
        "verifiable": fields.pop("verifiable", None),
        "relevant": fields.pop("relevant", None),
        "potential_impact": "",
        "design_review": fields.pop("design_review", None),
        "completion": fields.pop("completion", ""),
        "completion_review": fields.pop("completion_review", None),
        **_notes(*notes),
        "ogp_url": fields.pop("ogp_url", sources.splitlines()[0]),
        "sources": sources,
        **fields,
    }


def _jalisco(ogp_id, plan, title, primary_theme=None):
    """A Jalisco row of OGP's member page: id, title and policy area only."""
    return _commitment(
        ogp_id,
        plan,
        title,
        primary_theme=primary_theme,
        ogp_url="",
        sources=_JALISCO_PAGE,
    )


COMMITMENTS = [
    _commitment(
        "ARCRR0003",
        "rosario-2021-2023",
        "Strengthening municipal mechanisms for access to public information",
        period=_period(2021, 8, 2023, 10),
        lead_institutions="General Directorate of Public Ethics and Transparency "
        "Investigations",
        ogp_values=[_TECHNOLOGY, _ACCESS],
        verifiable=True,
        relevant=True,
        design_review="rosario-inception-report-2021-2023",
        notes=[_BINDING],
        sources=f"{_OGP_BARE}/members/rosario-argentina/commitments/arcrr0003",
    ),
    _commitment(
        "ARCRR0004",
        "rosario-2021-2023",
        "Collaborative Creation of a Citizen Participation Monitor",
        period=_period(2021, 8, 2022, 12),
        lead_institutions="Secretariat for Modernization and Proximity",
        ogp_values=[_PARTICIPATION, _TECHNOLOGY],
        verifiable=True,
        relevant=True,
        design_review="rosario-inception-report-2021-2023",
        notes=[_NOT_BINDING],
        sources=f"{_OGP}/members/Rosario-Argentina/commitments/ARCRR0004/",
    ),
    _commitment(
        "ARCRR0005",
        "rosario-2021-2023",
        "Strengthening the Local Climate Action Plan",
        period=_period(2021, 8, 2022, 6),
        lead_institutions="Secretariat of Environment and Public Space",
        ogp_values=[_TECHNOLOGY, _PARTICIPATION],
        verifiable=True,
        relevant=True,
        design_review="rosario-inception-report-2021-2023",
        notes=[_BINDING],
        sources=f"{_OGP}/members/rosario-argentina/commitments/ARCRR0005/",
    ),
    _commitment(
        "MXMEX0009",
        "state-of-mexico-2021-2022",
        "Open government culture",
        period=_period(2022, 2, 2022, 5),
        lead_institutions="INFOEM",
        ogp_values=[_ACCESS],
        verifiable=True,
        relevant=True,
        design_review="state-of-mexico-inception-report-2021-2022",
        completion_review="state-of-mexico-eocr-open-government-culture",
        notes=[_BINDING, _EOCR_PUBLISHED],
        sources=f"{_OGP}/members/mexico-state-mexico/commitments/MXMEX0009",
    ),
    _commitment(
        "MXNLE0002",
        "nuevo-leon-2022-2024",
        "In Nuevo León, girls, boys and adolescents participate to improve our "
        "environment.",
        period=_period(2023, 1, 2024, 6),
        lead_institutions="Secretariat of Citizen Participation",
        ogp_values=[_ACCESS, _PARTICIPATION, _ACCOUNTABILITY, _TECHNOLOGY],
        verifiable=True,
        relevant=True,
        design_review="nuevo-leon-inception-report-2022-2024",
        completion_review="nuevo-leon-eocr-girls-boys-and-adolescents",
        notes=[_BINDING, _EOCR_PUBLISHED],
        sources=f"{_OGP}/members/nuevo-leon-state-mexico/commitments/MXNLE0002",
    ),
    # San Pedro Garza García's id, listed under the state's plan as the reference
    # notes list it.
    _commitment(
        "MXSPG0003",
        "nuevo-leon-2022-2024",
        "Making transparency proactive in Nuevo León",
        period=_period(2023, 1, 2024, 6),
        lead_institutions="Comptrollership and Government Transparency of the State "
        "of Nuevo León",
        ogp_values=[_ACCESS, _ACCOUNTABILITY, _PARTICIPATION],
        verifiable=True,
        relevant=True,
        notes=[_NOT_BINDING],
        sources=f"{_OGP_BARE}/members/san-pedro-garza-garc%C3%ADa-mexico/commitments/"
        "mxspg0003",
    ),
    _commitment(
        "ARBA0008",
        "buenos-aires-2025-2027",
        "Participatory and Transparent Climate Action: 4th Climate Action Plan (CAP) "
        "of the Autonomous City of Buenos Aires",
        period=_period(2025, 6, 2027, 6),
        lead_institutions="General Direction of Environmental Policy and Strategy – "
        "Undersecretariat for the Environment – GCBA",
        ogp_values=[_ACCESS, _PARTICIPATION],
        sources=f"{_OGP}/members/buenos-aires-argentina/commitments/ARBA0008",
    ),
    _commitment(
        "COBOG0004",
        "bogota-2021-2023",
        "Territories of Innovation and Participation in Health- TIPS",
        period=_period(2021, 9, 2023, 10),
        lead_institutions="Secretariat of Health",
        ogp_values=[_TECHNOLOGY],
        sources=f"{_OGP}/members/bogot%25C3%25A1-colombia/commitments/cobog0004/",
    ),
    _commitment(
        "SAO0001",
        "sao-paulo-2017",
        "Increase the power of intervention of the Municipal Participative Councils "
        "in each Subprefecture (city district), creating deliberative open sessions "
        "to receive proposals and demands from the citizens.",
        period=_period(2017, None, 2017, None),
        lead_institutions="Municipal Secretariat for Institutional Relations",
        ogp_values=[_ACCESS, _PARTICIPATION],
        verifiable=True,
        relevant=True,
        notes=[_EARLY_RESULTS_MARGINAL],
        sources=f"{_OGP}/members/sao-paulo-brazil/commitments/SAO0001/",
    ),
    _commitment(
        "SAO0002",
        "sao-paulo-2017",
        'Expand the Training Program "Open Government Agents", Becoming a Permanent '
        "Education and Citizenship Program…",
        period=_period(2017, None, 2017, None),
        themes=["capacity-building"],
        lead_institutions=_lines(
            "São Paulo Aberta",
            "Municipal Secretariat for International and Federative Relations",
        ),
        ogp_values=[_PARTICIPATION],
        verifiable=True,
        relevant=True,
        notes=[_EARLY_RESULTS_MARGINAL],
        sources=f"{_OGP}/members/sao-paulo-brazil/commitments/SAO0002/",
    ),
    _commitment(
        "SAO0004",
        "sao-paulo-2017",
        "Create a Network of Civil Servants Involving All City Hall Secretariats, "
        "Entities and Public Venues, Dialoguing with Ciga… and São Paulo Aberta…",
        period=_period(2017, None, 2017, None),
        themes=["capacity-building"],
        lead_institutions=_lines(
            "CIGA-SP",
            "Municipal Secretariat for International and Federative Relations",
        ),
        verifiable=True,
        relevant=False,
        notes=[_EARLY_RESULTS_MARGINAL],
        sources=f"{_OGP}/members/sao-paulo-brazil/commitments/SAO0004/",
    ),
    _commitment(
        "BRSP0002",
        "sao-paulo-2021-2024",
        "Strengthen the population's engagement for monitoring the implementation "
        "of the Municipal Agenda 2030.",
        period=_period(2021, 10, 2024, 10),
        lead_institutions="Executive Secretariat for Planning and Priority "
        "Deliverables",
        ogp_values=[_TECHNOLOGY, _ACCOUNTABILITY, _ACCESS],
        verifiable=True,
        relevant=True,
        design_review="sao-paulo-inception-report-2021-2024",
        notes=[_NOT_BINDING],
        sources=f"{_OGP}/members/S%25EF%25BF%25BD%25EF%25BF%25BDo-Paulo-Brazil/"
        "commitments/BRSP0002/",
    ),
    _jalisco(
        "JAL0001",
        "jalisco-2016-2018",
        "Intervention Project in the Lomas De Polanco Through Coordination with "
        "Local Police and Open Spaces of the Municipality of Guadalajara",
        primary_theme="justice",
    ),
    _jalisco(
        "JAL0002",
        "jalisco-2016-2018",
        "Reducing the Wage Gap Between Men and Women in the State of Jalisco",
    ),
    _jalisco(
        "JAL0003",
        "jalisco-2016-2018",
        "State Register of Skills for People with Disabilities",
    ),
    _jalisco("JAL0004", "jalisco-2016-2018", "State Register of Farm Workers"),
    _jalisco(
        "JAL0005",
        "jalisco-2016-2018",
        "Technological Platform for Continuous Training of Teachers",
    ),
    _jalisco("JAL0008", "jalisco-2019-2021", "Citizen Feedback Portal on Draft Laws"),
    _jalisco(
        "JAL0009",
        "jalisco-2019-2021",
        "Transparency and Accountability of Social Programs",
    ),
    _jalisco(
        "JAL0010",
        "jalisco-2019-2021",
        "New Model for Judge Selection",
        primary_theme="justice",
    ),
    _jalisco(
        "JAL0011",
        "jalisco-2019-2021",
        "Platform for Reporting on Public Service Delivery",
    ),
    _jalisco(
        "JAL0012",
        "jalisco-2019-2021",
        "Co-creation of an Open Data Portal for Anti-Corruption",
    ),
    _jalisco("JAL0013", "jalisco-2019-2021", "Public Service Delivery in Guadalajara"),
    _jalisco("JAL0014", "jalisco-2019-2021", "Administrative Service Certification"),
    _jalisco(
        "JAL0015",
        "jalisco-2019-2021",
        "Digital Platform on Public Service Delivery",
    ),
    _commitment(
        "MXJL0002",
        "jalisco-2023-2024",
        "Strengthening and incorporation of new elements in the digital platform for "
        "citizen participation in the creation and modification of laws.",
        period=_period(2021, 9, 2021, 10),
        lead_institutions="Congreso del Estado de Jalisco",
        lead_institutions_language="es",
        ogp_values=[_ACCESS, _PARTICIPATION, _ACCOUNTABILITY],
        completion_review="jalisco-eocr-digital-platform-for-laws",
        notes=[_EOCR_PUBLISHED],
        sources=f"{_OGP_BARE}/members/jalisco-mexico/commitments/MXJL0002",
    ),
    _commitment(
        "AUS0006",
        "austin-2019-2021",
        "Community Climate Resilience Pilot",
        lead_institutions="City of Austin Office of Sustainability",
        verifiable=True,
        relevant=True,
        notes=[
            _AMBITION_HIGH_RESULTS_MAJOR,
            (
                "OGP's page says the IRM report is pending.",
                "La página de OGP indica que el informe del MRI está pendiente.",
            ),
        ],
        sources=f"{_OGP}/members/austin-united-states/commitments/AUS0006/",
    ),
    _commitment(
        "ECSDT0005",
        "santo-domingo-de-los-tsachilas-2024-2025",
        "Program for the preservation of the ancestral and cultural heritage of the "
        "Tsáchila nationality through the co-creation of a provincial ordinance and "
        "publication of open data.",
        period=_period(2024, 2, 2025, 12),
        lead_institutions="GAD Provincial Santo Domingo de los Tsáchilas",
        lead_institutions_language="es",
        ogp_values=[_ACCESS],
        sources=f"{_OGP_BARE}/members/santo-domingo-de-los-tsachilas-ecuador/"
        "commitments/ECSDT0005",
    ),
    _commitment(
        "ARCCR0004",
        "cordoba-city-2021-2023",
        "Promote self-management processes of neighboring sustainable development "
        "through Neighborhood Centers of the City of Cordoba, taking the Sustainable "
        "Development Goals as axes for the planification.",
        period=_period(2021, 8, 2023, 12),
        lead_institutions="Secretary for Citizen Participation",
        ogp_values=[_PARTICIPATION],
        sources=f"{_OGP}/members/cordoba-city-argentina/commitments/ARCCR0004",
    ),
    _commitment(
        "ARCMD0001",
        "mendoza-2021-2023",
        "The City of Mendoza commits to develop the Transparency Plan.",
        period=_period(2021, 8, 2022, 7),
        lead_institutions="Dirección de Gobierno Abierto y Participación Ciudadana",
        lead_institutions_language="es",
        ogp_values=[_ACCESS],
        verifiable=True,
        relevant=True,
        design_review="mendoza-inception-report-2021-2023",
        # "3 milestones fully met" is every milestone: the IRM's "complete".
        completion="complete",
        completion_review="mendoza-eocr-transparency-plan",
        notes=[
            _BINDING,
            (
                "The end of commitment report finds its three milestones fully met.",
                "El informe de fin de compromiso concluye que sus tres hitos se "
                "cumplieron por completo.",
            ),
        ],
        sources=_lines(
            f"{_OGP}/members/mendoza-argentina/commitments/ARCMD0001",
            f"{_OGP}/documents/end-of-commitment-report-the-city-of-mendoza-commits-"
            "to-develop-the-transparency-plan/",
        ),
    ),
    _commitment(
        "MXROO0001",
        "quintana-roo-2021-2022",
        "Co-create between youth and the state government a protocol for adding "
        "youth in the political life and decision-making of the State of Quintana "
        "Roo.",
        period=_period(2021, 9, 2022, 7),
        lead_institutions="Secretaría de Desarrollo Social",
        lead_institutions_language="es",
        ogp_values=[_PARTICIPATION, _ACCESS],
        verifiable=True,
        relevant=True,
        design_review="quintana-roo-inception-report-2021-2022",
        notes=[
            (
                "OGP's page describes it as a new practice.",
                "La página de OGP la describe como una práctica nueva.",
            ),
            _BINDING,
            _EOCR_PUBLISHED,
        ],
        sources=f"{_OGP_BARE}/members/quintana-roo-mexico/commitments/MXROO0001",
    ),
    _commitment(
        "MXROO0002",
        "quintana-roo-2021-2022",
        "Co-create a citizen's initiative to reform the State Planning Law with a "
        "long-term vision for Quintana Roo.",
        period=_period(2021, 7, 2022, 7),
        lead_institutions="Secretaría de la Contraloría del Estado",
        lead_institutions_language="es",
        ogp_values=[_PARTICIPATION, _ACCESS],
        verifiable=True,
        relevant=True,
        design_review="quintana-roo-inception-report-2021-2022",
        notes=[
            (
                "OGP's page describes it as a new regulation.",
                "La página de OGP la describe como una normativa nueva.",
            ),
            _BINDING,
            _EOCR_PUBLISHED,
        ],
        sources=f"{_OGP_BARE}/members/quintana-roo-mexico/commitments/MXROO0002",
    ),
    _commitment(
        "MXROO0005",
        "quintana-roo-2023-2025",
        "Co-creation of the Strategic Plan for Sustainable Development of Quintana "
        "Roo (PEDSQROO) 2050 with participatory planning that responds to the common "
        "citizen interest.",
        period=_period(2023, 7, 2025, 12),
        lead_institutions="New Agreement for the Well-being and Development of "
        "Quintana Roo",
        ogp_values=[_PARTICIPATION, _ACCOUNTABILITY],
        verifiable=True,
        relevant=True,
        design_review="quintana-roo-inception-report-2023-2025",
        notes=[_BINDING],
        sources=f"{_OGP}/members/quintana-roo-mexico/commitments/MXROO0005",
    ),
    _commitment(
        "ONT0001",
        "ontario-2017",
        "Strengthen Ontario's Commitment to Making Government Data Open by Default "
        "by Adopting the International Open Data Charter.",
        period=_period(2017, None, 2017, None),
        themes=["capacity-building", "open-data"],
        lead_institutions="Open Government Office",
        verifiable=True,
        relevant=True,
        design_review="ontario-final-irm-report-2017",
        notes=[_AMBITION_HIGH_RESULTS_MAJOR],
        sources=f"{_OGP_BARE}/members/ontario-canada/commitments/ont0001",
    ),
]

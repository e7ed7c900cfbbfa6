"""Demo content for the OGP Local Directory, as plain Python data.

The facts come from the OGP blog post "From Regional to Local: Local Governments in
the Americas" (Open Americas, Santo Domingo, 2022) and from the project's researched
reference notes; every text below is written afresh in English and Spanish. Unknown
text is an empty string and unknown numbers or coordinates are None. Dates are
ISO strings, coordinates are decimal strings, and ``sources`` holds one URL a line.
"""

_SEED_URL = (
    "https://opengovpartnership.org/stories/"
    "from-regional-to-local-local-governments-in-the-americas"
)

# ---------------------------------------------------------------------------
# Themes: the six Local Circles named in the post, then the OGP policy areas
# its tooltips define.
# ---------------------------------------------------------------------------

THEMES = [
    {
        "slug": "climate-action",
        "name_en": "Climate Action",
        "name_es": "Acción climática",
        "description_en": (
            "OGP counts environment and climate among its policy areas because "
            "openness changes what people can see and do: with public information "
            "and a say in decisions, communities can judge the true cost of "
            "pollution, compare development options and keep watch over climate "
            "measures. In OGP Local it is also a Local Circle, whose first meeting "
            "took place online in April 2022."
        ),
        "description_es": (
            "OGP incluye el medio ambiente y el clima entre sus áreas de política "
            "porque la apertura cambia lo que la gente puede ver y hacer: con "
            "información pública y voz en las decisiones, las comunidades pueden "
            "dimensionar el costo real de la contaminación, comparar alternativas "
            "de desarrollo y vigilar las medidas climáticas. En OGP Local es además"
            " un Círculo Local, cuya primera reunión se realizó en línea en abril "
            "de 2022."
        ),
        "category": "policy-area",
        "is_local_circle": True,
        "ogp_url": "https://www.opengovpartnership.org/ogp-local/ogp-local-circle-climate-action/",
        "fact_sources": {
            "name_en": [1, 2],
            "name_es": [1],
            "category": [4],
            "is_local_circle": [1, 2],
        },
        "sources": (
            f"{_SEED_URL}\n"
            "https://www.opengovpartnership.org/ogp-local/ogp-local-circle-climate-action/\n"
            "https://www.opengovpartnership.org/stories/4-takeaways-from-the-first-meeting-of-the-local-circle-on-climate-action/\n"
            "https://www.opengovpartnership.org/policy-area/environment-climate/"
        ),
    },
    {
        "slug": "digital-openness",
        "name_en": "Digital Openness",
        "name_es": "Apertura digital",
        "description_en": (
            "Digital openness was one of the themes named for the Local Circles, "
            "the community of practice that participants in the Local workshop at "
            "Open Americas 2022 began to build. No source this directory draws on "
            "describes the circle's work since then."
        ),
        "description_es": (
            "La apertura digital fue uno de los temas propuestos para los Círculos "
            "Locales, la comunidad de práctica que los participantes del Taller "
            "Local de América Abierta 2022 comenzaron a construir. Ninguna de las "
            "fuentes de este directorio describe el trabajo posterior de este "
            "círculo."
        ),
        "category": "local-circle-theme",
        "is_local_circle": True,
        "ogp_url": "",
        "sources": _SEED_URL,
    },
    {
        "slug": "inclusion",
        "name_en": "Inclusion",
        "name_es": "Inclusión",
        "description_en": (
            "OGP's inclusion work aims at governments that serve everyone, "
            "including people who have specific needs, face vulnerability or have "
            "little political voice, such as women and girls, LGBTQIA+ people, "
            "young people and people with disabilities. Members have taken on more "
            "than 400 inclusion commitments since 2011, and inclusion was among the"
            " themes named for OGP Local's Local Circles in 2022."
        ),
        "description_es": (
            "La agenda de inclusión de OGP apunta a gobiernos que atiendan a toda "
            "la población, incluidas las personas con necesidades específicas, en "
            "situación de vulnerabilidad o con poca voz política, como mujeres y "
            "niñas, personas LGBTQIA+, jóvenes y personas con discapacidad. Desde "
            "2011 los miembros han asumido más de 400 compromisos en este campo, "
            "que en 2022 figuró además entre los temas propuestos para los Círculos"
            " Locales de OGP Local."
        ),
        "category": "policy-area",
        "is_local_circle": True,
        "ogp_url": "https://www.opengovpartnership.org/policy-area/inclusion/",
        "fact_sources": {"category": [2], "is_local_circle": [1]},
        "sources": (
            f"{_SEED_URL}\nhttps://www.opengovpartnership.org/policy-area/inclusion/"
        ),
    },
    {
        "slug": "innovation",
        "name_en": "Innovation",
        "name_es": "Innovación",
        "description_en": (
            "Innovation was one of the themes named for the Local Circles at the "
            "Local workshop of Open Americas 2022. Separately, OGP's commitment "
            "pages list technology and innovation for transparency and "
            "accountability among the values a commitment can serve."
        ),
        "description_es": (
            "La innovación fue uno de los temas propuestos para los Círculos "
            "Locales en el Taller Local de América Abierta 2022. Por otra parte, "
            "las fichas de compromisos de OGP incluyen la tecnología y la "
            "innovación para la transparencia y la rendición de cuentas entre los "
            "valores a los que puede responder un compromiso."
        ),
        "category": "local-circle-theme",
        "is_local_circle": True,
        "ogp_url": "",
        "fact_sources": {"is_local_circle": [1], "category": [1]},
        "sources": (
            f"{_SEED_URL}\n"
            "https://www.opengovpartnership.org/members/penalolen-chile/commitments/CLPLN0001"
        ),
    },
    {
        "slug": "civil-society-engagement",
        "name_en": "Civil Society Engagement",
        "name_es": "Participación de la sociedad civil",
        "description_en": (
            "OGP is built on governments and civil society developing action plans "
            "together. Civil society engagement was one of the themes named for the"
            " Local Circles at the Local workshop of Open Americas 2022."
        ),
        "description_es": (
            "OGP se basa en que gobiernos y sociedad civil elaboren juntos los "
            "planes de acción. La participación de la sociedad civil fue uno de los"
            " temas propuestos para los Círculos Locales en el Taller Local de "
            "América Abierta 2022."
        ),
        "category": "local-circle-theme",
        "is_local_circle": True,
        "ogp_url": "",
        "fact_sources": {"is_local_circle": [1], "category": [1]},
        "sources": (
            f"{_SEED_URL}\nhttps://www.opengovpartnership.org/glossary/action-plan/"
        ),
    },
    {
        "slug": "sustainable-development-goals",
        "name_en": "Sustainable Development Goals",
        "name_es": "Objetivos de Desarrollo Sostenible",
        "description_en": (
            "Some OGP members are trying out open government innovations to speed "
            "up progress on the UN Sustainable Development Goals, especially SDG "
            "16+, which covers peaceful, just and inclusive societies. The SDGs "
            "were among the themes named for the Local Circles at the Local "
            "workshop of Open Americas 2022."
        ),
        "description_es": (
            "Algunos miembros de OGP están ensayando innovaciones de gobierno "
            "abierto para acelerar el avance hacia los Objetivos de Desarrollo "
            "Sostenible (ODS) de la ONU, en particular el ODS 16+, que abarca "
            "sociedades pacíficas, justas e inclusivas. Los ODS figuraron entre los"
            " temas propuestos para los Círculos Locales en el Taller Local de "
            "América Abierta 2022."
        ),
        "category": "local-circle-theme",
        "is_local_circle": True,
        "ogp_url": "",
        "sources": _SEED_URL,
    },
    {
        "slug": "open-data",
        "name_en": "Open Data",
        "name_es": "Datos abiertos",
        "description_en": (
            "Open data is government data made available so that it can be shared "
            "and reused. OGP notes that this can support better-informed debate and"
            " decisions and open the way to new services."
        ),
        "description_es": (
            "Los datos abiertos son datos públicos que se ponen a disposición para "
            "que puedan compartirse y reutilizarse. Según OGP, esto puede favorecer"
            " un debate y unas decisiones mejor informados, y abrir paso a nuevos "
            "servicios."
        ),
        "category": "policy-area",
        "is_local_circle": False,
        "ogp_url": "",
        "fact_sources": {"category": [3], "is_local_circle": [1]},
        "sources": (
            f"{_SEED_URL}\n"
            "https://opengovpartnership.org/stories/opening-the-americas\n"
            "https://www.opengovpartnership.org/es/members/indonesia/commitments/ID0098/"
        ),
    },
    {
        "slug": "citizen-participation",
        "name_en": "Citizen Participation",
        "name_es": "Participación ciudadana",
        "description_en": (
            "Citizen participation is one of OGP's three core values, alongside "
            "transparency and public accountability. It means governments actively "
            "inviting people into public debate and asking for their ideas, so that"
            " government becomes more responsive and effective; examples are ways "
            "for people to shape decisions and participation channels for under-"
            "represented groups."
        ),
        "description_es": (
            "La participación ciudadana es uno de los tres valores centrales de OGP, "
            "junto con la transparencia y la rendición de cuentas. Implica que los "
            "gobiernos convoquen activamente a la gente a debatir los asuntos públicos y "
            "aportar propuestas, para que la gestión responda mejor y sea más eficaz; por "
            "ejemplo, con mecanismos para que la ciudadanía incida en las decisiones o "
            "canales pensados para grupos poco representados."
        ),
        "category": "value",
        "is_local_circle": False,
        "ogp_url": "https://www.opengovpartnership.org/glossary/citizen-participation/",
        "fact_sources": {"category": [2], "is_local_circle": [1]},
        "sources": (
            f"{_SEED_URL}\n"
            "https://www.opengovpartnership.org/glossary/citizen-participation/"
        ),
    },
    {
        "slug": "co-creation",
        "name_en": "Co-creation",
        "name_es": "Cocreación",
        "description_en": (
            "Co-creation is how OGP action plans come about: public officials, "
            "civil society groups and other actors such as academics, citizens or "
            "businesses shape the commitments together. OGP's participation and co-"
            "creation standards guide the process, for example through a standing "
            "forum for dialogue and an online record of the process."
        ),
        "description_es": (
            "La cocreación es la manera en que se construyen los planes de acción "
            "de OGP: el gobierno, la sociedad civil y otros actores, como la "
            "academia, la ciudadanía o el sector privado, definen juntos los "
            "compromisos. Los estándares de participación y cocreación de OGP "
            "orientan el proceso; prevén, por ejemplo, un foro permanente de "
            "diálogo y un repositorio en línea que lo documente."
        ),
        "category": "process",
        "is_local_circle": False,
        "ogp_url": "https://www.opengovpartnership.org/glossary/co-creation-process/",
        "fact_sources": {"category": [2], "is_local_circle": [1]},
        "sources": (
            f"{_SEED_URL}\n"
            "https://www.opengovpartnership.org/glossary/co-creation-process/\n"
            "https://www.opengovpartnership.org/ogp-participation-co-creation-standards"
        ),
    },
    {
        "slug": "justice",
        "name_en": "Justice",
        "name_es": "Justicia",
        "description_en": (
            "OGP's justice area is about bringing transparency, accountability and "
            "inclusion into every part of the justice system. A central idea is access "
            "to justice: people with a legal problem know where to turn, can get help "
            "and can count on a fair and timely process, whether formal or informal."
        ),
        "description_es": (
            "El área de justicia de OGP busca llevar la transparencia, la rendición de "
            "cuentas y la inclusión a todo el sistema de justicia. Una idea central es el "
            "acceso a la justicia: que quien tenga un problema legal sepa a dónde acudir, "
            "reciba orientación y cuente con un proceso justo y oportuno, ya sea por vías "
            "formales o informales."
        ),
        "category": "policy-area",
        "is_local_circle": False,
        "ogp_url": "https://www.opengovpartnership.org/policy-area/justice/",
        "fact_sources": {"category": [2, 4], "is_local_circle": [1]},
        "sources": (
            f"{_SEED_URL}\n"
            "https://www.opengovpartnership.org/policy-area/justice/\n"
            "https://opengovpartnership.org/glossary/access-to-justice\n"
            "https://www.opengovpartnership.org/es/open-gov-guide/justice-access-to-justice"
        ),
    },
    {
        "slug": "capacity-building",
        "name_en": "Capacity Building",
        "name_es": "Fortalecimiento de capacidades",
        "description_en": (
            "Capacity building is about helping public servants, civil society "
            "organizations and citizens gain the skills, knowledge and working methods "
            "that open government calls for. OGP sees it as a condition for reforms that "
            "last, and uses it as a tag on commitments in action plans."
        ),
        "description_es": (
            "El fortalecimiento de capacidades consiste en ayudar a las personas "
            "servidoras públicas, a las organizaciones de la sociedad civil y a la "
            "ciudadanía a adquirir las habilidades, los conocimientos y las formas de "
            "trabajo que exige el gobierno abierto. Para OGP es una condición para que "
            "las reformas perduren, y lo usa como etiqueta temática en los compromisos de "
            "los planes de acción."
        ),
        "category": "policy-area",
        "is_local_circle": False,
        "ogp_url": "",
        "fact_sources": {"category": [2], "is_local_circle": [1]},
        "sources": (
            f"{_SEED_URL}\n"
            "https://www.opengovpartnership.org/members/argentina/commitments/ar0090/"
        ),
    },
    {
        "slug": "lgbtqia",
        "name_en": "LGBTQIA+",
        "name_es": "LGBTQIA+",
        "description_en": (
            "This OGP policy area applies transparency, participation and "
            "accountability to the needs of LGBTQIA+ communities, from involving "
            "them in policy-making and service delivery to fighting discrimination."
            " As of June 2022, about 5% of OGP members were carrying out LGBTQIA+ "
            "commitments, and a quarter of members in the Americas had at least "
            "one."
        ),
        "description_es": (
            "Esta área de política de OGP aplica la transparencia, la participación"
            " y la rendición de cuentas a las necesidades de las comunidades "
            "LGBTQIA+, desde su participación en el diseño de políticas y la "
            "prestación de servicios hasta la lucha contra la discriminación. A "
            "junio de 2022, alrededor del 5 % de los miembros de OGP ejecutaba "
            "compromisos sobre este tema, y en las Américas una cuarta parte tenía "
            "al menos uno."
        ),
        "category": "policy-area",
        "is_local_circle": False,
        "ogp_url": "https://www.opengovpartnership.org/policy-area/lgbtqia/",
        "fact_sources": {"category": [2], "is_local_circle": [1]},
        "sources": (
            f"{_SEED_URL}\nhttps://www.opengovpartnership.org/policy-area/lgbtqia/"
        ),
    },
]

# ---------------------------------------------------------------------------
# Jurisdictions: OGP Local members in the Americas (status as of September 2022),
# then those of other regions that the reference notes confirm.
# ---------------------------------------------------------------------------

_OGP_2016_RELEASE = (
    "https://www.opengovpartnership.org/stories/"
    "press-release-fifteen-local-governments-chosen-international-open-government-partnership"
)
# The reference notes give this page as a bit.ly link and as its OGP address;
# readers get the address, which says whose page it is.
_OGP_2022_CALL = "https://www.opengovpartnership.org/?p=69860"
_OGP_2018_RELEASE = (
    "https://www.opengovpartnership.org/news/"
    "open-government-partnership-adds-five-new-local-governments-to-its-local-program/"
)
# OGP's count of its 20 local members by region for 2018–2020, from which the
# reference notes infer the region OGP gave Tbilisi.
_OGP_LOCAL_MEMBERS_BY_REGION = (
    "https://www.opengovpartnership.org/ogp-local/about-ogp-local-program/"
    "ogp-local-members/"
)
_OGP_GEORGIA_2020 = "https://ogpgeorgia.gov.ge/en/news/ogp-local-is-growing/"
_LOOK_AT_2022 = (
    "https://www.opengovpartnership.org/stories/"
    "more-action-more-evidence-more-collaboration-a-look-at-2022/"
)


# A member's ogp_url is its OGP member page where the reference notes give it:
# as the page itself (Buenos Aires, Jalisco, Nuevo León) or as the member path
# under which they quote its commitment pages (…/members/mendoza-argentina/
# commitments/ARCMD0001). Bogotá's path is quoted double-encoded, so it is left
# empty rather than repaired by guesswork.
JURISDICTIONS = [
    {
        "slug": "austin",
        "name_en": "Austin",
        "name_es": "Austin",
        "local_name": "City of Austin",
        "kind": "city",
        "country": "US",
        "subdivision": "US-TX",
        "ocd_id": "",
        "region": "americas",
        "member_since": 2016,
        "status": "active",
        "summary_en": (
            "The capital of Texas was one of the 15 pioneers chosen in 2016 for OGP's "
            "subnational pilot program. It published action plans in 2017 and for "
            "2019–2021, and its third plan covers 2024–2028."
        ),
        "summary_es": (
            "La capital de Texas fue uno de los 15 gobiernos pioneros elegidos en 2016 "
            "para el programa piloto subnacional de OGP. Publicó planes de acción en 2017 "
            "y para 2019-2021, y su tercer plan abarca de 2024 a 2028."
        ),
        "website": "",
        "ogp_url": "https://www.opengovpartnership.org/members/austin-united-states/",
        "latitude": "30.26715",
        "longitude": "-97.74306",
        "fact_sources": {
            "name_en": [1, 2],
            "kind": [2],
            "member_since": [1, 2],
            "status": [4],
        },
        "sources": (
            f"{_OGP_2016_RELEASE}\n"
            "https://icma.org/articles/article/city-austin-chosen-join-international-open-government-partnership-pioneer-city\n"
            "https://austintexas.gov/blog/austins-2019-21-action-plan-ap2\n"
            "https://opengovpartnership.org/documents/action-plan-austin-united-states-2024-2028"
        ),
    },
    {
        "slug": "buenos-aires",
        "name_en": "Buenos Aires City",
        "name_es": "Ciudad de Buenos Aires",
        "local_name": "Ciudad Autónoma de Buenos Aires",
        "kind": "autonomous-city",
        "country": "AR",
        "subdivision": "AR-C",
        "ocd_id": "ocd-division/country:ar/autonomous_city:c",
        "region": "americas",
        "member_since": 2016,
        "status": "active",
        "summary_en": (
            "Argentina's self-governing capital entered OGP in 2016 as one of the local "
            "pioneers. Its third action plan runs from 2021 to 2023."
        ),
        "summary_es": (
            "La capital argentina, con rango de ciudad autónoma, ingresó a OGP en "
            "2016 como parte del grupo de pioneros locales. Su tercer plan de "
            "acción abarca el período 2021-2023."
        ),
        "website": "",
        "ogp_url": "https://opengovpartnership.org/members/buenos-aires-argentina",
        "latitude": "-34.61315",
        "longitude": "-58.37723",
        "fact_sources": {"member_since": [1, 2], "status": [2]},
        "sources": (
            f"{_OGP_2016_RELEASE}\n"
            "https://opengovpartnership.org/members/buenos-aires-argentina"
        ),
    },
    {
        "slug": "jalisco",
        "name_en": "Jalisco",
        "name_es": "Jalisco",
        "local_name": "Jalisco",
        "kind": "state",
        "country": "MX",
        "subdivision": "MX-JAL",
        "ocd_id": "ocd-division/country:mx/state:ja",
        "region": "americas",
        "member_since": 2016,
        "status": "active",
        "summary_en": (
            "The Mexican state whose capital is Guadalajara was among the 15 "
            "pioneers selected in 2016. It has had action plans for 2016–2018 and "
            "2019–2021, and in February 2023 it submitted a new plan, which OGP "
            "lists as 2023–2024."
        ),
        "summary_es": (
            "Este estado mexicano, con capital en Guadalajara, fue uno de los 15 "
            "pioneros seleccionados en 2016. Ha tenido planes de acción para "
            "2016-2018 y 2019-2021, y en febrero de 2023 presentó un nuevo plan, "
            "que OGP registra como 2023-2024."
        ),
        "website": "",
        "ogp_url": "https://www.opengovpartnership.org/members/jalisco-mexico/",
        "latitude": "20.67738",
        "longitude": "-103.34749",
        "fact_sources": {"member_since": [1, 2], "status": [2, 3]},
        "sources": (
            f"{_OGP_2016_RELEASE}\n"
            "https://www.opengovpartnership.org/members/jalisco-mexico/\n"
            "https://opengovpartnership.org/?p=71832"
        ),
    },
    {
        "slug": "sao-paulo",
        "name_en": "São Paulo",
        "name_es": "São Paulo",
        "local_name": "Prefeitura de São Paulo",
        "kind": "municipality",
        "country": "BR",
        "subdivision": "BR-SP",
        "ocd_id": "",
        "region": "americas",
        "member_since": 2016,
        "status": "active",
        "summary_en": (
            "São Paulo's city government was one of OGP's 15 local pioneers in "
            "2016. Its third action plan covers 2021–2024."
        ),
        "summary_es": (
            "La Prefeitura de São Paulo fue uno de los 15 pioneros locales de OGP "
            "en 2016. Su tercer plan de acción abarca el período 2021-2024."
        ),
        "website": "",
        "ogp_url": "https://www.opengovpartnership.org/members/sao-paulo-brazil/",
        "latitude": "-23.5475",
        "longitude": "-46.63611",
        "fact_sources": {"member_since": [1], "status": [2]},
        "sources": (
            f"{_OGP_2016_RELEASE}\n"
            "https://www.opengovpartnership.org/documents/action-plan-sao-paulo-brazil-2021-2024/"
        ),
    },
    {
        "slug": "bogota",
        "name_en": "Bogotá",
        "name_es": "Bogotá",
        "local_name": "Alcaldía Mayor de Bogotá D.C.",
        "kind": "capital-district",
        "country": "CO",
        "subdivision": "CO-DC",
        "ocd_id": "ocd-division/country:co/capital_district:dc",
        "region": "americas",
        "member_since": 2020,
        "status": "active",
        "summary_en": (
            "Colombia's capital district is an OGP Local member. It submitted its "
            "2021–2023 action plan in August 2021, which suggests that it joined "
            "with the 2020 cohort."
        ),
        "summary_es": (
            "El Distrito Capital de Colombia es miembro de OGP Local. En agosto de "
            "2021 presentó su plan de acción 2021-2023, lo que indica que "
            "probablemente ingresó con la cohorte de 2020."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": "4.60971",
        "longitude": "-74.08175",
        "fact_sources": {
            "member_since": "inferred in the reference notes (§1.5) from the plan it submitted in August 2021 [1]",
            "status": [1],
        },
        "sources": "https://www.opengovpartnership.org/documents/action-plan-bogota-colombia-2021-2023/",
    },
    {
        "slug": "cordoba-province",
        "name_en": "Córdoba Province",
        "name_es": "Provincia de Córdoba",
        "local_name": "Provincia de Córdoba",
        "kind": "province",
        "country": "AR",
        "subdivision": "AR-X",
        "ocd_id": "ocd-division/country:ar/province:x",
        "region": "americas",
        "member_since": 2020,
        "status": "active",
        "summary_en": (
            "This central Argentine province joined OGP Local in 2020 through an "
            "application shared with its capital, Córdoba City. Province and city each "
            "keep their own OGP member page and action plan."
        ),
        "summary_es": (
            "Esta provincia del centro de Argentina se incorporó a OGP Local en 2020 con "
            "una postulación compartida con su capital, la ciudad de Córdoba. La "
            "provincia y la ciudad tienen cada una su propia página de miembro y su "
            "propio plan de acción en OGP."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": "-31.40648",
        "longitude": "-64.18853",
        "sources": "https://fundeps.org/en/rudi-borrmann-ogp-meeting/",
    },
    {
        "slug": "cordoba-city",
        "name_en": "Córdoba City",
        "name_es": "Ciudad de Córdoba",
        "local_name": "Municipalidad de Córdoba",
        "kind": "municipality",
        "country": "AR",
        "subdivision": "AR-X",
        "ocd_id": "",
        "region": "americas",
        "member_since": 2020,
        "status": "active",
        "summary_en": (
            "The capital of Córdoba Province applied to OGP Local together with the "
            "provincial government and was admitted in 2020. Its action plan covers "
            "2021–2023."
        ),
        "summary_es": (
            "La capital de la provincia de Córdoba se postuló a OGP Local junto con el "
            "gobierno provincial y fue admitida en 2020. Su plan de acción abarca "
            "2021-2023."
        ),
        "website": "",
        "ogp_url": "https://www.opengovpartnership.org/members/cordoba-city-argentina/",
        "latitude": "-31.40648",
        "longitude": "-64.18853",
        "fact_sources": {"member_since": [1], "status": [2]},
        "sources": (
            "https://fundeps.org/en/rudi-borrmann-ogp-meeting/\n"
            "https://www.opengovpartnership.org/documents/action-plan-cordoba-city-argentina-2021-2023/"
        ),
    },
    {
        "slug": "mendoza",
        "name_en": "Mendoza City",
        "name_es": "Ciudad de Mendoza",
        "local_name": "Municipalidad de la Ciudad de Mendoza",
        "kind": "municipality",
        "country": "AR",
        "subdivision": "AR-M",
        "ocd_id": "",
        "region": "americas",
        "member_since": 2020,
        "status": "active",
        "summary_en": (
            "The city of Mendoza, in western Argentina, joined OGP Local in 2020 and has "
            "a 2021–2023 action plan. The member is the city government, not the "
            "province of the same name."
        ),
        "summary_es": (
            "La ciudad de Mendoza, en el oeste argentino, se sumó a OGP Local en 2020 y "
            "cuenta con un plan de acción 2021-2023. El miembro es el gobierno de la "
            "ciudad, no la provincia del mismo nombre."
        ),
        "website": "",
        "ogp_url": "https://www.opengovpartnership.org/members/mendoza-argentina/",
        "latitude": "-32.88946",
        "longitude": "-68.84582",
        "fact_sources": {"member_since": [1, 2], "status": [1]},
        "sources": (
            "https://www.opengovpartnership.org/?p=55727\n"
            "https://old.ciudaddemendoza.gob.ar/?p=80496"
        ),
    },
    {
        "slug": "rosario",
        "name_en": "Rosario",
        "name_es": "Rosario",
        "local_name": "Municipalidad de Rosario",
        "kind": "municipality",
        "country": "AR",
        "subdivision": "AR-S",
        "ocd_id": "",
        "region": "americas",
        "member_since": 2020,
        "status": "active",
        "summary_en": (
            "Rosario, in Santa Fe Province, was selected for OGP Local in October "
            "2020 and has a 2021–2023 action plan. At Open Americas 2022 it "
            "presented its digital strategies for social participation."
        ),
        "summary_es": (
            "Rosario, en la provincia de Santa Fe, fue seleccionada para OGP Local "
            "en octubre de 2020 y tiene un plan de acción 2021-2023. En América "
            "Abierta 2022 presentó sus estrategias digitales para la participación "
            "social."
        ),
        "website": "",
        "ogp_url": "https://www.opengovpartnership.org/members/rosario-argentina/",
        "latitude": "-32.94682",
        "longitude": "-60.63932",
        "fact_sources": {"member_since": [1, 2], "status": [1, 3]},
        "sources": (
            "https://www.opengovpartnership.org/documents/action-plan-rosario-argentina-2021-2023/\n"
            "https://urbanosenlared.com.ar/?p=19594\n"
            f"{_SEED_URL}"
        ),
    },
    {
        "slug": "osasco",
        "name_en": "Osasco",
        "name_es": "Osasco",
        "local_name": "Prefeitura de Osasco",
        "kind": "municipality",
        "country": "BR",
        "subdivision": "BR-SP",
        "ocd_id": "",
        "region": "americas",
        "member_since": 2020,
        "status": "active",
        "summary_en": (
            "A municipality in the state of São Paulo, Osasco joined OGP Local in "
            "2020 and has an action plan for 2021–2024."
        ),
        "summary_es": (
            "Municipio del estado de São Paulo, Osasco se unió a OGP Local en 2020 "
            "y tiene un plan de acción para 2021-2024."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": "-23.5325",
        "longitude": "-46.79167",
        "sources": "https://opengovpartnership.org/?p=56286",
    },
    {
        "slug": "santa-catarina",
        "name_en": "Santa Catarina",
        "name_es": "Santa Catarina",
        "local_name": "Estado de Santa Catarina",
        "kind": "state",
        "country": "BR",
        "subdivision": "BR-SC",
        "ocd_id": "ocd-division/country:br/state:sc",
        "region": "americas",
        "member_since": 2020,
        "status": "active",
        "summary_en": (
            "This southern Brazilian state, governed from Florianópolis, joined OGP "
            "Local in October 2020. Its action plan ran from 2021 to 2022."
        ),
        "summary_es": (
            "Este estado del sur de Brasil, cuya capital es Florianópolis, se integró a "
            "OGP Local en octubre de 2020. Su plan de acción correspondió al período "
            "2021-2022."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": "-27.59667",
        "longitude": "-48.54917",
        "sources": "https://www.opengovpartnership.org/documents/action-plan-santa-catarina-brazil-2021-2022/",
    },
    {
        "slug": "penalolen",
        "name_en": "Peñalolén",
        "name_es": "Peñalolén",
        "local_name": "Municipalidad de Peñalolén",
        "kind": "municipality",
        "country": "CL",
        "subdivision": "CL-RM",
        "ocd_id": "",
        "region": "americas",
        "member_since": 2020,
        "status": "active",
        "summary_en": (
            "A municipality in the Santiago Metropolitan Region, Peñalolén joined OGP "
            "Local in 2020 and submitted its 2021–2024 action plan in November 2021. It "
            "was Chile's only local member until Maipú came in with the 2022 cohort."
        ),
        "summary_es": (
            "Comuna de la Región Metropolitana de Santiago, Peñalolén ingresó a OGP "
            "Local en 2020 y presentó su plan de acción 2021-2024 en noviembre de 2021. "
            "Fue el único miembro local chileno hasta que Maipú se sumó con la cohorte "
            "de 2022."
        ),
        "website": "",
        "ogp_url": "https://www.opengovpartnership.org/members/penalolen-chile/",
        "latitude": "-33.46836",
        "longitude": "-70.53411",
        "fact_sources": {
            "member_since": "inferred in the reference notes (§1.5) from its selection news [2] and its 2021–2024 plan [1]",
            "status": [1],
        },
        "sources": (
            "https://opengovpartnership.org/documents/action-plan-penalolen-chile-2021-2024\n"
            "https://gobiernoabierto.penalolen.cl/category/general/page/2/"
        ),
    },
    {
        "slug": "santo-domingo-de-los-tsachilas",
        "name_en": "Santo Domingo de los Tsáchilas",
        "name_es": "Santo Domingo de los Tsáchilas",
        "local_name": (
            "Gobierno Autónomo Descentralizado Provincial de Santo Domingo de los Tsáchilas"
        ),
        "kind": "province",
        "country": "EC",
        "subdivision": "EC-SD",
        "ocd_id": "ocd-division/country:ec/province:sd",
        "region": "americas",
        "member_since": 2020,
        "status": "active",
        "summary_en": (
            "This Ecuadorian province, run by a decentralized provincial "
            "government, submitted its first OGP Local action plan, for 2021–2023, "
            "in July 2021; the timing points to the 2020 cohort."
        ),
        "summary_es": (
            "Esta provincia ecuatoriana, a cargo de un gobierno autónomo "
            "descentralizado provincial, presentó en julio de 2021 su primer plan "
            "de acción de OGP Local, para 2021-2023, lo que apunta a su ingreso con"
            " la cohorte de 2020."
        ),
        "website": "",
        "ogp_url": "https://www.opengovpartnership.org/members/santo-domingo-de-los-tsachilas-ecuador/",
        "latitude": "-0.25368",
        "longitude": "-79.17628",
        "fact_sources": {
            "member_since": "inferred in the reference notes (§1.5) from its first plan, submitted in July 2021 [1]"
        },
        "sources": "https://www.opengovpartnership.org/documents/action-plan-santo-domingo-de-los-tsachilas-ecuador-2021-2023/",
    },
    {
        "slug": "quito",
        "name_en": "Quito",
        "name_es": "Quito",
        "local_name": "Municipio del Distrito Metropolitano de Quito",
        "kind": "metropolitan-district",
        "country": "EC",
        "subdivision": "EC-P",
        "ocd_id": "",
        "region": "americas",
        "member_since": 2020,
        "status": "active",
        "summary_en": (
            "Ecuador's capital has belonged to OGP Local since October 2020. Its "
            "second action plan covers 2022–2023: the city presented it in "
            "September 2022, and OGP's page records it as submitted in February "
            "2023."
        ),
        "summary_es": (
            "La capital de Ecuador es miembro de OGP Local desde octubre de 2020. "
            "Su segundo plan de acción abarca 2022-2023: la ciudad lo dio a conocer"
            " en septiembre de 2022 y la página de OGP registra su presentación en "
            "febrero de 2023."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": "-0.22985",
        "longitude": "-78.52495",
        "sources": "https://opengovpartnership.org/documents/action-plan-quito-ecuador-2022-2023",
    },
    {
        "slug": "state-of-mexico",
        "name_en": "State of Mexico",
        "name_es": "Estado de México",
        "local_name": "Estado de México",
        "kind": "state",
        "country": "MX",
        "subdivision": "MX-MEX",
        "ocd_id": "ocd-division/country:mx/state:em",
        "region": "americas",
        "member_since": 2020,
        "status": "active",
        "summary_en": (
            "The State of Mexico joined OGP Local in October 2020 through a joint bid "
            "with the municipality of Tlalnepantla de Baz. The state had a 2021–2022 "
            "action plan, and Tlalnepantla one for 2021–2023."
        ),
        "summary_es": (
            "El Estado de México ingresó a OGP Local en octubre de 2020 con una "
            "candidatura conjunta con el municipio de Tlalnepantla de Baz. El estado "
            "tuvo un plan de acción 2021-2022, y Tlalnepantla, uno para 2021-2023."
        ),
        "website": "",
        "ogp_url": "https://www.opengovpartnership.org/members/mexico-state-mexico/",
        "latitude": "19.28786",
        "longitude": "-99.65324",
        "fact_sources": {"member_since": [2], "status": [1]},
        "sources": (
            "https://opengovpartnership.org/documents/inception-report-action-plan-mexico-state-mexico-2021-2022\n"
            "https://sanvicentechicoloapan.com.mx/tag/gobierno-abierto"
        ),
    },
    {
        "slug": "quintana-roo",
        "name_en": "Quintana Roo",
        "name_es": "Quintana Roo",
        "local_name": "Quintana Roo",
        "kind": "state",
        "country": "MX",
        "subdivision": "MX-ROO",
        "ocd_id": "ocd-division/country:mx/state:qr",
        "region": "americas",
        "member_since": 2020,
        "status": "active",
        "summary_en": (
            "This state on the Yucatán Peninsula was one of the 56 jurisdictions "
            "admitted to OGP Local in 2020. It has had action plans for 2021–2022 and "
            "2023–2025."
        ),
        "summary_es": (
            "Este estado de la península de Yucatán fue una de las 56 jurisdicciones "
            "admitidas en OGP Local en 2020. Ha tenido planes de acción para 2021-2022 "
            "y 2023-2025."
        ),
        "website": "",
        "ogp_url": "https://www.opengovpartnership.org/members/quintana-roo-mexico/",
        "latitude": "18.51957",
        "longitude": "-88.30397",
        "sources": "https://www.opengovpartnership.org/documents/action-plan-quintana-roo-mexico-2021-2022/",
    },
    {
        "slug": "merida",
        "name_en": "Mérida",
        "name_es": "Mérida",
        "local_name": "Ayuntamiento de Mérida",
        "kind": "municipality",
        "country": "MX",
        "subdivision": "MX-YUC",
        "ocd_id": "",
        "region": "americas",
        "member_since": 2020,
        "status": "active",
        "summary_en": (
            "According to local press, the capital of Yucatán joined OGP Local in "
            "October 2020."
        ),
        "summary_es": (
            "Según la prensa local, la capital de Yucatán se unió a OGP Local en octubre "
            "de 2020."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": "20.967",
        "longitude": "-89.62318",
        "fact_sources": {"member_since": [1], "status": [2]},
        "sources": (
            "https://www.theyucatantimes.com/2020/10/merida-city-council-joins-global-alliance-to-promote-open-government/\n"
            "https://opengovpartnership.org/?p=75249"
        ),
    },
    {
        "slug": "corrientes",
        "name_en": "Corrientes City",
        "name_es": "Ciudad de Corrientes",
        "local_name": "Municipalidad de Corrientes",
        "kind": "municipality",
        "country": "AR",
        "subdivision": "AR-W",
        "ocd_id": "",
        "region": "americas",
        "member_since": 2022,
        "status": "active",
        "summary_en": (
            "The capital of Corrientes Province, in northeastern Argentina, joined "
            "OGP Local with the 2022 cohort. Its 2022–2025 action plan centers on "
            "climate."
        ),
        "summary_es": (
            "La capital de la provincia de Corrientes, en el noreste argentino, se "
            "incorporó a OGP Local con la cohorte de 2022. Su plan de acción 2022-2025 "
            "pone el foco en el clima."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": "-27.46784",
        "longitude": "-58.8344",
        "fact_sources": {"member_since": [1], "status": [1, 2]},
        "sources": (
            f"{_OGP_2022_CALL}\n"
            "https://www.opengovpartnership.org/stories/more-action-more-evidence-more-collaboration-a-look-at-2022/"
        ),
    },
    {
        "slug": "contagem",
        "name_en": "Contagem",
        "name_es": "Contagem",
        "local_name": "Prefeitura Municipal de Contagem",
        "kind": "municipality",
        "country": "BR",
        "subdivision": "BR-MG",
        "ocd_id": "",
        "region": "americas",
        "member_since": 2022,
        "status": "active",
        "summary_en": (
            "A municipality in Minas Gerais, Contagem joined OGP Local in May 2022. Its "
            "2022–2024 action plan has five commitments."
        ),
        "summary_es": (
            "Municipio de Minas Gerais, Contagem se unió a OGP Local en mayo de 2022. Su "
            "plan de acción 2022-2024 incluye cinco compromisos."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": "-19.93167",
        "longitude": "-44.05361",
        "fact_sources": {"member_since": [1], "status": [2]},
        "sources": (
            f"{_OGP_2022_CALL}\n"
            "https://www.opengovpartnership.org/documents/action-plan-contagem-brazil-2022-2024/"
        ),
    },
    {
        "slug": "maipu",
        "name_en": "Maipú",
        "name_es": "Maipú",
        "local_name": "Ilustre Municipalidad de Maipú",
        "kind": "municipality",
        "country": "CL",
        "subdivision": "CL-RM",
        "ocd_id": "",
        "region": "americas",
        "member_since": 2022,
        "status": "active",
        "summary_en": (
            "This municipality in the Santiago Metropolitan Region joined OGP Local in "
            "2022, becoming Chile's second local member after Peñalolén. It submitted a "
            "2023–2024 action plan in January 2023."
        ),
        "summary_es": (
            "Esta comuna de la Región Metropolitana de Santiago se sumó a OGP Local en "
            "2022 y pasó a ser el segundo miembro local de Chile, después de Peñalolén. "
            "En enero de 2023 presentó su plan de acción 2023-2024."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": "-33.51421",
        "longitude": "-70.7651",
        "fact_sources": {"member_since": [1], "status": [2]},
        "sources": (
            f"{_OGP_2022_CALL}\n"
            "https://www.opengovpartnership.org/documents/action-plan-maipu-chile-2023-2024/"
        ),
    },
    {
        "slug": "cartagena-de-indias",
        "name_en": "Cartagena de Indias",
        "name_es": "Cartagena de Indias",
        "local_name": "Alcaldía Distrital de Cartagena de Indias",
        "kind": "district",
        "country": "CO",
        "subdivision": "CO-BOL",
        "ocd_id": "",
        "region": "americas",
        "member_since": 2022,
        "status": "active",
        "summary_en": (
            "The capital of the Bolívar department, on Colombia's Caribbean coast, "
            "joined OGP Local in 2022. Its 2022–2023 action plan was among the ten that "
            "the new cohort delivered that same year."
        ),
        "summary_es": (
            "La capital del departamento de Bolívar, en la costa caribe colombiana, "
            "ingresó a OGP Local en 2022. Su plan de acción 2022-2023 fue uno de los "
            "diez que la nueva cohorte entregó ese mismo año."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": "10.39817",
        "longitude": "-75.49328",
        "fact_sources": {"member_since": [1], "status": [2, 3]},
        "sources": (
            f"{_OGP_2022_CALL}\n"
            "https://www.opengovpartnership.org/documents/action-plan-cartagena-de-indias-colombia-2022-2023/\n"
            "https://www.opengovpartnership.org/stories/more-action-more-evidence-more-collaboration-a-look-at-2022/"
        ),
    },
    {
        "slug": "manizales",
        "name_en": "Manizales",
        "name_es": "Manizales",
        "local_name": "Alcaldía de Manizales",
        "kind": "municipality",
        "country": "CO",
        "subdivision": "CO-CAL",
        "ocd_id": "",
        "region": "americas",
        "member_since": 2022,
        "status": "active",
        "summary_en": (
            "The capital of the Caldas department joined OGP Local with the 2022 cohort."
        ),
        "summary_es": (
            "La capital del departamento de Caldas se incorporó a OGP Local con la "
            "cohorte de 2022."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": "5.0668",
        "longitude": "-75.50684",
        "sources": _OGP_2022_CALL,
    },
    {
        "slug": "sarchi",
        "name_en": "Sarchí",
        "name_es": "Sarchí",
        "local_name": "Municipalidad de Sarchí",
        "kind": "municipality",
        "country": "CR",
        "subdivision": "CR-A",
        "ocd_id": "",
        "region": "americas",
        "member_since": 2022,
        "status": "active",
        "summary_en": (
            "This Costa Rican canton joined OGP Local in 2022 and has an action plan for "
            "2023–2024."
        ),
        "summary_es": (
            "Este cantón costarricense se sumó a OGP Local en 2022 y cuenta con un plan "
            "de acción para 2023-2024."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "fact_sources": {"member_since": [1], "status": [2]},
        "sources": (
            f"{_OGP_2022_CALL}\n"
            "https://www.opengovpartnership.org/documents/action-plan-sarchi-costa-rica-2023-2024/"
        ),
    },
    {
        "slug": "nuevo-leon",
        "name_en": "Nuevo León",
        "name_es": "Nuevo León",
        "local_name": "Estado de Nuevo León",
        "kind": "state",
        "country": "MX",
        "subdivision": "MX-NLE",
        "ocd_id": "ocd-division/country:mx/state:nl",
        "region": "americas",
        "member_since": 2022,
        "status": "active",
        "summary_en": (
            "This northern Mexican state joined OGP Local in 2022 through the Nuevo León "
            "Abierto coalition, formed with the municipalities of Monterrey and San "
            "Pedro Garza García. Its 2022–2024 action plan has four "
            "commitments."
        ),
        "summary_es": (
            "Este estado del norte de México entró a OGP Local en 2022 por medio de la "
            "Coalición Nuevo León Abierto, que integra junto con los municipios de "
            "Monterrey y San Pedro Garza García. Su plan de acción 2022-2024 incluye "
            "cuatro compromisos."
        ),
        "website": "",
        "ogp_url": "https://www.opengovpartnership.org/members/nuevo-leon-state-mexico/",
        "latitude": "25.68435",
        "longitude": "-100.31721",
        "fact_sources": {"kind": [1, 2], "member_since": [1], "status": [1]},
        "sources": (
            "https://www.opengovpartnership.org/members/nuevo-leon-state-mexico/\n"
            "https://opengovpartnership.org/stories/nuevo-leon-challenges-and-lessons-learnt-from-the-biggest-open-government-coalition-in-ogp-local"
        ),
    },
    {
        "slug": "mexico-city",
        "name_en": "Mexico City",
        "name_es": "Ciudad de México",
        "local_name": "Ciudad de México",
        "kind": "autonomous-city",
        "country": "MX",
        "subdivision": "MX-CMX",
        "ocd_id": "ocd-division/country:mx/state:df",
        "region": "americas",
        "member_since": 2020,
        "status": "withdrawn",
        "summary_en": (
            "Mexico's capital joined OGP Local in 2020 together with the Cuauhtémoc"
            " borough, but later withdrew from OGP."
        ),
        "summary_es": (
            "La capital mexicana se unió a OGP Local en 2020 junto con la alcaldía "
            "Cuauhtémoc, pero más adelante se retiró de la Alianza para el Gobierno"
            " Abierto (OGP)."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": "19.42847",
        "longitude": "-99.12766",
        "sources": "https://www.opengovpartnership.org/news/the-government-of-mexico-city-withdraws-from-international-partnership-on-open-government/",
    },
    # Two 2016 pioneers whose plans the accountability record lists; no source read
    # states their standing after their last plan, so neither is called active.
    {
        "slug": "la-libertad",
        "name_en": "La Libertad",
        "name_es": "La Libertad",
        "local_name": "Gobierno Regional La Libertad",
        "kind": "region",
        "country": "PE",
        "subdivision": "PE-LAL",
        "ocd_id": "ocd-division/country:pe/region:lal",
        "region": "americas",
        "member_since": 2016,
        "status": "not-stated",
        "summary_en": (
            "This region of northern Peru, governed from Trujillo, was one of the 15 "
            "pioneers chosen in 2016 for OGP's subnational pilot. It had action plans "
            "for 2016–2017 and 2018–2020; no source read says where it stands since."
        ),
        "summary_es": (
            "Esta región del norte del Perú, gobernada desde Trujillo, fue uno de los 15 "
            "pioneros elegidos en 2016 para el programa piloto subnacional de OGP. Tuvo "
            "planes de acción para 2016-2017 y 2018-2020; ninguna de las fuentes "
            "consultadas indica su situación posterior."
        ),
        "website": "",
        "ogp_url": "https://www.opengovpartnership.org/members/la-libertad-peru/",
        "latitude": "-8.11599",
        "longitude": "-79.02998",
        "fact_sources": {"member_since": [1]},
        "sources": (
            f"{_OGP_2016_RELEASE}\n"
            "https://www.opengovpartnership.org/members/la-libertad-peru/commitments/LAL0009/\n"
            "https://opengovpartnership.org/documents/la-libertad-design-report-2018-2020"
        ),
    },
    {
        "slug": "ontario",
        "name_en": "Ontario",
        "name_es": "Ontario",
        "local_name": "Ontario",
        "kind": "province",
        "country": "CA",
        "subdivision": "CA-ON",
        "ocd_id": "ocd-division/country:ca/province:on",
        "region": "americas",
        "member_since": 2016,
        "status": "not-stated",
        "summary_en": (
            "The Canadian province was one of the 15 pioneers chosen in 2016. Its pilot "
            "plan of 2017 held three commitments, and in September 2021 it submitted a "
            "plan for 2021–2022 on transparency in artificial intelligence. No source "
            "read says where it stands since."
        ),
        "summary_es": (
            "Esta provincia canadiense fue uno de los 15 pioneros elegidos en 2016. Su "
            "plan piloto de 2017 reunió tres compromisos y en septiembre de 2021 "
            "presentó un plan para 2021-2022 sobre la transparencia de la inteligencia "
            "artificial. Ninguna de las fuentes consultadas indica su situación "
            "posterior."
        ),
        "website": "",
        "ogp_url": "https://www.opengovpartnership.org/members/ontario-canada/",
        "latitude": "43.70643",
        "longitude": "-79.39864",
        "fact_sources": {"member_since": [1]},
        "sources": (
            f"{_OGP_2016_RELEASE}\n"
            "https://www.ontario.ca/page/open-government-partnership-program\n"
            "https://www.opengovpartnership.org/countries/ontario-canada\n"
            "https://www.opengovpartnership.org/documents/action-plan-ontario-canada-2021-2022/"
        ),
    },
    # -----------------------------------------------------------------------
    # Members outside the Americas: those the reference notes confirm (its
    # section 1.6). The sources name them without their coordinates, ISO 3166-2
    # codes or OCD ids, and mostly without their type of government or current
    # standing, so those stay empty or "not stated". Members of the 2022 cohort
    # are active: OGP's review of 2022 has each delivering an action plan that year.
    # -----------------------------------------------------------------------
    # The 2016 pioneers.
    {
        "slug": "narino",
        "name_en": "Nariño",
        "name_es": "Nariño",
        "local_name": "Departamento de Nariño",
        "kind": "department",
        "country": "CO",
        "subdivision": "CO-NAR",
        "ocd_id": "ocd-division/country:co/department:na",
        "region": "americas",
        "member_since": 2018,
        "status": "not-stated",
        "summary_en": (
            "This Colombian department joined OGP Local in April 2018, one of five "
            "new members chosen from 32 applicants. No source this directory draws on "
            "gives its standing after that."
        ),
        "summary_es": (
            "Este departamento colombiano se incorporó a OGP Local en abril de 2018, "
            "como uno de los cinco nuevos miembros elegidos entre 32 postulantes. "
            "Ninguna de las fuentes de este directorio indica su situación posterior."
        ),
        "website": "",
        "ogp_url": "",
        # Pasto, the department's capital (GeoNames 3672778).
        "latitude": "1.21456",
        "longitude": "-77.27846",
        "sources": _OGP_2018_RELEASE,
    },
    {
        "slug": "elgeyo-marakwet",
        "name_en": "Elgeyo-Marakwet County",
        "name_es": "Condado de Elgeyo-Marakwet",
        "local_name": "",
        "kind": "county",
        "country": "KE",
        "subdivision": "",
        "ocd_id": "",
        "region": "africa-middle-east",
        "member_since": 2016,
        "status": "not-stated",
        "summary_en": (
            "This Kenyan county was one of the 15 local governments OGP chose in 2016 "
            "as pioneers of its subnational pilot program."
        ),
        "summary_es": (
            "Este condado de Kenia fue uno de los 15 gobiernos locales que OGP eligió "
            "en 2016 como pioneros de su programa piloto subnacional."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _OGP_2016_RELEASE,
    },
    {
        "slug": "kigoma",
        "name_en": "Kigoma Municipality",
        "name_es": "Municipio de Kigoma",
        "local_name": "",
        "kind": "municipality",
        "country": "TZ",
        "subdivision": "",
        "ocd_id": "",
        "region": "africa-middle-east",
        "member_since": 2016,
        "status": "not-stated",
        "summary_en": (
            "The municipality of Kigoma, in Tanzania, was among the 15 pioneers "
            "selected in 2016 for OGP's subnational pilot program."
        ),
        "summary_es": (
            "El municipio de Kigoma, en Tanzania, estuvo entre los 15 pioneros "
            "seleccionados en 2016 para el programa piloto subnacional de OGP."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _OGP_2016_RELEASE,
    },
    {
        "slug": "sekondi-takoradi",
        "name_en": "Sekondi-Takoradi",
        "name_es": "Sekondi-Takoradi",
        "local_name": "",
        "kind": "not-stated",
        "country": "GH",
        "subdivision": "",
        "ocd_id": "",
        "region": "africa-middle-east",
        "member_since": 2016,
        "status": "not-stated",
        "summary_en": (
            "Sekondi-Takoradi, in Ghana, entered OGP in 2016 as one of the 15 pioneers "
            "of its subnational pilot program."
        ),
        "summary_es": (
            "Sekondi-Takoradi, en Ghana, ingresó a OGP en 2016 como uno de los 15 "
            "pioneros de su programa piloto subnacional."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _OGP_2016_RELEASE,
    },
    {
        "slug": "madrid",
        "name_en": "Madrid",
        "name_es": "Madrid",
        "local_name": "",
        "kind": "not-stated",
        "country": "ES",
        "subdivision": "",
        "ocd_id": "",
        "region": "europe",
        "member_since": 2016,
        "status": "not-stated",
        "summary_en": (
            "Madrid was one of the 15 pioneers OGP picked in 2016 for its subnational "
            "pilot program."
        ),
        "summary_es": (
            "Madrid fue uno de los 15 pioneros que OGP escogió en 2016 para su "
            "programa piloto subnacional."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _OGP_2016_RELEASE,
    },
    {
        "slug": "paris",
        "name_en": "Paris",
        "name_es": "París",
        "local_name": "",
        "kind": "not-stated",
        "country": "FR",
        "subdivision": "",
        "ocd_id": "",
        "region": "europe",
        "member_since": 2016,
        "status": "not-stated",
        "summary_en": (
            "Paris joined OGP in 2016 as one of the 15 pioneers of the subnational "
            "pilot program. In December of that year the pioneers signed the "
            "Subnational Declaration and presented their first action plans at OGP's "
            "Global Summit in Paris."
        ),
        "summary_es": (
            "París se unió a OGP en 2016 como uno de los 15 pioneros del programa "
            "piloto subnacional. En diciembre de ese año, los pioneros firmaron la "
            "Declaración Subnacional y presentaron sus primeros planes de acción en la "
            "Cumbre Global de OGP, celebrada en París."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "fact_sources": {"member_since": [1]},
        "sources": (
            f"{_OGP_2016_RELEASE}\nhttps://www.opengovpartnership.org/ogp-local-program/"
        ),
    },
    {
        "slug": "scotland",
        "name_en": "Scotland",
        "name_es": "Escocia",
        "local_name": "",
        "kind": "not-stated",
        "country": "GB",
        "subdivision": "",
        "ocd_id": "",
        "region": "europe",
        "member_since": 2016,
        "status": "not-stated",
        "summary_en": (
            "Scotland, in the United Kingdom, was among the 15 pioneers OGP selected "
            "in 2016 for its subnational pilot program."
        ),
        "summary_es": (
            "Escocia, en el Reino Unido, estuvo entre los 15 pioneros que OGP "
            "seleccionó en 2016 para su programa piloto subnacional."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _OGP_2016_RELEASE,
    },
    {
        "slug": "bojonegoro",
        "name_en": "Bojonegoro",
        "name_es": "Bojonegoro",
        "local_name": "",
        "kind": "not-stated",
        "country": "ID",
        "subdivision": "",
        "ocd_id": "",
        "region": "asia-pacific",
        "member_since": 2016,
        "status": "not-stated",
        "summary_en": (
            "Bojonegoro, in Indonesia, is one of the 15 pioneers of OGP's subnational "
            "pilot program, chosen in 2016."
        ),
        "summary_es": (
            "Bojonegoro, en Indonesia, es uno de los 15 pioneros del programa piloto "
            "subnacional de OGP, elegidos en 2016."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _OGP_2016_RELEASE,
    },
    {
        "slug": "seoul",
        "name_en": "Seoul",
        "name_es": "Seúl",
        "local_name": "",
        "kind": "not-stated",
        "country": "KR",
        "subdivision": "",
        "ocd_id": "",
        "region": "asia-pacific",
        "member_since": 2016,
        "status": "not-stated",
        "summary_en": (
            "Seoul entered OGP in 2016 as one of the 15 pioneers of its subnational "
            "pilot program."
        ),
        "summary_es": (
            "Seúl ingresó a OGP en 2016 como uno de los 15 pioneros de su programa "
            "piloto subnacional."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _OGP_2016_RELEASE,
    },
    {
        "slug": "tbilisi",
        "name_en": "Tbilisi",
        "name_es": "Tiflis",
        "local_name": "",
        "kind": "not-stated",
        "country": "GE",
        "subdivision": "",
        "ocd_id": "",
        "region": "asia-pacific",
        "member_since": 2016,
        "status": "not-stated",
        "summary_en": (
            "Tbilisi, in Georgia, was one of the 15 pioneers OGP chose in 2016 for its "
            "subnational pilot program. No source read names its OGP region: it is "
            "listed under Asia and the Pacific because OGP's count of its 20 local "
            "members by region for 2018–2020 adds up only that way."
        ),
        "summary_es": (
            "Tiflis, en Georgia, fue uno de los 15 pioneros que OGP eligió en 2016 para "
            "su programa piloto subnacional. Ninguna de las fuentes consultadas indica "
            "su región en OGP: figura en Asia y el Pacífico porque solo así cuadra el "
            "recuento por región de los 20 miembros locales que OGP dio para 2018-2020."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "fact_sources": {
            "member_since": [1],
            "region": "inferred in the reference notes (§1.1) from OGP's count of its 20 local members by region for 2018–2020 [2]",
        },
        "sources": f"{_OGP_2016_RELEASE}\n{_OGP_LOCAL_MEMBERS_BY_REGION}",
    },
    # The members of April 2018 outside the Americas (the fifth, Nariño in
    # Colombia, is not in the directory).
    {
        "slug": "kaduna",
        "name_en": "Kaduna State",
        "name_es": "Estado de Kaduna",
        "local_name": "",
        "kind": "state",
        "country": "NG",
        "subdivision": "",
        "ocd_id": "",
        "region": "africa-middle-east",
        "member_since": 2018,
        "status": "not-stated",
        "summary_en": (
            "This Nigerian state joined OGP Local in April 2018, one of five new "
            "members chosen from 32 applicants that took the program to 20 local "
            "governments."
        ),
        "summary_es": (
            "Este estado de Nigeria se sumó a OGP Local en abril de 2018 como uno de "
            "los cinco nuevos miembros elegidos entre 32 postulantes, con los que el "
            "programa llegó a 20 gobiernos locales."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _OGP_2018_RELEASE,
    },
    {
        "slug": "south-cotabato",
        "name_en": "South Cotabato",
        "name_es": "Cotabato del Sur",
        "local_name": "",
        "kind": "not-stated",
        "country": "PH",
        "subdivision": "",
        "ocd_id": "",
        "region": "asia-pacific",
        "member_since": 2018,
        "status": "not-stated",
        "summary_en": (
            "South Cotabato, in the Philippines, was one of five local governments "
            "OGP added to its local program in April 2018, selected from 32 "
            "applications."
        ),
        "summary_es": (
            "Cotabato del Sur, en Filipinas, fue uno de los cinco gobiernos locales que "
            "OGP incorporó a su programa local en abril de 2018, seleccionados entre 32 "
            "postulaciones."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _OGP_2018_RELEASE,
    },
    {
        "slug": "basque-country",
        "name_en": "Basque Country",
        "name_es": "País Vasco",
        "local_name": "Euskadi",
        "kind": "not-stated",
        "country": "ES",
        "subdivision": "",
        "ocd_id": "",
        "region": "europe",
        "member_since": 2018,
        "status": "not-stated",
        "summary_en": (
            "The Basque Country (Euskadi) joined OGP Local in April 2018 as one of five "
            "new members, chosen from 32 applicants. In October 2022 a delegation of "
            "OGP Euskadi spoke at a roundtable of OGP's Europe Regional Meeting in Rome."
        ),
        "summary_es": (
            "El País Vasco (Euskadi) se incorporó a OGP Local en abril de 2018 como uno "
            "de los cinco nuevos miembros, elegidos entre 32 postulantes. En octubre de "
            "2022, una delegación de OGP Euskadi intervino en una mesa redonda de la "
            "Reunión Regional de OGP para Europa, en Roma."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "fact_sources": {"member_since": [1]},
        "sources": (
            f"{_OGP_2018_RELEASE}\n"
            "https://www.ogp.euskadi.eus/news/2022/a-delegation-from-ogp-euskadi-has-participated-in-the-european-ogp-regional-meeting/webogp00-content/en/"
        ),
    },
    {
        "slug": "iasi",
        "name_en": "Iași",
        "name_es": "Iași",
        "local_name": "",
        "kind": "not-stated",
        "country": "RO",
        "subdivision": "",
        "ocd_id": "",
        "region": "europe",
        "member_since": 2018,
        "status": "not-stated",
        "summary_en": (
            "Iași, in Romania, was one of the five local governments OGP welcomed to "
            "its local program in April 2018, picked from 32 applicants."
        ),
        "summary_es": (
            "Iași, en Rumanía, fue uno de los cinco gobiernos locales que OGP sumó a su "
            "programa local en abril de 2018, escogidos entre 32 postulantes."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _OGP_2018_RELEASE,
    },
    # Three Georgian members of the 2020 cohort (the other 2020 members found
    # are in the Americas, above). No source read gives their OGP region; they
    # are listed where Tbilisi is.
    {
        "slug": "akhaltsikhe",
        "name_en": "Akhaltsikhe",
        "name_es": "Akhaltsikhe",
        "local_name": "",
        "kind": "not-stated",
        "country": "GE",
        "subdivision": "",
        "ocd_id": "",
        "region": "asia-pacific",
        "member_since": 2020,
        "status": "not-stated",
        "summary_en": (
            "According to OGP Georgia, Akhaltsikhe joined OGP Local in 2020, together "
            "with Ozurgeti and Khoni. No source read names its OGP region; it is "
            "listed under Asia and the Pacific, like Tbilisi."
        ),
        "summary_es": (
            "Según OGP Georgia, Akhaltsikhe se incorporó a OGP Local en 2020, junto "
            "con Ozurgeti y Khoni. Ninguna de las fuentes consultadas indica su región "
            "en OGP; figura en Asia y el Pacífico, igual que Tiflis."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "fact_sources": {
            "member_since": [1],
            "region": "inferred in the reference notes (§1.1) from OGP's count of its 20 local members by region for 2018–2020 [2]",
        },
        "sources": f"{_OGP_GEORGIA_2020}\n{_OGP_LOCAL_MEMBERS_BY_REGION}",
    },
    {
        "slug": "ozurgeti",
        "name_en": "Ozurgeti",
        "name_es": "Ozurgeti",
        "local_name": "",
        "kind": "not-stated",
        "country": "GE",
        "subdivision": "",
        "ocd_id": "",
        "region": "asia-pacific",
        "member_since": 2020,
        "status": "not-stated",
        "summary_en": (
            "Ozurgeti's OGP member page says it joined as part of the 2020 cohort, "
            "and OGP Georgia names it with Akhaltsikhe and Khoni among the Georgian "
            "members of that year. No source read names its OGP region; it is listed "
            "under Asia and the Pacific, like Tbilisi."
        ),
        "summary_es": (
            "La página de Ozurgeti en el sitio de OGP indica que se unió como parte de "
            "la cohorte de 2020, y OGP Georgia la menciona, junto con Akhaltsikhe y "
            "Khoni, entre los miembros georgianos de ese año. Ninguna de las fuentes "
            "consultadas indica su región en OGP; figura en Asia y el Pacífico, igual "
            "que Tiflis."
        ),
        "website": "",
        "ogp_url": "https://www.opengovpartnership.org/members/ozurgeti-georgia/",
        "latitude": None,
        "longitude": None,
        "fact_sources": {
            "member_since": [1, 2],
            "region": "inferred in the reference notes (§1.1) from OGP's count of its 20 local members by region for 2018–2020 [3]",
        },
        "sources": (
            "https://www.opengovpartnership.org/members/ozurgeti-georgia/\n"
            f"{_OGP_GEORGIA_2020}\n{_OGP_LOCAL_MEMBERS_BY_REGION}"
        ),
    },
    {
        "slug": "khoni",
        "name_en": "Khoni",
        "name_es": "Khoni",
        "local_name": "",
        "kind": "not-stated",
        "country": "GE",
        "subdivision": "",
        "ocd_id": "",
        "region": "asia-pacific",
        "member_since": 2020,
        "status": "not-stated",
        "summary_en": (
            "Khoni is one of three Georgian members, with Akhaltsikhe and Ozurgeti, "
            "that OGP Georgia reports joining OGP Local in 2020. No source read names "
            "its OGP region; it is listed under Asia and the Pacific, like Tbilisi."
        ),
        "summary_es": (
            "Khoni es uno de los tres miembros georgianos, con Akhaltsikhe y Ozurgeti, "
            "que según OGP Georgia ingresaron a OGP Local en 2020. Ninguna de las "
            "fuentes consultadas indica su región en OGP; figura en Asia y el Pacífico, "
            "igual que Tiflis."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "fact_sources": {
            "member_since": [1],
            "region": "inferred in the reference notes (§1.1) from OGP's count of its 20 local members by region for 2018–2020 [2]",
        },
        "sources": f"{_OGP_GEORGIA_2020}\n{_OGP_LOCAL_MEMBERS_BY_REGION}",
    },
    # Members of the 2022 cohort outside the Americas: the eight whose action
    # plans OGP's review of 2022 lists (Corrientes and Cartagena de Indias, the
    # other two, are above).
    {
        "slug": "asturias",
        "name_en": "Asturias",
        "name_es": "Asturias",
        "local_name": "",
        "kind": "not-stated",
        "country": "ES",
        "subdivision": "",
        "ocd_id": "",
        "region": "europe",
        "member_since": 2022,
        "status": "active",
        "summary_en": (
            "Asturias joined OGP Local with the 2022 cohort. OGP's review of that year "
            "lists it among the ten new members that had already delivered an action "
            "plan."
        ),
        "summary_es": (
            "Asturias se incorporó a OGP Local con la cohorte de 2022. El balance de "
            "ese año publicado por OGP la incluye entre los diez nuevos miembros que ya "
            "habían entregado un plan de acción."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _LOOK_AT_2022,
    },
    {
        "slug": "valencian-community",
        "name_en": "Valencian Community",
        "name_es": "Comunidad Valenciana",
        "local_name": "",
        "kind": "not-stated",
        "country": "ES",
        "subdivision": "",
        "ocd_id": "",
        "region": "europe",
        "member_since": 2022,
        "status": "active",
        "summary_en": (
            "The Valencian Community is part of OGP Local's 2022 cohort and, as OGP's "
            "look back at 2022 records, had delivered its action plan before the year "
            "was out."
        ),
        "summary_es": (
            "La Comunidad Valenciana forma parte de la cohorte de 2022 de OGP Local y, "
            "según el repaso de ese año que hizo OGP, entregó su plan de acción antes "
            "de que terminara el año."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _LOOK_AT_2022,
    },
    {
        "slug": "hamburg",
        "name_en": "Hamburg",
        "name_es": "Hamburgo",
        "local_name": "",
        "kind": "not-stated",
        "country": "DE",
        "subdivision": "",
        "ocd_id": "",
        "region": "europe",
        "member_since": 2022,
        "status": "active",
        "summary_en": (
            "Hamburg entered OGP Local in 2022 and was one of the ten members of that "
            "cohort whose action plan was already delivered by the end of the year, "
            "according to OGP's review of 2022."
        ),
        "summary_es": (
            "Hamburgo ingresó a OGP Local en 2022 y fue uno de los diez miembros de esa "
            "cohorte que ya habían entregado su plan de acción al cierre del año, según "
            "el balance de 2022 de OGP."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _LOOK_AT_2022,
    },
    {
        "slug": "detmold",
        "name_en": "Detmold",
        "name_es": "Detmold",
        "local_name": "",
        "kind": "not-stated",
        "country": "DE",
        "subdivision": "",
        "ocd_id": "",
        "region": "europe",
        "member_since": 2022,
        "status": "active",
        "summary_en": (
            "Detmold, in Germany, joined OGP Local in 2022. OGP's review of that year "
            "counts it among the ten new members that had delivered an action plan."
        ),
        "summary_es": (
            "Detmold, en Alemania, se sumó a OGP Local en 2022. El balance de ese año "
            "publicado por OGP la cuenta entre los diez nuevos miembros que habían "
            "entregado un plan de acción."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _LOOK_AT_2022,
    },
    {
        "slug": "zilina-region",
        "name_en": "Žilina Region",
        "name_es": "Región de Žilina",
        "local_name": "",
        "kind": "region",
        "country": "SK",
        "subdivision": "",
        "ocd_id": "",
        "region": "europe",
        "member_since": 2022,
        "status": "active",
        "summary_en": (
            "This Slovak region joined OGP Local with the 2022 cohort, and OGP's review "
            "of 2022 lists its action plan among the ten the new members had already "
            "delivered."
        ),
        "summary_es": (
            "Esta región de Eslovaquia se incorporó a OGP Local con la cohorte de 2022, "
            "y el balance de 2022 de OGP incluye su plan de acción entre los diez que "
            "los nuevos miembros ya habían entregado."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _LOOK_AT_2022,
    },
    {
        "slug": "novi-pazar",
        "name_en": "Novi Pazar",
        "name_es": "Novi Pazar",
        "local_name": "",
        "kind": "not-stated",
        "country": "RS",
        "subdivision": "",
        "ocd_id": "",
        "region": "europe",
        "member_since": 2022,
        "status": "active",
        "summary_en": (
            "Novi Pazar, in Serbia, is a member of OGP Local's 2022 cohort; OGP's "
            "review of 2022 names it among the ten that had already delivered an "
            "action plan."
        ),
        "summary_es": (
            "Novi Pazar, en Serbia, es miembro de la cohorte de 2022 de OGP Local; el "
            "balance de 2022 de OGP lo nombra entre los diez que ya habían entregado un "
            "plan de acción."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _LOOK_AT_2022,
    },
    {
        "slug": "tarkwa-nsuaem",
        "name_en": "Tarkwa-Nsuaem",
        "name_es": "Tarkwa-Nsuaem",
        "local_name": "",
        "kind": "not-stated",
        "country": "GH",
        "subdivision": "",
        "ocd_id": "",
        "region": "africa-middle-east",
        "member_since": 2022,
        "status": "active",
        "summary_en": (
            "Tarkwa-Nsuaem, in Ghana, joined OGP Local in 2022. By the end of that "
            "year it had delivered an action plan, one of ten from the new cohort that "
            "OGP's review of 2022 lists."
        ),
        "summary_es": (
            "Tarkwa-Nsuaem, en Ghana, se incorporó a OGP Local en 2022. Antes de que "
            "terminara ese año había entregado un plan de acción, uno de los diez de la "
            "nueva cohorte que recoge el balance de 2022 de OGP."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _LOOK_AT_2022,
    },
    {
        "slug": "carthage",
        "name_en": "Carthage",
        "name_es": "Cartago",
        "local_name": "",
        "kind": "not-stated",
        "country": "TN",
        "subdivision": "",
        "ocd_id": "",
        "region": "africa-middle-east",
        "member_since": 2022,
        "status": "active",
        "summary_en": (
            "Carthage, in Tunisia, is part of the 2022 cohort of OGP Local. OGP's "
            "review of 2022 counts it among the ten new members that had already "
            "delivered an action plan."
        ),
        "summary_es": (
            "Cartago, en Túnez, forma parte de la cohorte de 2022 de OGP Local. El "
            "balance de 2022 de OGP la cuenta entre los diez nuevos miembros que ya "
            "habían entregado un plan de acción."
        ),
        "website": "",
        "ogp_url": "",
        "latitude": None,
        "longitude": None,
        "sources": _LOOK_AT_2022,
    },
]

# ---------------------------------------------------------------------------
# Meetings: the three OGP regional meetings of 2022.
# ---------------------------------------------------------------------------

MEETINGS = [
    {
        "slug": "open-americas-2022",
        "name_en": "Open Americas",
        "name_es": "América Abierta",
        "kind": "regional-meeting",
        "region": "americas",
        "host_city_en": "Santo Domingo",
        "host_city_es": "Santo Domingo",
        "host_country": "DO",
        "venue": "",
        "start_date": "2022-09-26",
        "end_date": "2022-09-29",
        "timezone": "America/Santo_Domingo",
        "summary_en": (
            "OGP's regional meeting for the Americas, held jointly with AbreLatam/"
            "ConDatos and organized with the OAS and the government of the Dominican "
            "Republic. OGP counted more than 400 participants from 28 countries; the "
            "Dominican president, Luis Abinader, opened the event alongside OGP's chief "
            "executive, Sanjay Pradhan."
        ),
        "summary_es": (
            "Encuentro regional de OGP para las Américas, realizado en conjunto con "
            "AbreLatam/ConDatos y organizado con la OEA y el Gobierno de la República "
            "Dominicana. Según OGP, participaron más de 400 personas de 28 países, y la "
            "inauguración estuvo a cargo del presidente Luis Abinader y del director "
            "ejecutivo de OGP, Sanjay Pradhan."
        ),
        "highlights_en": (
            "For the first time, the 21 OGP Local members in the Americas met to "
            "exchange experiences and to discuss the opportunities and challenges "
            "in their own settings.\n\n"
            "Forty people, among them local officials, civil society "
            "representatives and representatives of OGP's Independent Reporting "
            "Mechanism (IRM), worked together at the Local workshop toward building"
            " Local Circles, communities of practice on themes including climate "
            "action, digital openness, inclusion, innovation, civil society "
            "engagement and the Sustainable Development Goals.\n\n"
            "Members presented reforms and experiences from eight local contexts, "
            "from digital participation in Rosario and São Paulo to open data on "
            "LGBTQIA+ rights in Buenos Aires and everyday justice in the State of "
            "Mexico.\n\n"
            "Five national and local governments discussed how to connect national "
            "and local open government processes, and how OGP Local can help make "
            "openness standard practice at both levels.\n\n"
            "Representatives of all OGP Local members joined a roundtable on OGP's "
            "strategy, discussing open government capacity building and better "
            "coordination between levels of government."
        ),
        "highlights_es": (
            "Por primera vez, los 21 miembros de OGP Local en las Américas se "
            "reunieron para intercambiar experiencias y conversar sobre las "
            "oportunidades y los desafíos de sus propios entornos.\n\n"
            "En el Taller Local, cuarenta personas (funcionarios locales, "
            "representantes de la sociedad civil y representantes del Mecanismo de "
            "Revisión Independiente (MRI) de OGP) trabajaron para construir los "
            "Círculos Locales, comunidades de práctica sobre temas como la acción "
            "climática, la apertura digital, la inclusión, la innovación, la "
            "participación de la sociedad civil y los Objetivos de Desarrollo "
            "Sostenible.\n\n"
            "Se presentaron reformas y experiencias de ocho contextos locales, "
            "desde la participación digital en Rosario y São Paulo hasta los datos "
            "abiertos sobre derechos LGBTQIA+ en Buenos Aires y la justicia "
            "cotidiana en el Estado de México.\n\n"
            "Cinco gobiernos nacionales y locales conversaron sobre cómo enlazar "
            "los procesos de gobierno abierto de ambos niveles y cómo OGP Local "
            "puede ayudar a que la apertura se vuelva práctica habitual en los dos.\n\n"
            "Representantes de todos los miembros de OGP Local participaron en una "
            "mesa de diálogo sobre la estrategia de OGP, centrada en el "
            "fortalecimiento de capacidades en gobierno abierto y en una mejor "
            "coordinación entre niveles de gobierno."
        ),
        "participant_count": 400,
        "country_count": 28,
        "latitude": "18.47186",
        "longitude": "-69.89232",
        "website": "https://opengovpartnership.org/events/open-americas",
        "fact_sources": {
            "name_en": [1, 2],
            "name_es": [3],
            "kind": [1, 2],
            "region": [1, 2],
            "host_city_en": [1, 2],
            "host_city_es": [3],
            "host_country": [1, 2],
            "start_date": [1, 2],
            "end_date": [1, 2],
            "participant_count": [4],
            "country_count": [4],
        },
        "sources": (
            f"{_SEED_URL}\n"
            "https://opengovpartnership.org/events/open-americas\n"
            "https://www.opengovpartnership.org/es/events/open-americas/\n"
            "https://opengovpartnership.org/stories/opening-the-americas\n"
            "https://www.elcaribe.com.do/panorama/pais/rd-sera-sede-programa-america-abierta/\n"
            f"{_LOOK_AT_2022}"
        ),
    },
    {
        "slug": "europe-regional-meeting-2022",
        "name_en": "OGP Europe Regional Meeting",
        "name_es": "Reunión Regional de OGP para Europa",
        "kind": "regional-meeting",
        "region": "europe",
        "host_city_en": "Rome",
        "host_city_es": "Roma",
        "host_country": "IT",
        # The notes place it at Auditorium Loyola and the Palm Plaza Hotel, but only
        # through addresses they quote cut short, which no reader could check.
        "venue": "",
        "start_date": "2022-10-11",
        "end_date": "2022-10-12",
        "timezone": "Europe/Rome",
        "summary_en": (
            "OGP's 2022 regional meeting for Europe, hosted in Rome by the Italian "
            "government together with OGP and the government of Estonia. More than 240 "
            "people took part, representing 31 national and local European members."
        ),
        "summary_es": (
            "Encuentro regional de OGP para Europa en 2022, organizado en Roma por el "
            "Gobierno de Italia junto con OGP y el Gobierno de Estonia. Asistieron más "
            "de 240 personas en representación de 31 miembros europeos, nacionales y "
            "locales."
        ),
        "highlights_en": (
            "Over two days, the program offered 20 sessions with 72 speakers.\n\n"
            "On October 11, OGP, the Congress of the Council of Europe and the "
            "Association of Ukrainian Cities signed a memorandum of understanding "
            "on local governance in Ukraine.\n\n"
            "OGP Euskadi, from the Basque Country, spoke at a roundtable on how "
            "local context shapes open government action.\n\n"
            "The meeting marked the handover of the Steering Committee co-chairs, "
            "from Italy and Aidan Eyakuze to Estonia and Anabel Cruz for 2023; the "
            "Steering Committee met right afterwards, on October 13–14."
        ),
        "highlights_es": (
            "En dos días, el programa reunió 20 sesiones con 72 ponentes.\n\n"
            "El 11 de octubre, OGP, el Congreso del Consejo de Europa y la "
            "Asociación de Ciudades Ucranianas firmaron un memorando de "
            "entendimiento sobre la gobernanza local en Ucrania.\n\n"
            "OGP Euskadi, del País Vasco, intervino en una mesa redonda sobre cómo "
            "el contexto local define la acción de gobierno abierto.\n\n"
            "En el encuentro se hizo el relevo de la copresidencia del Comité "
            "Directivo: Italia y Aidan Eyakuze cedieron el puesto a Estonia y "
            "Anabel Cruz para 2023. El Comité Directivo se reunió a continuación, "
            "el 13 y 14 de octubre."
        ),
        "participant_count": 240,
        "country_count": None,
        "latitude": "41.89193",
        "longitude": "12.51133",
        "website": "",
        "fact_sources": {
            "name_es": "our translation: the notes found no Spanish name from OGP",
            "name_en": [5],
            "kind": [1, 2],
            "region": [1, 2],
            "host_city_en": [1, 2],
            "host_city_es": [1, 2],
            "host_country": [1, 2],
            "start_date": [1, 2],
            "end_date": [1, 2],
            "participant_count": [2],
        },
        "sources": (
            "https://open.gov.it/notizie/incontro-regionale-ogp-europa-roma-11-12-ottobre-0\n"
            "https://open.gov.it/notizie/incontro-regionale-europeo-ogp-2022-nuova\n"
            "https://www.ogp.euskadi.eus/news/2022/a-delegation-from-ogp-euskadi-has-participated-in-the-european-ogp-regional-meeting/webogp00-content/en/\n"
            "https://opengovpartnership.org/topic/ogp-local/page/6\n"
            f"{_LOOK_AT_2022}"
        ),
    },
    {
        "slug": "africa-middle-east-regional-meeting-2022",
        "name_en": "OGP Africa and the Middle East Regional Meeting",
        "name_es": "Reunión Regional de OGP para África y el Medio Oriente",
        "kind": "regional-meeting",
        "region": "africa-middle-east",
        "host_city_en": "Marrakech",
        "host_city_es": "Marrakech",
        "host_country": "MA",
        "venue": "",
        "start_date": "2022-11-01",
        "end_date": "2022-11-03",
        "timezone": "Africa/Casablanca",
        "summary_en": (
            "The last of OGP's three regional meetings in 2022, organized by Morocco's "
            "Ministry of Digital Transition and Administration Reform with OGP, with "
            "King Mohammed VI as patron. It looked at open government as a way "
            "to deliver better public services."
        ),
        "summary_es": (
            "El último de los tres encuentros regionales de OGP en 2022, organizado"
            " por el Ministerio de Transición Digital y Reforma de la "
            "Administración de Marruecos junto con OGP, bajo el patrocinio del rey "
            "Mohamed VI. Su eje fue el gobierno abierto como herramienta para "
            "mejorar los servicios públicos."
        ),
        "highlights_en": (
            "The program tied open government to better public services, looking at "
            "the fight against corruption, digital innovation, civic participation and "
            "access to justice.\n\n"
            "More than 500 people attended.\n\n"
            "It closed the run of three OGP regional meetings held in 2022, after "
            "Santo Domingo and Rome."
        ),
        "highlights_es": (
            "El programa vinculó el gobierno abierto con mejores servicios públicos a "
            "través de la lucha contra la corrupción, la innovación digital, la "
            "participación cívica y el acceso a la justicia.\n\n"
            "Asistieron más de 500 personas.\n\n"
            "Cerró la serie de tres reuniones regionales que OGP celebró en 2022, "
            "después de Santo Domingo y Roma."
        ),
        "participant_count": 500,
        "country_count": None,
        "latitude": "31.63416",
        "longitude": "-7.99994",
        "website": "",
        "fact_sources": {
            "name_en": [1],
            "name_es": [2],
            "kind": [1],
            "region": [1],
            "host_city_en": [1, 3],
            "host_city_es": [2],
            "host_country": [1, 3],
            "start_date": [1, 3],
            "end_date": [1, 3],
            "participant_count": [1],
        },
        "sources": (
            "https://opengovpartnership.org/?p=64769\n"
            "https://opengovpartnership.org/group/francophone-africa/page/5\n"
            "https://mediarightsagenda.org/ogp-africa-and-middle-east-regional-meeting-holds-in-morocco-in-november/\n"
            "https://fr.allafrica.com/stories/202210290191.html\n"
            f"{_LOOK_AT_2022}"
        ),
    },
]

# ---------------------------------------------------------------------------
# Reforms: the eight showcased at Open Americas 2022, in the post's order (a–h).
# ---------------------------------------------------------------------------

REFORMS = [
    {
        "slug": "rosario-digital-participation",
        "title_en": "Digital strategies for social participation in Rosario",
        "title_es": "Estrategias de digitalización para la participación social en Rosario",
        "summary_en": (
            "Rosario's city government uses digital strategies to bring residents into "
            "the public issues of the moment. The city shared the approach with its "
            "peers at Open Americas 2022."
        ),
        "summary_es": (
            "La Municipalidad de Rosario recurre a estrategias digitales para que la "
            "ciudadanía participe en los temas de actualidad de la agenda pública. La "
            "ciudad compartió esta experiencia con sus pares en América Abierta 2022."
        ),
        "jurisdictions": ["rosario"],
        "countries": ["AR"],
        "themes": ["citizen-participation", "digital-openness"],
        "status": "in-progress",
        "website": "",
        "fact_sources": {"status": [2]},
        "sources": (
            f"{_SEED_URL}\n"
            "https://www.opengovpartnership.org/documents/action-plan-rosario-argentina-2021-2023/"
        ),
    },
    {
        "slug": "tsachilas-local-open-data",
        "title_en": "The technical side of local open data",
        "title_es": "Los retos técnicos de abrir datos en lo local",
        "summary_en": (
            "This presentation dealt with the technical obstacles local governments run "
            "into when they open their data, drawing on experience from Santo Domingo de "
            "los Tsáchilas in Ecuador and from Brazil."
        ),
        "summary_es": (
            "La presentación abordó los obstáculos técnicos que enfrentan los gobiernos "
            "locales al abrir sus datos, a partir de experiencias de Santo Domingo de los "
            "Tsáchilas, en Ecuador, y de Brasil."
        ),
        "jurisdictions": ["santo-domingo-de-los-tsachilas"],
        "countries": ["EC", "BR"],
        "themes": ["open-data"],
        "status": "in-progress",
        "website": "",
        "fact_sources": {"status": [2]},
        "sources": (
            f"{_SEED_URL}\n"
            "https://www.opengovpartnership.org/documents/action-plan-santo-domingo-de-los-tsachilas-ecuador-2021-2023/"
        ),
    },
    {
        "slug": "buenos-aires-lgbtqia-open-data",
        "title_en": "Open data on LGBTQIA+ rights in Buenos Aires",
        "title_es": "Datos abiertos sobre derechos LGBTQIA+ en Buenos Aires",
        "summary_en": (
            "Buenos Aires City presented its work on open data and on reforms around "
            "the rights of the LGBTQIA+ community at Open Americas 2022."
        ),
        "summary_es": (
            "La Ciudad de Buenos Aires presentó en América Abierta 2022 su trabajo en "
            "datos abiertos y en reformas sobre los derechos de la comunidad LGBTQIA+."
        ),
        "jurisdictions": ["buenos-aires"],
        "countries": ["AR"],
        "themes": ["open-data", "lgbtqia", "inclusion"],
        "status": "in-progress",
        "website": "",
        "fact_sources": {"status": [2], "themes": [1, 3]},
        "sources": (
            f"{_SEED_URL}\n"
            "https://opengovpartnership.org/members/buenos-aires-argentina\n"
            "https://www.opengovpartnership.org/policy-area/lgbtqia/"
        ),
    },
    {
        "slug": "sao-paulo-digital-participation",
        "title_en": ("Citizen participation in digital spaces in São Paulo"),
        "title_es": (
            "La participación ciudadana en los espacios digitales en São Paulo"
        ),
        "summary_en": (
            "São Paulo's city government is looking at how residents take part "
            "through digital channels and at future strategies for both online and "
            "in-person participation."
        ),
        "summary_es": (
            "La Prefeitura de São Paulo analiza cómo participa la ciudadanía a "
            "través de canales digitales y qué estrategias futuras seguir, tanto en"
            " línea como de forma presencial."
        ),
        "jurisdictions": ["sao-paulo"],
        "countries": ["BR"],
        "themes": ["citizen-participation", "digital-openness"],
        "status": "in-progress",
        "website": "",
        "fact_sources": {"status": [2]},
        "sources": (
            f"{_SEED_URL}\n"
            "https://www.opengovpartnership.org/documents/action-plan-sao-paulo-brazil-2021-2024/"
        ),
    },
    {
        "slug": "nuevo-leon-open-government-coalition",
        "title_en": "A coalition for open government in Nuevo León",
        "title_es": "Una coalición por el gobierno abierto en Nuevo León",
        "summary_en": (
            "At Open Americas 2022, Nuevo León spoke about its work toward a "
            "coalition that can present open government proposals. The state takes "
            "part in OGP Local through the Nuevo León Abierto coalition, which it "
            "formed with the municipalities of Monterrey and San Pedro Garza "
            "García."
        ),
        "summary_es": (
            "En América Abierta 2022, Nuevo León expuso su trabajo para conformar "
            "una coalición que presente propuestas de gobierno abierto. El estado "
            "participa en OGP Local a través de la Coalición Nuevo León Abierto, "
            "que conformó con los municipios de Monterrey y San Pedro Garza García."
        ),
        "jurisdictions": ["nuevo-leon"],
        "countries": ["MX"],
        "themes": ["co-creation", "civil-society-engagement"],
        "status": "in-progress",
        "website": "",
        "fact_sources": {"status": [2, 3]},
        "sources": (
            f"{_SEED_URL}\n"
            "https://www.opengovpartnership.org/members/nuevo-leon-state-mexico/\n"
            "https://opengovpartnership.org/stories/nuevo-leon-challenges-and-lessons-learnt-from-the-biggest-open-government-coalition-in-ogp-local"
        ),
    },
    {
        "slug": "penalolen-co-creation-lessons",
        "title_en": "What Peñalolén learned from co-creating its action plan",
        "title_es": "Aprendizajes de Peñalolén al cocrear su plan de acción",
        "summary_en": (
            "Peñalolén shared the main lessons from the joint work with civil society "
            "that produced its 2021–2024 action plan."
        ),
        "summary_es": (
            "Peñalolén compartió las principales lecciones del trabajo conjunto con la "
            "sociedad civil del que surgió su plan de acción 2021-2024."
        ),
        "jurisdictions": ["penalolen"],
        "countries": ["CL"],
        "themes": ["co-creation"],
        "status": "in-progress",
        "website": "",
        "fact_sources": {"status": [2]},
        "sources": (
            f"{_SEED_URL}\n"
            "https://opengovpartnership.org/documents/action-plan-penalolen-chile-2021-2024"
        ),
    },
    {
        "slug": "bogota-inclusion-agenda",
        "title_en": "An open government lens on inclusion in Bogotá",
        "title_es": "La inclusión desde el gobierno abierto en Bogotá",
        "summary_en": (
            "Bogotá is working out how to push its inclusion agenda forward by applying "
            "the principles of open government."
        ),
        "summary_es": (
            "Bogotá explora cómo impulsar su agenda de inclusión aplicando los "
            "principios del gobierno abierto."
        ),
        "jurisdictions": ["bogota"],
        "countries": ["CO"],
        "themes": ["inclusion"],
        "status": "in-progress",
        "website": "",
        "fact_sources": {"status": [2], "themes": [1, 3]},
        "sources": (
            f"{_SEED_URL}\n"
            "https://www.opengovpartnership.org/documents/action-plan-bogota-colombia-2021-2023/\n"
            "https://www.opengovpartnership.org/policy-area/inclusion/"
        ),
    },
    {
        "slug": "state-of-mexico-everyday-justice",
        "title_en": "Bringing everyday justice closer to people in the State of Mexico",
        "title_es": "Justicia cotidiana al alcance de la gente en el Estado de México",
        "summary_en": (
            "The State of Mexico government presented its work to promote everyday "
            "justice through programs that bring access to it closer to the public."
        ),
        "summary_es": (
            "El Gobierno del Estado de México presentó su labor de promoción de la "
            "justicia cotidiana mediante programas orientados a acercarla a la "
            "población."
        ),
        "jurisdictions": ["state-of-mexico"],
        "countries": ["MX"],
        "themes": ["justice"],
        "status": "in-progress",
        "website": "",
        "fact_sources": {"status": [2], "themes": [1, 3]},
        "sources": (
            f"{_SEED_URL}\n"
            "https://opengovpartnership.org/documents/inception-report-action-plan-mexico-state-mexico-2021-2022\n"
            "https://www.opengovpartnership.org/policy-area/justice/"
        ),
    },
]

# ---------------------------------------------------------------------------
# Sessions of Open Americas 2022, in the order the post gives them.
# ---------------------------------------------------------------------------


_SHOWCASED_REFORMS = [
    "rosario-digital-participation",
    "tsachilas-local-open-data",
    "buenos-aires-lgbtqia-open-data",
    "sao-paulo-digital-participation",
    "nuevo-leon-open-government-coalition",
    "penalolen-co-creation-lessons",
    "bogota-inclusion-agenda",
    "state-of-mexico-everyday-justice",
]

SESSIONS = [
    {
        "meeting": "open-americas-2022",
        "slug": "peer-exchange",
        "position": 1,
        "title_en": "Local members' peer exchange",
        "title_es": "Intercambio entre miembros locales",
        "description_en": (
            "For the first time, the 21 OGP Local members in the Americas met as "
            "one group to talk through their experiences, the opportunities they "
            "see and the challenges they face in their various settings."
        ),
        "description_es": (
            "Por primera vez, los 21 miembros de OGP Local en las Américas se "
            "reunieron como grupo para conversar sobre sus experiencias, las "
            "oportunidades que ven y los retos que enfrentan en sus distintos "
            "contextos."
        ),
        "kind": "peer-exchange",
        "participant_count": None,
        "languages": "",
        "themes": [],
        # The post says the 21 Americas members took part but names none of them.
        "jurisdictions": [],
        "showcased_reforms": [],
    },
    {
        "meeting": "open-americas-2022",
        "slug": "local-workshop",
        "position": 2,
        "title_en": "Local workshop: building the Local Circles",
        "title_es": "Taller Local: construcción de los Círculos Locales",
        "description_en": (
            "Forty participants, from local officials and civil society "
            "representatives to representatives of OGP's Independent Reporting "
            "Mechanism (IRM), worked together toward Local Circles, a community of "
            "practice organized by theme. The workshop set out to identify "
            "participants' interests, challenges and possible ways of taking part "
            "in it."
        ),
        "description_es": (
            "Cuarenta representantes de gobiernos locales, del Mecanismo de "
            "Revisión Independiente (MRI) de OGP y de la sociedad civil trabajaron "
            "para construir los Círculos Locales, una comunidad de práctica "
            "organizada por temas. El taller buscó identificar los intereses y "
            "desafíos de los participantes, así como las distintas formas de "
            "sumarse a ella."
        ),
        "kind": "workshop",
        "participant_count": 40,
        "languages": "",
        "themes": [
            "climate-action",
            "digital-openness",
            "inclusion",
            "innovation",
            "civil-society-engagement",
            "sustainable-development-goals",
        ],
        "jurisdictions": [],
        "showcased_reforms": [],
    },
    {
        "meeting": "open-americas-2022",
        "slug": "reform-showcase",
        "position": 3,
        "title_en": "Showcase of local reforms",
        "title_es": "Muestra de reformas locales",
        "description_en": (
            "OGP Local members showcased reforms and experiences from eight local "
            "contexts in Argentina, Brazil, Chile, Colombia, Ecuador and Mexico."
        ),
        "description_es": (
            "Miembros de OGP Local mostraron reformas y experiencias de ocho "
            "contextos locales de Argentina, Brasil, Chile, Colombia, Ecuador y "
            "México."
        ),
        "kind": "reform-showcase",
        "participant_count": None,
        "languages": "",
        "themes": [],
        "jurisdictions": [
            "rosario",
            "santo-domingo-de-los-tsachilas",
            "buenos-aires",
            "sao-paulo",
            "nuevo-leon",
            "penalolen",
            "bogota",
            "state-of-mexico",
        ],
        "showcased_reforms": list(_SHOWCASED_REFORMS),
    },
    {
        "meeting": "open-americas-2022",
        "slug": "national-local-integration",
        "position": 4,
        "title_en": "National–local integration",
        "title_es": "Integración de lo nacional y lo local",
        "description_en": (
            "Representatives of five national and local governments talked about "
            "connecting national and local open government processes, and about how "
            "OGP Local can help make openness part of everyday work at both levels."
        ),
        "description_es": (
            "Representantes de cinco gobiernos nacionales y locales conversaron sobre "
            "cómo conectar los procesos de gobierno abierto de ambos niveles y cómo OGP "
            "Local puede ayudar a que la apertura forme parte del trabajo cotidiano en "
            "los dos."
        ),
        "kind": "panel",
        "participant_count": None,
        "languages": "",
        "themes": [],
        "jurisdictions": [],
        "showcased_reforms": [],
    },
    {
        "meeting": "open-americas-2022",
        "slug": "ogp-strategy-roundtable",
        "position": 5,
        "title_en": "Roundtable on the OGP strategy",
        "title_es": "Mesa de diálogo sobre la estrategia de OGP",
        "description_en": (
            "Representatives of all OGP Local members gave input toward OGP's "
            "strategy, with a focus on building open government skills and on "
            "better coordination between levels of government."
        ),
        "description_es": (
            "Representantes de todos los miembros de OGP Local hicieron aportes "
            "para la estrategia de OGP, con énfasis en el fortalecimiento de "
            "capacidades en gobierno abierto y en una articulación más estrecha "
            "entre los distintos órdenes de gobierno."
        ),
        "kind": "roundtable",
        "participant_count": None,
        "languages": "",
        "themes": ["capacity-building"],
        # The post says the 21 Americas members took part but names none of them.
        "jurisdictions": [],
        "showcased_reforms": [],
    },
    {
        "meeting": "europe-regional-meeting-2022",
        "slug": "local-open-government-roundtable",
        "position": 1,
        # The title as OGP Euskadi reports it; the Spanish is our translation.
        "title_en": "Local Open Government: How Does Context Define Action?",
        "title_es": "Gobierno abierto local: ¿cómo define el contexto la acción?",
        "description_en": (
            "A roundtable on how local context shapes open government action, at "
            "which a delegation of OGP Euskadi, from the Basque Country, spoke."
        ),
        "description_es": (
            "Mesa redonda sobre cómo el contexto local define la acción de gobierno "
            "abierto, en la que intervino una delegación de OGP Euskadi, del País "
            "Vasco."
        ),
        "kind": "roundtable",
        "participant_count": None,
        "languages": "",
        "themes": [],
        "jurisdictions": ["basque-country"],
        "showcased_reforms": [],
        # Line numbers of the meeting's sources, which are a session's.
        "fact_sources": {
            "title_en": [3],
            "title_es": "our translation of the title OGP Euskadi reports [3]",
            "kind": [3],
            "jurisdictions": [3],
        },
    },
]

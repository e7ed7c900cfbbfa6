"""The JSON Schemas of the demo data files (demo/data/*.yaml).

Each file holds one kind of record under one key (``members:``, ``themes:``…), in
the order the site lists them. A field with a ``default`` may be left out of a
record: the default is what "unknown" is stored as (an empty text, no number, no
links). Choices come from the models, so the files accept exactly what the
database does. Links to other records (a reform's members) are checked by the
loader, which knows every file.
"""

from common.validators import FIRST_MEMBERSHIP_YEAR, LAST_PLAUSIBLE_YEAR
from events.models import Meeting, Session
from members.models import Jurisdiction
from plans.enums import OgpValue
from plans.models import ActionPlan, Commitment, Document
from reforms.models import Reform
from themes.models import Theme

SLUG = {"type": "string", "pattern": r"^[a-z0-9]+(?:-[a-z0-9]+)*$"}
TEXT = {"type": "string", "minLength": 1}
OPTIONAL_TEXT = {"type": "string", "default": ""}
OPTIONAL_WEB_ADDRESS = {
    "type": "string",
    "pattern": r"^(?:https?://\S+)?$",
    "default": "",
}
# One web address a line, as the records store them.
SOURCES = {"type": "string", "pattern": r"^https?://\S+(?:\nhttps?://\S+)*$"}
DATE = {"type": "string", "format": "date"}
OPTIONAL_DATE = {"type": ["string", "null"], "format": "date", "default": None}
# Decimal text, kept as written (a float would round it).
LATITUDE = {
    "type": ["string", "null"],
    "pattern": r"^-?(?:90|[0-8]?[0-9])(?:\.[0-9]+)?$",
    "default": None,
}
LONGITUDE = {
    "type": ["string", "null"],
    "pattern": r"^-?(?:180|1[0-7][0-9]|[0-9]?[0-9])(?:\.[0-9]+)?$",
    "default": None,
}
COUNT = {"type": ["integer", "null"], "minimum": 0, "default": None}
YEAR = {"type": "integer", "minimum": FIRST_MEMBERSHIP_YEAR}
OPTIONAL_YEAR = {
    "type": ["integer", "null"],
    "minimum": FIRST_MEMBERSHIP_YEAR,
    "maximum": LAST_PLAUSIBLE_YEAR,
    "default": None,
}
MONTH = {"type": ["integer", "null"], "minimum": 1, "maximum": 12, "default": None}
SLUGS = {"type": "array", "items": SLUG, "uniqueItems": True, "default": []}
OPTIONAL_SLUG = {"anyOf": [SLUG, {"type": "null"}], "default": None}
OPTIONAL_BOOLEAN = {"type": ["boolean", "null"], "default": None}
INFERRED = {"type": "boolean", "default": False}
COUNTRY = {"type": "string", "pattern": "^[A-Z]{2}$"}
LANGUAGE = {"type": "string", "pattern": "^(?:[a-z]{2,3}(?:-[A-Za-z0-9]+)*)?$"}
# Where a fact comes from when only some of the record's sources give it: their
# line numbers (from 1), or words (such as "our own translation").
FACT_SOURCES = {
    "type": "object",
    "additionalProperties": {
        "anyOf": [
            {"type": "string", "minLength": 1},
            {
                "type": "array",
                "items": {"type": "integer", "minimum": 1},
                "minItems": 1,
            },
        ]
    },
}


def choice_of(model, field_name, **extra):
    """The values ``model.field_name`` accepts ("" too when it may be blank)."""
    field = model._meta.get_field(field_name)
    values = [value for value, _label in field.choices]
    if field.blank:
        values.insert(0, "")
    return {"enum": values, **extra}


def record(required, properties):
    """A record: ``required`` fields and ones with a default; nothing else."""
    return {
        "type": "object",
        "required": required,
        "additionalProperties": False,
        "properties": properties,
    }


def translated(name, *, required):
    """``name_en`` and ``name_es`` (English is the source language)."""
    english = TEXT if required else OPTIONAL_TEXT
    return {f"{name}_en": english, f"{name}_es": OPTIONAL_TEXT}


THEME = record(
    ["slug", "name_en", "description_en", "category", "is_local_circle", "sources"],
    {
        "slug": SLUG,
        **translated("name", required=True),
        **translated("description", required=True),
        "category": choice_of(Theme, "category"),
        "is_local_circle": {"type": "boolean"},
        "ogp_url": OPTIONAL_WEB_ADDRESS,
        "fact_sources": FACT_SOURCES,
        "sources": SOURCES,
    },
)

MEMBER = record(
    [
        "slug",
        "name_en",
        "kind",
        "country",
        "region",
        "member_since",
        "status",
        "summary_en",
        "sources",
    ],
    {
        "slug": SLUG,
        **translated("name", required=True),
        "local_name": OPTIONAL_TEXT,
        # One name a line, as the field keeps them (a consortium: the names OGP gives
        # its plans).
        "other_names": OPTIONAL_TEXT,
        "kind": choice_of(Jurisdiction, "kind"),
        "country": COUNTRY,
        "subdivision": {
            "type": "string",
            "pattern": "^(?:[A-Z]{2}-[A-Z0-9]{1,3})?$",
            "default": "",
        },
        "ocd_id": {
            "type": "string",
            "pattern": r"^(?:ocd-division/country:[a-z]{2}(?:/[a-z_]+:[a-z0-9_~.-]+)*)?$",
            "default": "",
        },
        "region": choice_of(Jurisdiction, "region"),
        "member_since": {**YEAR, "maximum": LAST_PLAUSIBLE_YEAR},
        "status": choice_of(Jurisdiction, "status"),
        # True where the reference notes mark the fact as inferred ([I]).
        "region_inferred": INFERRED,
        "member_since_inferred": INFERRED,
        "status_inferred": INFERRED,
        **translated("summary", required=True),
        "website": OPTIONAL_WEB_ADDRESS,
        "ogp_url": OPTIONAL_WEB_ADDRESS,
        "latitude": LATITUDE,
        "longitude": LONGITUDE,
        "fact_sources": FACT_SOURCES,
        "sources": SOURCES,
    },
)

MEETING = record(
    [
        "slug",
        "name_en",
        "kind",
        "region",
        "host_city_en",
        "host_country",
        "start_date",
        "end_date",
        "timezone",
        "summary_en",
        "sources",
    ],
    {
        "slug": SLUG,
        **translated("name", required=True),
        "kind": choice_of(Meeting, "kind"),
        "region": choice_of(Meeting, "region"),
        **translated("host_city", required=True),
        "host_country": COUNTRY,
        "venue": OPTIONAL_TEXT,
        "start_date": DATE,
        "end_date": DATE,
        "timezone": {"type": "string", "pattern": r"^[A-Za-z_]+(?:/[A-Za-z_+-]+)+$"},
        **translated("summary", required=True),
        **translated("highlights", required=False),
        "participant_count": COUNT,
        "country_count": COUNT,
        "latitude": LATITUDE,
        "longitude": LONGITUDE,
        "website": OPTIONAL_WEB_ADDRESS,
        "fact_sources": FACT_SOURCES,
        "sources": SOURCES,
    },
)

REFORM = record(
    ["slug", "title_en", "summary_en", "jurisdictions", "status", "sources"],
    {
        "slug": SLUG,
        **translated("title", required=True),
        **translated("summary", required=True),
        "jurisdictions": {**SLUGS, "minItems": 1},
        "countries": {
            "type": "array",
            "items": COUNTRY,
            "uniqueItems": True,
            "default": [],
        },
        "themes": SLUGS,
        "status": choice_of(Reform, "status"),
        "website": OPTIONAL_WEB_ADDRESS,
        "fact_sources": FACT_SOURCES,
        "sources": SOURCES,
    },
)

# A session's sources are its meeting's.
SESSION = record(
    ["meeting", "slug", "position", "title_en", "kind"],
    {
        "meeting": SLUG,
        "slug": SLUG,
        "position": {"type": "integer", "minimum": 0},
        **translated("title", required=True),
        **translated("description", required=False),
        "kind": choice_of(Session, "kind"),
        "participant_count": COUNT,
        "languages": OPTIONAL_TEXT,
        "themes": SLUGS,
        "jurisdictions": SLUGS,
        "showcased_reforms": SLUGS,
        "fact_sources": FACT_SOURCES,
    },
)

PERIOD = {
    "start_year": OPTIONAL_YEAR,
    "start_month": MONTH,
    "end_year": OPTIONAL_YEAR,
    "end_month": MONTH,
}

ACTION_PLAN = record(
    ["slug", "jurisdiction", "title_en", "sources"],
    {
        "slug": SLUG,
        "jurisdiction": SLUG,
        **translated("title", required=True),
        **PERIOD,
        "submitted_on": OPTIONAL_DATE,
        "lead_institutions": OPTIONAL_TEXT,
        "lead_institutions_language": {**LANGUAGE, "default": ""},
        "status": choice_of(ActionPlan, "status", default=""),
        "commitments_announced": COUNT,
        "ogp_url": OPTIONAL_WEB_ADDRESS,
        "sources": SOURCES,
    },
)

DOCUMENT = record(
    ["slug", "jurisdiction", "kind", "title", "sources"],
    {
        "slug": SLUG,
        "jurisdiction": SLUG,
        "action_plan": OPTIONAL_SLUG,
        "kind": choice_of(Document, "kind"),
        "year": OPTIONAL_YEAR,
        "title": TEXT,
        "url": OPTIONAL_WEB_ADDRESS,
        "language": {**LANGUAGE, "default": ""},
        "sources": SOURCES,
    },
)

COMMITMENT = record(
    ["ogp_id", "action_plan", "title_en", "sources"],
    {
        "ogp_id": {"type": "string", "pattern": "^[A-Z]{2,5}[0-9]{4}$"},
        "action_plan": SLUG,
        **translated("title", required=True),
        **translated("description", required=False),
        **PERIOD,
        "primary_theme": OPTIONAL_SLUG,
        "themes": SLUGS,
        "lead_institutions": OPTIONAL_TEXT,
        "lead_institutions_language": {**LANGUAGE, "default": ""},
        "ogp_values": {
            "type": "array",
            "items": {"enum": OgpValue.values},
            "uniqueItems": True,
            "default": [],
        },
        "verifiable": OPTIONAL_BOOLEAN,
        "relevant": OPTIONAL_BOOLEAN,
        "potential_impact": choice_of(Commitment, "potential_impact", default=""),
        "design_review": OPTIONAL_SLUG,
        "completion": choice_of(Commitment, "completion", default=""),
        "completion_review": OPTIONAL_SLUG,
        **translated("review_notes", required=False),
        "ogp_url": OPTIONAL_WEB_ADDRESS,
        "sources": SOURCES,
    },
)


def data_file_schema(key, record_schema, **file_fields):
    """A file of one kind of record, ``{key: [record, …]}``, with the values it
    gives once for all of them (``file_fields``, all required)."""
    return {
        "type": "object",
        "required": [*file_fields, key],
        "additionalProperties": False,
        "properties": {
            **file_fields,
            key: {"type": "array", "items": record_schema},
        },
    }

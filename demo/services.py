"""Load the demo content (demo/data/*.yaml) into the database, idempotently."""

import dataclasses
import datetime
from decimal import Decimal

from django.db import transaction

from demo.content_files import (
    ACTION_PLANS,
    COMMITMENTS,
    DATA_DIR,
    DOCUMENTS,
    MEETINGS,
    MEMBERS,
    REFORMS,
    SESSIONS,
    THEMES,
    demo_content_read,
)
from events.models import Meeting, Session, SessionReform
from members.models import Jurisdiction
from plans.models import ActionPlan, Commitment, Document
from reforms.models import Reform
from themes.models import Theme

DATE_FIELDS = {"start_date", "end_date", "submitted_on"}
DECIMAL_FIELDS = {"latitude", "longitude"}


@dataclasses.dataclass
class LoadReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def __str__(self):
        return (
            f"{self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged"
        )


def _field_values(row, *, exclude=()):
    values = {}
    for key, value in row.items():
        # fact_sources documents the record (docs/content-sources.md); no field.
        if key in exclude or key == "fact_sources":
            continue
        if key in DATE_FIELDS and isinstance(value, str):
            value = datetime.date.fromisoformat(value)
        elif key in DECIMAL_FIELDS and value is not None:
            value = Decimal(str(value))
        elif key == "countries":
            value = sorted(value)  # stored sorted; compare like with like
        values[key] = value
    return values


def _upsert(model, lookup, values, report):
    """Create or update one record, saving only when a value differs.

    Saving an unchanged record would move ``updated_at`` and make partners that
    sync with ``updated_since`` download it again.
    """
    instance = model.objects.filter(**lookup).first()
    if instance is None:
        instance = model(**lookup, **values)
        instance.full_clean()
        instance.save()
        report.created += 1
        return instance
    changed = [
        name for name, value in values.items() if getattr(instance, name) != value
    ]
    if changed:
        for name in changed:
            setattr(instance, name, values[name])
        instance.full_clean()
        instance.save()
        report.updated += 1
    else:
        report.unchanged += 1
    return instance


def _set_links(manager, wanted):
    """Replace a many-to-many relation's members only if they differ."""
    if set(manager.all()) != set(wanted):
        manager.set(wanted)


def _set_showcased_reforms(session, reforms):
    wanted = [(reform.pk, position) for position, reform in enumerate(reforms, start=1)]
    current = list(
        SessionReform.objects.filter(session=session)
        .order_by("position", "id")
        .values_list("reform_id", "position")
    )
    if current != wanted:
        SessionReform.objects.filter(session=session).delete()
        SessionReform.objects.bulk_create(
            SessionReform(session=session, reform_id=reform_id, position=position)
            for reform_id, position in wanted
        )


def demo_content_load(*, data_dir=DATA_DIR):
    """Create or update every demo record; a second run changes nothing.

    Every data file is read and checked first: one that breaks its schema raises
    ``DataFileError`` and nothing is written.
    """
    return _demo_content_write(demo_content_read(data_dir))


@transaction.atomic
def _demo_content_write(content):
    report = LoadReport()
    published = {"is_published": True}

    themes = {
        row["slug"]: _upsert(
            Theme,
            {"slug": row["slug"]},
            {**_field_values(row, exclude={"slug"}), **published},
            report,
        )
        for row in content[THEMES]
    }
    verified_on = datetime.date.fromisoformat(content.last_verified_on)
    jurisdictions = {
        row["slug"]: _upsert(
            Jurisdiction,
            {"slug": row["slug"]},
            {
                **_field_values(row, exclude={"slug"}),
                "last_verified_on": verified_on,
                **published,
            },
            report,
        )
        for row in content[MEMBERS]
    }
    for row in content[REFORMS]:
        reform = _upsert(
            Reform,
            {"slug": row["slug"]},
            {
                **_field_values(row, exclude={"slug", "jurisdictions", "themes"}),
                **published,
            },
            report,
        )
        _set_links(
            reform.jurisdictions, [jurisdictions[s] for s in row["jurisdictions"]]
        )
        _set_links(reform.themes, [themes[s] for s in row["themes"]])
    reforms = {reform.slug: reform for reform in Reform.objects.all()}

    meetings = {
        row["slug"]: _upsert(
            Meeting,
            {"slug": row["slug"]},
            {**_field_values(row, exclude={"slug"}), **published},
            report,
        )
        for row in content[MEETINGS]
    }
    for row in content[SESSIONS]:
        session = _upsert(
            Session,
            {"meeting": meetings[row["meeting"]], "slug": row["slug"]},
            {
                **_field_values(
                    row,
                    exclude={
                        "meeting",
                        "slug",
                        "themes",
                        "jurisdictions",
                        "showcased_reforms",
                    },
                ),
                **published,
            },
            report,
        )
        _set_links(session.themes, [themes[s] for s in row["themes"]])
        _set_links(
            session.jurisdictions, [jurisdictions[s] for s in row["jurisdictions"]]
        )
        _set_showcased_reforms(session, [reforms[s] for s in row["showcased_reforms"]])
    _load_accountability_records(content, jurisdictions, themes, report)
    return report


def _load_accountability_records(content, jurisdictions, themes, report):
    """Action plans, then the documents that name them, then the commitments that
    name both."""
    published = {"is_published": True}
    plans = {
        row["slug"]: _upsert(
            ActionPlan,
            {"slug": row["slug"]},
            {
                **_field_values(row, exclude={"slug", "jurisdiction"}),
                "jurisdiction": jurisdictions[row["jurisdiction"]],
                **published,
            },
            report,
        )
        for row in content[ACTION_PLANS]
    }
    documents = {
        row["slug"]: _upsert(
            Document,
            {"slug": row["slug"]},
            {
                **_field_values(row, exclude={"slug", "jurisdiction", "action_plan"}),
                "jurisdiction": jurisdictions[row["jurisdiction"]],
                "action_plan": plans[row["action_plan"]]
                if row["action_plan"]
                else None,
                **published,
            },
            report,
        )
        for row in content[DOCUMENTS]
    }
    links = {
        "ogp_id",
        "action_plan",
        "primary_theme",
        "themes",
        "design_review",
        "completion_review",
    }
    for row in content[COMMITMENTS]:
        commitment = _upsert(
            Commitment,
            {"ogp_id": row["ogp_id"]},
            {
                **_field_values(row, exclude=links),
                "action_plan": plans[row["action_plan"]],
                "primary_theme": themes.get(row["primary_theme"]),
                "design_review": documents.get(row["design_review"]),
                "completion_review": documents.get(row["completion_review"]),
                **published,
            },
            report,
        )
        _set_links(commitment.themes, [themes[s] for s in row["themes"]])

"""Edit history for public content (django-simple-history).

Registration happens in each app's ``translation.py``, right after modeltranslation
has added the per-language columns (``name_en``, ``name_es``…): simple-history copies
a model's fields when it builds the historical model, so registering any earlier (a
``HistoricalRecords()`` field in models.py) would keep only the bare ``name``.
"""

import simple_history

from common.db.model_fields import concrete_fields

# Derived from the other fields; recording it would only add noise.
EXCLUDED_FIELDS = ["search_text", "names_text"]


def register_history(model, *, m2m_fields=(), table_name=None):
    """Record every change to ``model``: who, when, each field in every language and,
    for ``m2m_fields``, the linked records; in ``table_name`` when given (else
    simple-history's ``<app>_historical<model>``)."""
    simple_history.register(
        model,
        excluded_fields=[
            name
            for name in EXCLUDED_FIELDS
            if any(field.name == name for field in concrete_fields(model))
        ],
        m2m_fields=list(m2m_fields),
        table_name=table_name,
    )

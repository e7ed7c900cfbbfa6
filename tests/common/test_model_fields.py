"""A model's fields by kind, read through ``_meta.get_fields()``."""

from common.db.model_fields import (
    concrete_fields,
    many_to_many_fields,
    primary_key_field,
)
from reforms.models import Reform
from themes.models import Theme


def test_concrete_fields_are_the_columns_of_the_table():
    assert [field.name for field in concrete_fields(Theme)] == [
        "id",
        "created_at",
        "updated_at",
        "is_published",
        "search_text",
        "slug",
        "name",
        "name_en",
        "name_es",
        "description",
        "description_en",
        "description_es",
        "category",
        "is_local_circle",
        "ogp_url",
        "sources",
    ]
    names = {field.name for field in concrete_fields(Reform)}
    assert {"id", "slug", "title_en", "commitment"} <= names
    # Many-to-many fields have their columns in their link tables.
    assert not names & {"jurisdictions", "themes"}


def test_many_to_many_fields_are_the_ones_the_model_declares():
    assert [field.name for field in many_to_many_fields(Reform)] == [
        "jurisdictions",
        "themes",
    ]
    # Theme declares none; reforms, plans and sessions point at it.
    assert many_to_many_fields(Theme) == []


def test_the_primary_key_field():
    assert primary_key_field(Reform).name == "id"
    assert primary_key_field(Reform.history.model).name == "history_id"

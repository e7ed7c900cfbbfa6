"""A model's fields by kind, through the one documented way in: ``_meta.get_fields()``.

Django documents ``get_field()`` and ``get_fields()`` of a model's ``_meta``, not
its ``fields``, ``concrete_fields``, ``many_to_many`` or ``pk`` lists, which are
the same fields filtered by their documented flags.
"""


def concrete_fields(model):
    """The fields that have a column in ``model``'s table, foreign keys included
    (a many-to-many field is "concrete" too, but its column is in another table)."""
    return [
        field
        for field in model._meta.get_fields()
        if field.concrete and not field.many_to_many
    ]


def many_to_many_fields(model):
    """The many-to-many fields ``model`` declares (not the relations that point at
    it from other models)."""
    return [
        field
        for field in model._meta.get_fields()
        if field.many_to_many and not field.auto_created
    ]


def primary_key_field(model):
    return next(field for field in concrete_fields(model) if field.primary_key)

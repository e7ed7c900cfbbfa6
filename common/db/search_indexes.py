"""A migration operation: the trigram index behind ``?q=`` on PostgreSQL.

Search matches every word anywhere in ``search_text`` (``LIKE '%word%'``), which a
B-tree cannot serve; a GIN index of trigrams (pg_trgm) can, for words of three
characters or more. SQLite has no such index and scans; the directory it serves
(development, tests, a small deployment) is small enough for that.
"""

from django.db.migrations.operations.base import Operation


class SearchTextTrigramIndex(Operation):
    """``CREATE INDEX … USING gin (search_text gin_trgm_ops)`` on PostgreSQL only.

    Not part of the model state (``Meta.indexes`` cannot say "PostgreSQL only"), so
    ``makemigrations`` neither adds nor removes it.
    """

    reduces_to_sql = True
    reversible = True

    def __init__(self, model_name, name):
        self.model_name = model_name
        self.name = name

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor != "postgresql":
            return
        model = to_state.apps.get_model(app_label, self.model_name)
        quote = schema_editor.quote_name
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {quote(self.name)} "
            f"ON {quote(model._meta.db_table)} USING gin (search_text gin_trgm_ops)"
        )

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute(
            f"DROP INDEX IF EXISTS {schema_editor.quote_name(self.name)}"
        )

    def describe(self):
        return (
            f"Trigram index {self.name} on {self.model_name}.search_text (PostgreSQL)"
        )

    def deconstruct(self):
        return (
            self.__class__.__qualname__,
            [],
            {"model_name": self.model_name, "name": self.name},
        )

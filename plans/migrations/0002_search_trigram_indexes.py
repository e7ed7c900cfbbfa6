from django.db import migrations

from common.db.search_indexes import SearchTextTrigramIndex


class Migration(migrations.Migration):
    dependencies = [("plans", "0001_initial")]

    operations = [
        SearchTextTrigramIndex(model_name="actionplan", name="actionplan_search_trgm"),
        SearchTextTrigramIndex(model_name="commitment", name="commitment_search_trgm"),
        SearchTextTrigramIndex(model_name="document", name="document_search_trgm"),
    ]

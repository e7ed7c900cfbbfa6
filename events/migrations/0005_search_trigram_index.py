from django.db import migrations

from common.db.search_indexes import SearchTextTrigramIndex


class Migration(migrations.Migration):
    dependencies = [("events", "0004_sort_indexes")]

    operations = [
        SearchTextTrigramIndex(model_name="meeting", name="meeting_search_trgm"),
        SearchTextTrigramIndex(model_name="session", name="session_search_trgm"),
    ]

from django.db import migrations

from common.db.search_indexes import SearchTextTrigramIndex


class Migration(migrations.Migration):
    dependencies = [("members", "0003_sort_indexes")]

    operations = [
        SearchTextTrigramIndex(model_name="jurisdiction", name="member_search_trgm"),
    ]

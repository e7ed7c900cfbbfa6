from django.db import migrations

from common.db.search_indexes import SearchTextTrigramIndex


class Migration(migrations.Migration):
    dependencies = [("reforms", "0003_sort_indexes")]

    operations = [
        SearchTextTrigramIndex(model_name="reform", name="reform_search_trgm"),
    ]

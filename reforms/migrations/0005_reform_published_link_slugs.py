# The stored link slugs this added are dropped again by 0006: lists load links with
# prefetch_related now. The columns are plain text as far as the database goes, so
# the field class they were declared with (since deleted) is not needed here.
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("reforms", "0004_search_trigram_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="reform",
            name="published_jurisdiction_slugs",
            field=models.TextField(
                blank=True,
                default="",
                editable=False,
                verbose_name="slugs of published members",
            ),
        ),
        migrations.AddField(
            model_name="reform",
            name="published_theme_slugs",
            field=models.TextField(
                blank=True,
                default="",
                editable=False,
                verbose_name="slugs of published themes",
            ),
        ),
    ]

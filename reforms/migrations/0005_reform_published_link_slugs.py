import common.stored_slugs
from django.db import migrations

from common.stored_slugs import joined_slugs


def fill_link_slugs(apps, schema_editor):
    """Store every reform's published link slugs, as reforms.link_slugs will keep
    them: published members and themes, ordered by English name then slug."""
    reform = apps.get_model("reforms", "Reform")
    jurisdiction = apps.get_model("members", "Jurisdiction")
    theme = apps.get_model("reforms", "Theme")
    reform.objects.update(
        published_jurisdiction_slugs=joined_slugs(
            jurisdiction.objects.filter(is_published=True).order_by("name_en", "slug"),
            through="reformjurisdiction__reform_id",
        ),
        published_theme_slugs=joined_slugs(
            theme.objects.filter(is_published=True).order_by("name_en", "slug"),
            through="reformtheme__reform_id",
        ),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("reforms", "0004_search_trigram_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="reform",
            name="published_jurisdiction_slugs",
            field=common.stored_slugs.StoredSlugsField(
                blank=True,
                default="",
                editable=False,
                verbose_name="slugs of published members",
            ),
        ),
        migrations.AddField(
            model_name="reform",
            name="published_theme_slugs",
            field=common.stored_slugs.StoredSlugsField(
                blank=True,
                default="",
                editable=False,
                verbose_name="slugs of published themes",
            ),
        ),
        migrations.RunPython(fill_link_slugs, migrations.RunPython.noop),
    ]

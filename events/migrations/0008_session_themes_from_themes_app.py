"""Sessions' themes point to themes.Theme, the same table as before: Django's record
changes, the database is not touched."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0007_normalise_stored_text"),
        ("themes", "0001_theme_from_reforms_app"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="historicalsessiontheme",
                    name="theme",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="themes.theme",
                    ),
                ),
                migrations.AlterField(
                    model_name="session",
                    name="themes",
                    field=models.ManyToManyField(
                        related_name="sessions",
                        through="events.SessionTheme",
                        to="themes.theme",
                        verbose_name="themes",
                    ),
                ),
                migrations.AlterField(
                    model_name="sessiontheme",
                    name="theme",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT, to="themes.theme"
                    ),
                ),
            ],
        ),
    ]

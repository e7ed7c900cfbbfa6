"""Reforms' themes point to themes.Theme, and Theme leaves this app's models: its
tables stay (themes.Theme uses them), only Django's record changes."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("circles", "0005_circles_are_themes_app_themes"),
        ("events", "0008_session_themes_from_themes_app"),
        ("plans", "0005_commitment_themes_from_themes_app"),
        ("reforms", "0009_normalise_stored_text"),
        ("themes", "0001_theme_from_reforms_app"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="historicalreformtheme",
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
                    model_name="reformtheme",
                    name="theme",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT, to="themes.theme"
                    ),
                ),
                migrations.AlterField(
                    model_name="reform",
                    name="themes",
                    field=models.ManyToManyField(
                        related_name="reforms",
                        through="reforms.ReformTheme",
                        to="themes.theme",
                        verbose_name="themes",
                    ),
                ),
                migrations.DeleteModel(
                    name="HistoricalTheme",
                ),
                migrations.DeleteModel(
                    name="Theme",
                ),
            ],
        ),
    ]

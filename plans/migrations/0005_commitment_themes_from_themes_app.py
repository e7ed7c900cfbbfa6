"""Commitments' themes point to themes.Theme, the same table as before: Django's
record changes, the database is not touched."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0004_lead_institutions_language"),
        ("themes", "0001_theme_from_reforms_app"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="commitment",
                    name="primary_theme",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="primary_commitments",
                        to="themes.theme",
                        verbose_name="primary policy area",
                    ),
                ),
                migrations.AlterField(
                    model_name="commitment",
                    name="themes",
                    field=models.ManyToManyField(
                        blank=True,
                        related_name="commitments",
                        through="plans.CommitmentTheme",
                        to="themes.theme",
                        verbose_name="further themes",
                    ),
                ),
                migrations.AlterField(
                    model_name="commitmenttheme",
                    name="theme",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT, to="themes.theme"
                    ),
                ),
                migrations.AlterField(
                    model_name="historicalcommitment",
                    name="primary_theme",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="themes.theme",
                        verbose_name="primary policy area",
                    ),
                ),
                migrations.AlterField(
                    model_name="historicalcommitmenttheme",
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
            ],
        ),
    ]

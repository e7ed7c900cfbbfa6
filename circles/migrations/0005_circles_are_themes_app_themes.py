"""The circles point to themes.Theme, the same table as before: Django's record
changes, the database is not touched."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("circles", "0004_confirmation_by_the_address_owner"),
        ("themes", "0001_theme_from_reforms_app"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="joinrequest",
                    name="circles",
                    field=models.ManyToManyField(
                        limit_choices_to={"is_local_circle": True},
                        related_name="+",
                        through="circles.JoinRequestCircle",
                        to="themes.theme",
                        verbose_name="circles",
                    ),
                ),
                migrations.AlterField(
                    model_name="joinrequestcircle",
                    name="theme",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="themes.theme",
                        verbose_name="circle",
                    ),
                ),
            ],
        ),
    ]

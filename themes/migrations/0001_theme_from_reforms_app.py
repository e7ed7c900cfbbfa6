"""Theme and its history as the themes app's models. The tables stay those the reforms
app created (reforms_theme, reforms_historicaltheme): Django's record of the models
moves, the database is not touched."""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        # Where the tables are created.
        ("reforms", "0009_normalise_stored_text"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="HistoricalTheme",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True,
                                blank=True,
                                db_index=True,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                blank=True, editable=False, verbose_name="created"
                            ),
                        ),
                        (
                            "updated_at",
                            models.DateTimeField(
                                blank=True,
                                db_index=True,
                                editable=False,
                                verbose_name="last updated",
                            ),
                        ),
                        (
                            "is_published",
                            models.BooleanField(
                                db_index=True,
                                default=False,
                                help_text="Drafts appear nowhere public: not on pages, API or exports.",
                                verbose_name="published",
                            ),
                        ),
                        ("slug", models.SlugField(max_length=80, verbose_name="slug")),
                        ("name", models.CharField(max_length=120, verbose_name="name")),
                        (
                            "name_en",
                            models.CharField(
                                max_length=120, null=True, verbose_name="name"
                            ),
                        ),
                        (
                            "name_es",
                            models.CharField(
                                max_length=120, null=True, verbose_name="name"
                            ),
                        ),
                        (
                            "description",
                            models.TextField(
                                blank=True,
                                help_text="What the term means in OGP, in plain words.",
                                verbose_name="description",
                            ),
                        ),
                        (
                            "description_en",
                            models.TextField(
                                blank=True,
                                help_text="What the term means in OGP, in plain words.",
                                null=True,
                                verbose_name="description",
                            ),
                        ),
                        (
                            "description_es",
                            models.TextField(
                                blank=True,
                                help_text="What the term means in OGP, in plain words.",
                                null=True,
                                verbose_name="description",
                            ),
                        ),
                        (
                            "category",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("policy-area", "OGP policy area"),
                                    ("value", "OGP value"),
                                    ("process", "OGP process"),
                                    ("local-circle-theme", "Local Circle theme"),
                                ],
                                help_text="What the term is for OGP, as a source says: a policy area, one of its values, a process, or a theme of a Local Circle. Leave it empty when no source says.",
                                max_length=30,
                                verbose_name="category",
                            ),
                        ),
                        (
                            "is_local_circle",
                            models.BooleanField(
                                default=False,
                                help_text="A community of practice that people can ask to join.",
                                verbose_name="Local Circle",
                            ),
                        ),
                        (
                            "ogp_url",
                            models.URLField(blank=True, verbose_name="OGP page"),
                        ),
                        (
                            "sources",
                            models.TextField(
                                blank=True,
                                help_text="One web address per line.",
                                verbose_name="sources",
                            ),
                        ),
                        (
                            "history_id",
                            models.AutoField(primary_key=True, serialize=False),
                        ),
                        ("history_date", models.DateTimeField(db_index=True)),
                        (
                            "history_change_reason",
                            models.CharField(max_length=100, null=True),
                        ),
                        (
                            "history_type",
                            models.CharField(
                                choices=[
                                    ("+", "Created"),
                                    ("~", "Changed"),
                                    ("-", "Deleted"),
                                ],
                                max_length=1,
                            ),
                        ),
                        (
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical theme",
                        "verbose_name_plural": "historical themes",
                        "db_table": "reforms_historicaltheme",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Theme",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                auto_now_add=True, verbose_name="created"
                            ),
                        ),
                        (
                            "updated_at",
                            models.DateTimeField(
                                auto_now=True,
                                db_index=True,
                                verbose_name="last updated",
                            ),
                        ),
                        (
                            "is_published",
                            models.BooleanField(
                                db_index=True,
                                default=False,
                                help_text="Drafts appear nowhere public: not on pages, API or exports.",
                                verbose_name="published",
                            ),
                        ),
                        (
                            "search_text",
                            models.TextField(
                                blank=True, editable=False, verbose_name="search text"
                            ),
                        ),
                        (
                            "slug",
                            models.SlugField(
                                max_length=80, unique=True, verbose_name="slug"
                            ),
                        ),
                        ("name", models.CharField(max_length=120, verbose_name="name")),
                        (
                            "name_en",
                            models.CharField(
                                max_length=120, null=True, verbose_name="name"
                            ),
                        ),
                        (
                            "name_es",
                            models.CharField(
                                max_length=120, null=True, verbose_name="name"
                            ),
                        ),
                        (
                            "description",
                            models.TextField(
                                blank=True,
                                help_text="What the term means in OGP, in plain words.",
                                verbose_name="description",
                            ),
                        ),
                        (
                            "description_en",
                            models.TextField(
                                blank=True,
                                help_text="What the term means in OGP, in plain words.",
                                null=True,
                                verbose_name="description",
                            ),
                        ),
                        (
                            "description_es",
                            models.TextField(
                                blank=True,
                                help_text="What the term means in OGP, in plain words.",
                                null=True,
                                verbose_name="description",
                            ),
                        ),
                        (
                            "category",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("policy-area", "OGP policy area"),
                                    ("value", "OGP value"),
                                    ("process", "OGP process"),
                                    ("local-circle-theme", "Local Circle theme"),
                                ],
                                help_text="What the term is for OGP, as a source says: a policy area, one of its values, a process, or a theme of a Local Circle. Leave it empty when no source says.",
                                max_length=30,
                                verbose_name="category",
                            ),
                        ),
                        (
                            "is_local_circle",
                            models.BooleanField(
                                default=False,
                                help_text="A community of practice that people can ask to join.",
                                verbose_name="Local Circle",
                            ),
                        ),
                        (
                            "ogp_url",
                            models.URLField(blank=True, verbose_name="OGP page"),
                        ),
                        (
                            "sources",
                            models.TextField(
                                blank=True,
                                help_text="One web address per line.",
                                verbose_name="sources",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "theme",
                        "verbose_name_plural": "themes",
                        "db_table": "reforms_theme",
                        "ordering": ["name_en", "slug"],
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(("slug", ""), _negated=True),
                                name="theme_slug_not_empty",
                            ),
                            models.CheckConstraint(
                                condition=models.Q(
                                    ("name_en__isnull", False),
                                    models.Q(("name_en", ""), _negated=True),
                                ),
                                name="theme_name_source_language_required",
                            ),
                        ],
                    },
                ),
            ],
        ),
    ]

"""The content types of Theme and its history move from the reforms app to this one,
so that the permissions attached to them (and the staff roles holding those), the
admin's log entries and the edit history keep pointing at themes."""

from django.db import migrations

MODELS = ["theme", "historicaltheme"]


def move_content_types(apps, schema_editor, *, source, target):
    content_types = apps.get_model("contenttypes", "ContentType").objects.using(
        schema_editor.connection.alias
    )
    moving = content_types.filter(app_label=source, model__in=MODELS)
    # After a migration back and forth, Django has made the target's content types
    # afresh (with permissions no role holds): they give way to the ones that carry
    # the roles' permissions and the log entries.
    content_types.filter(
        app_label=target, model__in=moving.values_list("model", flat=True)
    ).delete()
    moving.update(app_label=target)


def forwards(apps, schema_editor):
    move_content_types(apps, schema_editor, source="reforms", target="themes")


def backwards(apps, schema_editor):
    move_content_types(apps, schema_editor, source="themes", target="reforms")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("themes", "0001_theme_from_reforms_app"),
        ("reforms", "0010_theme_moved_to_themes_app"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]

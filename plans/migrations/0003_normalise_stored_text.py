"""Text saved from a browser or a spreadsheet before line endings were normalised
where text enters (common.db.text) may hold "\\r\\n", a lone "\\r" or spaces at line
ends: rewrite it in the normalised form, edit history included."""

from functools import partial

from django.db import migrations

from common.db.text import normalise_stored_text


class Migration(migrations.Migration):
    dependencies = [
        ("common", "0001_content_version"),
        ("plans", "0002_search_trigram_indexes"),
    ]

    operations = [
        migrations.RunPython(
            partial(normalise_stored_text, app_label="plans"),
            migrations.RunPython.noop,
            elidable=True,
        ),
    ]

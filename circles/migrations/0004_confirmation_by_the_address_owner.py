"""Join requests take effect only once confirmed from a link mailed to the address.

Requests stored before confirmation existed were accepted under the old rules, and
staff may already be handling them: they count as confirmed, on the day they were
last sent. Only confirmed requests must be unique per address now.
"""

from django.db import migrations, models
from django.db.models import F


def confirm_existing(apps, schema_editor):
    JoinRequest = apps.get_model("circles", "JoinRequest")
    JoinRequest.objects.filter(confirmed_at__isnull=True).update(
        confirmed_at=F("consent_at")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("circles", "0003_normalise_stored_text"),
        ("members", "0008_jurisdiction_other_names_and_name_suggestions"),
        ("reforms", "0009_normalise_stored_text"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="joinrequest",
            name="joinrequest_email_key_unique",
        ),
        migrations.AddField(
            model_name="joinrequest",
            name="confirmation_nonce",
            field=models.CharField(blank=True, editable=False, max_length=64),
        ),
        migrations.AddField(
            model_name="joinrequest",
            name="confirmed_at",
            field=models.DateTimeField(
                blank=True,
                help_text="When the requester confirmed the request from the link emailed to them. Empty: pending confirmation; it is deleted if not confirmed in time.",
                null=True,
                verbose_name="confirmed",
            ),
        ),
        migrations.RunPython(confirm_existing, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="joinrequest",
            constraint=models.UniqueConstraint(
                condition=models.Q(("confirmed_at__isnull", False)),
                fields=("email_key",),
                name="joinrequest_confirmed_email_key_unique",
            ),
        ),
        migrations.AddConstraint(
            model_name="joinrequest",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("confirmed_at__isnull", True),
                    ("confirmation_nonce", ""),
                    _connector="OR",
                ),
                name="joinrequest_confirmed_has_no_nonce",
            ),
        ),
    ]

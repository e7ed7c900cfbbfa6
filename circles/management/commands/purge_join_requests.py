import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from circles.models import JoinRequest


class Command(BaseCommand):
    help = (
        "Delete Local Circles join requests last sent more than CIRCLES_RETENTION_DAYS "
        "days ago (or --days), and requests never confirmed within "
        "CIRCLES_CONFIRM_MAX_AGE seconds. Without --execute it only counts what it "
        "would delete."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Retention in days (default: the CIRCLES_RETENTION_DAYS setting).",
        )
        parser.add_argument(
            "--execute",
            action="store_true",
            help="Really delete. Without it the command is a dry run.",
        )

    def handle(self, *args, days=None, execute=False, **options):
        days = settings.CIRCLES_RETENTION_DAYS if days is None else days
        if days < 1:
            raise CommandError("The retention must be at least one day.")
        cutoff = timezone.now() - datetime.timedelta(days=days)
        # consent_at is when the requester last sent the form: asking again renews
        # both their consent and the retention period.
        expired = JoinRequest.objects.filter(
            confirmed_at__isnull=False, consent_at__lt=cutoff
        )
        # A request not confirmed in time never will be: its link no longer works.
        unconfirmed = JoinRequest.objects.filter(
            confirmed_at__isnull=True,
            created_at__lt=timezone.now()
            - datetime.timedelta(seconds=settings.CIRCLES_CONFIRM_MAX_AGE),
        )
        with transaction.atomic():
            by_status = dict(
                expired.order_by()
                .values_list("status")
                .annotate(count=Count("pk"))
                .values_list("status", "count")
            )
            total = sum(by_status.values())
            detail = ", ".join(
                f"{status}: {by_status[status]}" for status in sorted(by_status)
            )
            summary = (
                f"{total} join request(s) last sent before {cutoff:%Y-%m-%d %H:%M} UTC "
                f"(older than {days} days)" + (f" — {detail}" if detail else "")
            )
            pending = unconfirmed.count()
            summary += f", and {pending} never confirmed"
            if not execute:
                self.stdout.write(
                    f"Dry run: {summary} would be deleted. "
                    "Run again with --execute to delete them."
                )
                return
            expired.delete()
            unconfirmed.delete()
        self.stdout.write(self.style.SUCCESS(f"Deleted {summary}."))

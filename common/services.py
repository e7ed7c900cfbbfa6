"""Writes shared by the content apps: roles and publishing."""

from django.apps import apps as installed_apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.module_loading import import_string
from django.utils.text import capfirst

DJANGO_ACTIONS = ("view", "add", "change", "delete")
# Names for the permissions Django does not create itself (stored as data, like
# Django's own "Can change member": not translated): common's own actions, which
# the admin (translate, publish) and the spreadsheets (import, export) check.
CUSTOM_ACTION_NAMES = {
    "translate": "Can translate %(verbose_name)s",
    "publish": "Can publish and unpublish %(verbose_name)s",
    "import": "Can import %(verbose_name_plural)s from a spreadsheet",
    "export": "Can export %(verbose_name_plural)s to a spreadsheet",
}


def _permission(model, action, *, using):
    opts = model._meta
    content_type = ContentType.objects.db_manager(using).get_for_model(
        model, for_concrete_model=False
    )
    codename = f"{action}_{opts.model_name}"
    if action in DJANGO_ACTIONS:
        name = f"Can {action} {opts.verbose_name_raw}"
    else:
        name = CUSTOM_ACTION_NAMES[action] % {
            "verbose_name": opts.verbose_name_raw,
            "verbose_name_plural": str(opts.verbose_name_plural),
        }
    # Django creates its four permissions after each app's migrations; creating
    # them here too lets the roles sync whatever order the apps migrate in.
    permission, _created = Permission.objects.using(using).get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": capfirst(name)[:255]},
    )
    return permission


def roles_sync(*, roles=None, using="default"):
    """Make each group hold exactly the permissions ``roles`` declares (default:
    the project's table, named by settings.STAFF_ROLES: ``{group name: {model
    label: [action, …]}}``). Models of apps that are not installed are skipped.
    Returns ``{group name: number of permissions}``."""
    roles = import_string(settings.STAFF_ROLES) if roles is None else roles
    summary = {}
    with transaction.atomic(using=using):
        for group_name, grants in roles.items():
            permissions = []
            for label, actions in grants.items():
                try:
                    model = installed_apps.get_model(label)
                except LookupError:
                    continue
                permissions += [
                    _permission(model, action, using=using) for action in actions
                ]
            group, _created = Group.objects.using(using).get_or_create(name=group_name)
            group.permissions.set(permissions)
            summary[group_name] = len(permissions)
    return summary


def content_publication_set(*, queryset, published, user):
    """Publish (or unpublish) the records of ``queryset``, one save each so that every
    change lands in the edit history with who made it. Records already in that state
    are left alone: their ``updated_at`` does not move. Returns how many changed."""
    changed = 0
    for record in queryset.filter(is_published=not published):
        record.is_published = published
        record._history_user = user
        record.save(update_fields=["is_published", "updated_at"])
        changed += 1
    return changed


def sync_roles_after_migrate(sender, apps=None, using="default", **kwargs):
    """post_migrate receiver; skips a partial migrate that left auth unmigrated.

    ``flush`` sends post_migrate without ``apps``; the installed apps stand in.
    """
    apps = apps or installed_apps

    try:
        apps.get_model("auth", "Permission")
        apps.get_model("contenttypes", "ContentType")
    except LookupError:
        return
    roles_sync(using=using)

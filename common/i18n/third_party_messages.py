"""Spanish for third-party admin screens: django-simple-history ships none, and
django-import-export's Spanish misses the messages below.

``makemessages`` only reads our own code, so the strings those screens show are
listed here to land in locale/es/LC_MESSAGES/django.po; gettext then finds them
there at run time. Nothing imports this module.
"""

from django.utils.translation import gettext_noop

SIMPLE_HISTORY = [
    gettext_noop("Change history: %s"),
    gettext_noop("View history: %s"),
    gettext_noop("Revert %s"),
    gettext_noop("View %s"),
    gettext_noop("Revert %(verbose_name)s"),
    gettext_noop("View %(verbose_name)s"),
    gettext_noop(
        "Choose a date from the list below to revert to a previous version of this object."
    ),
    gettext_noop("This object doesn't have a change history."),
    gettext_noop(
        "Press the 'Revert' button below to revert to this version of the object."
    ),
    gettext_noop("Object"),
    gettext_noop("Date/time"),
    gettext_noop("Comment"),
    gettext_noop("Changed by"),
    gettext_noop("Change reason"),
    gettext_noop("Changes"),
    gettext_noop("Revert"),
    gettext_noop("Created"),
    gettext_noop("Changed"),
    gettext_noop("Deleted"),
    gettext_noop("None"),
]

# The rest of django-import-export's import and export screens come from
# templates/admin/import_export/, which makemessages reads.
IMPORT_EXPORT = [
    gettext_noop('Select at least 1 field for "%(resource_name)s" to export'),
    gettext_noop(
        "No valid data to import. Ensure your file has the correct headers or data "
        "for import."
    ),
]

"""Staff roles of this project: which group may do what with which model.

Project configuration, like the settings beside it: the apps declare their
models, this table says which of the project's groups hold which permissions on
them (settings.STAFF_ROLES names it). ``manage.py sync_roles`` (also run after
every ``migrate``, common.services) makes the groups and their permissions match
this file exactly: permissions added to a group by hand are removed, so the file
stays the truth. A model whose app is not installed is skipped, so a line may name
an app that arrives later.

Actions are Django's ``view``, ``add``, ``change`` and ``delete`` plus common's:

- ``translate``: change the translated fields only (every other field is read-only,
  in the form and on save). Translators hold it instead of ``change``.
- ``publish``: the Publish / Unpublish actions and the "published" box.
- ``import`` / ``export``: spreadsheets (django-import-export's permission codes,
  see IMPORT_EXPORT_*_PERMISSION_CODE in settings).
"""

EDITORS = "Editors"
TRANSLATORS = "Translators"
VIEWERS = "Viewers"

# Public content: curated by Editors, translated by Translators, read by Viewers.
CONTENT_MODELS = [
    "members.jurisdiction",
    "themes.theme",
    "reforms.reform",
    "events.meeting",
    "events.session",
    "plans.actionplan",
    "plans.commitment",
    "plans.document",
]
# Content that staff also move in and out as spreadsheets.
SPREADSHEET_MODELS = [
    "members.jurisdiction",
    "reforms.reform",
    "events.meeting",
    "events.session",
    "plans.actionplan",
    "plans.commitment",
]

EDIT = ["view", "add", "change", "delete", "publish"]
SPREADSHEETS = ["import", "export"]

ROLES = {
    EDITORS: {
        **dict.fromkeys(CONTENT_MODELS, EDIT),
        **dict.fromkeys(SPREADSHEET_MODELS, EDIT + SPREADSHEETS),
        # Personal data (Local Circle join requests) is for Editors only.
        "circles.joinrequest": ["view", "change", "delete"],
    },
    TRANSLATORS: {model: ["view", "translate"] for model in CONTENT_MODELS},
    VIEWERS: {model: ["view"] for model in CONTENT_MODELS},
}

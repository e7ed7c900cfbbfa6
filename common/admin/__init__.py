"""Admin pieces the content apps share: the site, the change-list and form options,
spreadsheet import and export, and edit history."""

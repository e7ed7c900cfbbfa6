"""What the public pages share: list pages, form fields, draft preview, error pages."""

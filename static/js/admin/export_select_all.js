// The export page's "Select all" box (templates/admin/import_export/export.html):
// ticks or clears every field of the export. django-import-export wires it with an
// inline onchange attribute, which the Content-Security-Policy refuses.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll(".select-toggle").forEach((toggle) => {
    toggle.addEventListener("change", () => {
      document
        .querySelectorAll('.selectable-field-export-row input[type="checkbox"]')
        .forEach((checkbox) => {
          checkbox.checked = toggle.checked;
        });
    });
  });
});

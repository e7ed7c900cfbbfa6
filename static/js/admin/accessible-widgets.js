/* Accessible names and roles for the widgets that third-party admin scripts build
   after the page has loaded (templates/admin/base_site.html loads this on every
   admin page). They are built late and again for each inline row added, so a
   MutationObserver repairs whatever appears, whenever it appears:

   - modeltranslation's language tabs (jQuery UI): each tab (li role="tab") holds a
     link, an interactive control inside another. The tab itself takes the keyboard
     and the click; the link loses its href and so stops being a second control.
     A tab whose link has no local href is a "remote" tab to jQuery UI, which would
     fetch the page into the panel: its documented beforeLoad event is cancelled.
   - modeltranslation's language switch: named after the text this script's tag
     carries (data-translation-switch-label), already in the staff member's language.
   - select2 (Django's autocomplete widgets): the combobox, its text box and its
     search field are named by the field's own label; its "remove all" cross moves
     out of the list of choices, where only list items may be.
   - Fields in table cells (list_editable columns, tabular inlines) are named by
     their column heading; the two halves of a date-and-time field, by the field's
     label and their own caption ("Date:", "Time:"). Fields already named are left
     as they are.
   - Django's SelectFilter search icons carry aria-label; they become images so the
     label is allowed. */
(function () {
  "use strict";
  const switchLabel = document.currentScript.dataset.translationSwitchLabel;

  function labelIdFor(field) {
    const label = field.id && document.querySelector(`label[for="${field.id}"]`);
    if (!label) return null;
    if (!label.id) label.id = `${field.id}-label`;
    return label.id;
  }

  function repairTabs(root) {
    root.querySelectorAll(".ui-tabs-nav [role=tab] a[href]").forEach((link) => {
      link.removeAttribute("href");
    });
    const languageSwitch = root.querySelector("#modeltranslation-main-switch");
    if (languageSwitch && switchLabel && !languageSwitch.hasAttribute("aria-label")) {
      languageSwitch.setAttribute("aria-label", switchLabel);
    }
  }

  function repairAutocompletes(root) {
    root.querySelectorAll("select.admin-autocomplete").forEach((select) => {
      const container = select.nextElementSibling;
      if (!container || !container.classList.contains("select2")) return;
      const labelId = labelIdFor(select);
      if (!labelId) return;
      const combobox = container.querySelector(".select2-selection[role=combobox]");
      const rendered = container.querySelector(".select2-selection__rendered");
      if (combobox && rendered && rendered.id && rendered.getAttribute("role") === "textbox") {
        // A single choice: "Meeting: Open Americas 2022".
        combobox.setAttribute("aria-labelledby", `${labelId} ${rendered.id}`);
        rendered.setAttribute("aria-labelledby", labelId);
      } else if (combobox) {
        combobox.setAttribute("aria-labelledby", labelId);
      }
      container.querySelectorAll(".select2-search__field").forEach((search) => {
        search.setAttribute("aria-labelledby", labelId);
      });
      container
        .querySelectorAll(".select2-selection__rendered > .select2-selection__clear")
        .forEach((clear) => clear.closest(".select2-selection").prepend(clear));
    });
  }

  function isNamed(field) {
    return (
      field.labels.length > 0 ||
      field.hasAttribute("aria-label") ||
      field.hasAttribute("aria-labelledby")
    );
  }

  const CELL_FIELDS = "td select, td input:not([type=hidden]), td textarea";

  function repairCells(root) {
    root.querySelectorAll(CELL_FIELDS).forEach((field) => {
      if (isNamed(field)) return;
      const cell = field.closest("td");
      const column = [...cell.classList].find((name) => name.startsWith("field-"));
      const table = cell.closest("table");
      if (!column || !table) return;
      const heading = table.querySelector(`thead th.column-${column.slice(6)}`);
      if (!heading) return;
      if (!heading.id) heading.id = `${table.id || "table"}-heading-${column.slice(6)}`;
      field.setAttribute("aria-labelledby", heading.id);
    });
  }

  function repairDateTimes(root) {
    root.querySelectorAll("p.datetime input").forEach((field) => {
      if (isNamed(field)) return;
      const row = field.closest(".form-row, .fieldBox, td");
      const label = row && row.querySelector("label");
      let caption = field.previousSibling;
      while (caption && caption.nodeType !== Node.TEXT_NODE) caption = caption.previousSibling;
      const parts = [label && label.textContent, caption && caption.textContent];
      const name = parts.map((part) => (part || "").trim().replace(/:$/, "")).filter(Boolean);
      if (name.length) field.setAttribute("aria-label", name.join(", "));
    });
  }

  function repairIcons(root) {
    root.querySelectorAll(".help-tooltip[aria-label]:not([role])").forEach((icon) => {
      icon.setAttribute("role", "img");
    });
  }

  function repair() {
    repairTabs(document);
    repairAutocompletes(document);
    repairIcons(document);
    repairCells(document);
    repairDateTimes(document);
  }

  document.addEventListener("DOMContentLoaded", () => {
    if (window.django && window.django.jQuery) {
      window.django.jQuery(document).on("tabsbeforeload", (event) => event.preventDefault());
    }
    repair();
    new MutationObserver(repair).observe(document.body, { childList: true, subtree: true });
  });
})();

/* Accessible names and roles for the widgets that third-party admin scripts build
   after the page has loaded (templates/admin/base_site.html loads this on every
   admin page). They are built late and again for each inline row added, so a
   MutationObserver repairs whatever appears, whenever it appears:

   - modeltranslation's language tabs (jQuery UI): each tab (li role="tab") holds a
     link, an interactive control inside another. The tab itself takes the keyboard
     and the click; the link loses its href and so stops being a second control.
   - modeltranslation's language switch: named after the text this script's tag
     carries (data-translation-switch-label), already in the staff member's language.
   - select2 (Django's autocomplete widgets): the combobox, its text box and its
     search field are named by the field's own label.
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
  }

  document.addEventListener("DOMContentLoaded", () => {
    repair();
    new MutationObserver(repair).observe(document.body, { childList: true, subtree: true });
  });
})();

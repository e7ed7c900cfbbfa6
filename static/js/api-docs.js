// Swagger UI renders its parameter menus without a name and its scrollable code
// samples out of the keyboard's reach; name and focus them as they appear.
(function () {
  function fix() {
    document.querySelectorAll("tr[data-param-name] select:not([aria-label])").forEach(function (select) {
      select.setAttribute("aria-label", select.closest("tr").getAttribute("data-param-name"));
    });
    document.querySelectorAll(".swagger-ui pre:not([tabindex])").forEach(function (block) {
      block.setAttribute("tabindex", "0");
    });
  }
  // Only added nodes are watched, so setting attributes here cannot loop.
  new MutationObserver(fix).observe(document.documentElement, { childList: true, subtree: true });
})();

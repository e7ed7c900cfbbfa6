// Everything on the page that does not fit the screen, as {check, selector, text}.
// Run by tests/browser/test_fit.py in a real browser after the page has loaded.
// Read-only except for the short-lived measuring copies of <select> elements.
() => {
  const SLACK = 1; // sub-pixel rounding
  const problems = [];
  const viewportWidth = document.documentElement.clientWidth;

  const selectorOf = (element) => {
    const parts = [];
    for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
      if (node.id) {
        parts.unshift(`#${node.id}`);
        break;
      }
      let part = node.localName;
      const classes = [...node.classList].slice(0, 2);
      if (classes.length) part += `.${classes.join(".")}`;
      const parent = node.parentElement;
      if (parent) {
        const same = [...parent.children].filter((c) => c.localName === node.localName);
        if (same.length > 1) part += `:nth-of-type(${same.indexOf(node) + 1})`;
      }
      parts.unshift(part);
      if (node.localName === "body") break;
    }
    return parts.join(" > ");
  };
  const textOf = (element) => (element.textContent || "").replace(/\s+/g, " ").trim().slice(0, 80);
  const report = (check, element, text) =>
    problems.push({ check, selector: selectorOf(element), text: text ?? textOf(element) });

  // Hidden on purpose (display: none, the visually-hidden pattern, the skip link
  // parked off screen until focused): not something a reader sees cut.
  const isShown = (element) => {
    if (!element.checkVisibility({ visibilityProperty: true })) return false;
    for (let node = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.clip !== "auto" || style.clipPath !== "none") return false;
      if (style.position === "absolute" && node.getBoundingClientRect().right <= 0) return false;
    }
    return true;
  };

  // 1. Sideways scroll of the whole page.
  if (document.documentElement.scrollWidth > viewportWidth + SLACK) {
    problems.push({
      check: "page scrolls sideways",
      selector: "html",
      text: `${document.documentElement.scrollWidth}px wide in a ${viewportWidth}px window`,
    });
  }

  const elements = [...document.body.querySelectorAll("*")].filter(
    (element) => !element.closest("svg, script, style, template, noscript") && isShown(element)
  );

  for (const element of elements) {
    const style = getComputedStyle(element);
    const hasText = [...element.childNodes].some(
      (node) => node.nodeType === 3 && node.textContent.trim()
    );

    // 2. Cut by the element's own box: overflow that hides or scrolls, ellipsis.
    if (element.localName !== "select" && (hasText || style.overflowX !== "visible" || style.overflowY !== "visible")) {
      const wider = element.scrollWidth > element.clientWidth + SLACK;
      const taller = element.scrollHeight > element.clientHeight + SLACK;
      if (style.textOverflow === "ellipsis" && wider) {
        report("text cut with an ellipsis", element);
      } else if (wider && style.overflowX !== "visible" && element.clientWidth > 0) {
        report(`text cut sideways (overflow-x: ${style.overflowX})`, element);
      } else if (taller && ["hidden", "clip"].includes(style.overflowY) && element.clientHeight > 0) {
        report("text cut at the bottom (overflow-y hidden)", element);
      }
    }

    // 3. Text running out of its own box (overflow visible: it spills over).
    if (hasText && style.display !== "inline" && element.clientWidth > 0) {
      const box = element.getBoundingClientRect();
      const right = box.left + element.clientLeft + element.clientWidth;
      const left = box.left + element.clientLeft;
      for (const node of element.childNodes) {
        if (node.nodeType !== 3 || !node.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        if (rects.some((r) => r.right > right + SLACK || r.left < left - SLACK)) {
          report("text runs out of its box", element);
          break;
        }
      }
    }

    // 4. A select narrower than its chosen option: the browser cuts the text.
    // A styleable select (appearance: base-select) wraps its text instead: it is
    // cut only if its content still does not fit. For a native one, a copy holding
    // only the chosen option, sized by its content, says how wide it must be.
    const isSelect = element.localName === "select" && !element.multiple && element.selectedIndex >= 0;
    if (isSelect && style.appearance === "base-select") {
      if (element.scrollWidth > element.clientWidth + SLACK || element.scrollHeight > element.clientHeight + SLACK) {
        report("select cuts its chosen option", element, element.options[element.selectedIndex].text);
      }
    } else if (isSelect) {
      const copy = element.cloneNode(false);
      copy.removeAttribute("id");
      copy.append(element.options[element.selectedIndex].cloneNode(true));
      copy.style.cssText = "position:absolute;visibility:hidden;width:auto;min-width:0;max-width:none";
      element.after(copy);
      const needed = copy.getBoundingClientRect().width;
      copy.remove();
      if (element.getBoundingClientRect().width + SLACK < needed) {
        report("select cuts its chosen option", element, element.options[element.selectedIndex].text);
      }
    }
  }

  // 5. Words broken inside: a word whose letters sit on more than one line
  // ("2016" one digit per line in a narrow table cell). Only a word wider than
  // the page's text column (a long web address on a phone) may break.
  const main = document.querySelector("main") || document.body;
  const mainStyle = getComputedStyle(main);
  const columnWidth =
    main.clientWidth - parseFloat(mainStyle.paddingLeft) - parseFloat(mainStyle.paddingRight);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("svg, script, style, template, noscript, select")) continue;
    if (!node.textContent.trim() || !isShown(parent)) continue;
    for (const match of node.textContent.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const lines = new Set(rects.map((r) => Math.round(r.top)));
      if (lines.size < 2) continue;
      const wordWidth = rects.reduce((sum, r) => sum + r.width, 0);
      if (wordWidth <= columnWidth) {
        report("word broken across lines", parent, match[0]);
      }
    }
  }

  // 6. Chart and map labels outside the drawing's viewBox (the SVG cuts them).
  for (const svg of document.querySelectorAll("svg[viewBox]")) {
    const view = svg.viewBox.baseVal;
    const matrix = svg.getScreenCTM();
    if (!matrix || !view.width) continue;
    const corner = (x, y) => new DOMPoint(x, y).matrixTransform(matrix);
    const topLeft = corner(view.x, view.y);
    const bottomRight = corner(view.x + view.width, view.y + view.height);
    for (const label of svg.querySelectorAll("text")) {
      const box = label.getBoundingClientRect();
      if (
        box.left < topLeft.x - SLACK ||
        box.top < topLeft.y - SLACK ||
        box.right > bottomRight.x + SLACK ||
        box.bottom > bottomRight.y + SLACK
      ) {
        report("SVG label outside its chart", label);
      }
    }
  }

  return problems;
}

// The result in reach while the reader answers. On a wide screen the tool's two columns keep
// it beside the form (layout.css); below that width a bar pinned to the bottom of the screen
// shows it while the form is in view, leads to the full result and back to the field the
// reader was on, and never covers the field being edited. Without scripts there is one column
// and no bar.
import { element } from "./dom.mjs";

// Below the theme's widest breakpoint (76.25em) its navigation folds and one column remains.
const NARROW = "(max-width: 76.2344em)";
// Room left between the bar and a focused field.
const GAP_PX = 8;
const CONTROLS = "input, textarea, select";

/**
 * Bind the summary of `shell`: `area` is what the reader fills in, `result` the full result,
 * `heading` the element that takes focus there. `set()` fills the summary: its first line and
 * the texts under it (offering the way to the result unless told not to), or puts back its
 * words for "no result yet" when given none.
 */
export function resultSummary(shell, { area, result, heading }) {
  const columns = shell.querySelector("[data-playbook-columns]");
  if (columns) columns.dataset.active = "";
  const bar = shell.querySelector("[data-result-summary]");
  const verdict = bar.querySelector("[data-summary-verdict]");
  const scores = bar.querySelector("[data-summary-scores]");
  const jump = bar.querySelector("[data-summary-jump]");
  const back = shell.querySelector("[data-back-to-form]");
  const empty = verdict.textContent;
  const narrow = matchMedia(NARROW);
  let lastControl = null;
  let areaInView = false;
  let resultInView = false;
  let ready = false;

  const pinned = () => ready && narrow.matches && areaInView && !resultInView;

  // Scrolling, by the page or to a focused field, stops above the bar.
  function keepClear(control) {
    if (!bar.hasAttribute("data-pinned")) return;
    if (control.getBoundingClientRect().bottom > bar.getBoundingClientRect().top - GAP_PX) {
      control.scrollIntoView({ block: "nearest" });
    }
  }

  function update() {
    const on = pinned();
    bar.toggleAttribute("data-pinned", on);
    document.documentElement.style.scrollPaddingBottom = on ? `${bar.offsetHeight + GAP_PX}px` : "";
    // The bar may just have appeared over the field the reader is in.
    if (on && area.contains(document.activeElement)) keepClear(document.activeElement);
  }

  area.addEventListener("focusin", (event) => {
    if (!event.target.matches(CONTROLS)) return;
    lastControl = event.target;
    keepClear(event.target);
  });
  // The field typed in is the one to come back to; one that grows as the reader types (a
  // list, a text) stays clear of the bar too.
  area.addEventListener("input", (event) => {
    if (!event.target.matches(CONTROLS)) return;
    lastControl = event.target;
    if (event.target === document.activeElement) keepClear(event.target);
  });
  // The reader may be in a field already, since before this module arrived.
  if (area.contains(document.activeElement) && document.activeElement.matches(CONTROLS)) {
    lastControl = document.activeElement;
  }

  jump.addEventListener("click", (event) => {
    event.preventDefault();
    result.scrollIntoView({ block: "start" });
    heading().focus({ preventScroll: true });
    if (back) back.hidden = lastControl === null;
  });
  if (back) {
    back.addEventListener("click", (event) => {
      event.preventDefault();
      if (!lastControl) return;
      lastControl.focus({ preventScroll: true });
      lastControl.scrollIntoView({ block: "center" });
    });
  }

  if ("IntersectionObserver" in window) {
    new IntersectionObserver(([entry]) => {
      areaInView = entry.isIntersecting;
      update();
    }).observe(area);
    new IntersectionObserver(([entry]) => {
      resultInView = entry.isIntersecting;
      update();
    }).observe(result);
  }
  narrow.addEventListener("change", update);
  window.addEventListener("resize", update);

  bar.hidden = false;
  return {
    set(first = null, details = [], offerResult = first !== null) {
      ready = first !== null;
      verdict.textContent = ready ? first : empty;
      scores.replaceChildren(...details.map((text) => element("span", {}, text)));
      jump.hidden = !offerResult;
      update();
    },
  };
}

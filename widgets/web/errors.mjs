// The one function that handles the engine's answer: its result, or its errors shown beside
// the fields their paths name (widgets/bridge.py has the response's shape), each control
// marked invalid and described by its error, and the widget's one alert region saying so.
import { element } from "./dom.mjs";

// An error's slot: its exact path, else its field's, else the one for the whole form.
function slotFor(slots, path) {
  const base = path.match(/^\w+/)?.[0] ?? "";
  return slots.find((slot) => slot.dataset.errorFor === path)
    || slots.find((slot) => slot.dataset.errorFor === base)
    || slots.find((slot) => slot.dataset.errorFor === "");
}

// The controls a slot describes: a control itself, or every control of a described group.
function controlsOf(scope, slot) {
  return [...scope.querySelectorAll(`[aria-describedby~="${slot.id}"]`)].flatMap((node) =>
    node.matches("input, textarea, select") ? [node] : [...node.querySelectorAll("input, textarea, select")]);
}

// One line of the summary: the error, as a link that takes the reader to its control.
function summaryItem(error, control) {
  if (!control || !control.id) return element("li", {}, error.message);
  const link = element("a", { href: `#${control.id}` }, error.message);
  link.addEventListener("click", (event) => {
    event.preventDefault();
    control.focus();
  });
  return element("li", {}, link);
}

/**
 * Show `errors` (none clears them) in `scope`. `summary` ({element, text}) is the widget's
 * alert region: it says there are errors and lists them, each linked to its field. It speaks
 * only when the set of errors changes, not at every keystroke that keeps the same error.
 */
export function showErrors(scope, errors, summary = null) {
  const slots = [...scope.querySelectorAll("[data-error-for]")];
  for (const slot of slots) slot.textContent = "";
  for (const control of scope.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
  const items = [];
  for (const error of errors) {
    const slot = slotFor(slots, error.field);
    const controls = slot && slot.id ? controlsOf(scope, slot) : [];
    if (slot) slot.textContent = slot.textContent ? `${slot.textContent} ${error.message}` : error.message;
    for (const control of controls) control.setAttribute("aria-invalid", "true");
    items.push(summaryItem(error, controls[0]));
  }
  if (!summary || !summary.element) return;
  const key = JSON.stringify(errors.map((error) => [error.field, error.code]));
  if (summary.element.dataset.errors === key) return;
  summary.element.dataset.errors = key;
  summary.element.replaceChildren(...(errors.length ? [element("p", {}, summary.text), element("ul", {}, ...items)] : []));
}

/**
 * The result of a bridge response, or undefined once its errors are shown in `scope`.
 * Options: `summary` ({element, text}) says there are errors; `clear` empties what the widget
 * showed for earlier input, and is called on every failure, so that no result stays on screen
 * beside errors that say the input has none. When Python itself could not answer ("runtime"),
 * no error is written: the status line says why.
 */
export function resultOf(response, scope, { summary = null, clear = null } = {}) {
  if (response.ok) {
    showErrors(scope, [], summary);
    return response.result;
  }
  if (clear) clear();
  if (!unanswered(response)) showErrors(scope, response.errors, summary);
  return undefined;
}

/** Whether Python was not there to answer (the "runtime" code): the request may be made again. */
export function unanswered(response) {
  return !response.ok && response.errors.some((error) => error.code === "runtime");
}

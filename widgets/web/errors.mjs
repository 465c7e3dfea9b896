// The one function that handles the engine's answer: its result, or its errors shown beside
// the fields their paths name (widgets/bridge.py has the response's shape).

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

/** Show `errors` (none clears them) in `scope`; `summary` ({element, text}) says there are some. */
export function showErrors(scope, errors, summary = null) {
  const slots = [...scope.querySelectorAll("[data-error-for]")];
  for (const slot of slots) slot.textContent = "";
  for (const control of scope.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
  for (const error of errors) {
    const slot = slotFor(slots, error.field);
    if (!slot) continue;
    slot.textContent = slot.textContent ? `${slot.textContent} ${error.message}` : error.message;
    if (slot.id) for (const control of controlsOf(scope, slot)) control.setAttribute("aria-invalid", "true");
  }
  if (summary) summary.element.textContent = errors.length ? summary.text : "";
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

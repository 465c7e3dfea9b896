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
 * The result of a bridge response, or undefined once its errors are shown in `scope`. When
 * Python itself could not answer ("runtime"), nothing is shown: the status line says why, and
 * what was shown before stays.
 */
export function resultOf(response, scope, summary = null) {
  if (response.ok) {
    showErrors(scope, [], summary);
    return response.result;
  }
  if (!response.errors.some((error) => error.code === "runtime")) showErrors(scope, response.errors, summary);
  return undefined;
}

// The assessment offers the deal-breakers the reader kept on this device (on the deal-breakers
// page) as boxes to tick, beside the list question they answer.
import { element, isPlainObject } from "./dom.mjs";
import { storage } from "./io.mjs";

/** The offer inside `shell`; its document's storage key, format and version come from the shell. */
export function savedDealBreakers(shell) {
  const box = shell.querySelector("[data-saved-deal-breakers]");
  const field = box.closest("[data-field]");
  const textarea = field.querySelector("textarea");
  const documentSpec = JSON.parse(shell.dataset.dealBreakers);
  const boxes = () => [...box.querySelectorAll('input[type="checkbox"]')];

  const saved = storage.get(documentSpec.storage);
  const valid = isPlainObject(saved) && saved.format === documentSpec.format
    && saved.version === documentSpec.version && Array.isArray(saved.items);
  (valid ? saved.items : []).forEach((item, index) => {
    const value = isPlainObject(item) ? item.id || item.text : null;
    if (typeof value !== "string" || !value) return;
    const id = `assessment-deal-breaker-${index}`;
    const label = item.id ? documentSpec.labels[item.id] || item.id : item.text;
    box.append(element("span", { class: "playbook-choice" }, element("input", { type: "checkbox", id, value }), " ", element("label", { for: id }, label)));
  });
  // An internal copy's policy sits in the box from the build; the reader's own title shows
  // only above the reader's own items.
  box.querySelector("[data-saved-deal-breakers-label]").hidden = !box.querySelector("[id^='assessment-deal-breaker-']");
  box.hidden = boxes().length === 0;

  return {
    /** The answers with the ticked items first in the list the field answers. */
    merge(answers) {
      const ticked = boxes().filter((item) => item.checked).map((item) => item.value);
      const items = [...ticked, ...(answers[field.dataset.field] || [])];
      return items.length ? { ...answers, [field.dataset.field]: items } : answers;
    },
    /** Tick the saved items among `answers`, leaving the others typed in the field. */
    spread(answers) {
      const rest = [];
      for (const item of boxes()) item.checked = false;
      for (const value of answers[field.dataset.field] || []) {
        const match = boxes().find((candidate) => candidate.value === value);
        if (match) match.checked = true;
        else rest.push(value);
      }
      textarea.value = rest.join("\n");
    },
  };
}

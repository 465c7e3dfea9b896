// The assessment offers the deal-breakers the reader kept on this device (on the deal-breakers
// page) as boxes to tick, beside the list question they answer; answers opened from a link, a
// file or the tab bring theirs back as boxes too. A box holds a catalogue id or one entry,
// line breaks and all, and shows the entry's words in the page's language.
import { element, isPlainObject } from "./dom.mjs";
import { storage } from "./io.mjs";
import { messagesOf } from "./messages.mjs";

/** The offer inside `shell`; its document's storage key, format and version come from the shell. */
export function savedDealBreakers(shell) {
  const box = shell.querySelector("[data-saved-deal-breakers]");
  const field = box.closest("[data-field]");
  const textarea = field.querySelector("textarea");
  const documentSpec = JSON.parse(shell.dataset.dealBreakers);
  const labelOf = (value) => documentSpec.labels[value] || value;
  // The entries of answers opened here that the reader's own list does not hold.
  const opened = element(
    "div",
    { class: "playbook-saved-deal-breakers", "data-answer-deal-breakers": "", hidden: true },
    element("p", {}, messagesOf(shell).ui.answer_deal_breakers),
  );
  box.after(opened);
  const boxes = () => [...field.querySelectorAll("[data-saved-deal-breakers] input, [data-answer-deal-breakers] input")];
  let made = 0;

  function offer(container, value) {
    const id = `assessment-deal-breaker-${made++}`;
    const input = element("input", { type: "checkbox", id, value });
    container.append(element("span", { class: "playbook-choice" }, input, " ", element("label", { for: id }, labelOf(value))));
    return input;
  }

  const saved = storage.get(documentSpec.storage);
  const valid = isPlainObject(saved) && saved.format === documentSpec.format
    && saved.version === documentSpec.version && Array.isArray(saved.items);
  for (const item of valid ? saved.items : []) {
    const value = isPlainObject(item) ? item.id || item.text : null;
    if (typeof value === "string" && value) offer(box, value);
  }
  // An internal copy's policy sits in the box from the build; the reader's own title shows
  // only above the reader's own items.
  box.querySelector("[data-saved-deal-breakers-label]").hidden = !box.querySelector("[id^='assessment-deal-breaker-']");
  box.hidden = box.querySelectorAll("input").length === 0;

  return {
    /** The answers with the ticked items first in the list the field answers. */
    merge(answers) {
      const ticked = boxes().filter((item) => item.checked).map((item) => item.value);
      const items = [...ticked, ...(answers[field.dataset.field] || [])];
      return items.length ? { ...answers, [field.dataset.field]: items } : answers;
    },
    /**
     * Tick the items of `answers` that have a box; a catalogue id or an entry of several lines
     * gets a box of its own (a line of the field would show the id, or split the entry); the
     * other items are written in the field, one per line.
     */
    spread(answers) {
      const rest = [];
      opened.querySelectorAll(".playbook-choice").forEach((choice) => choice.remove());
      for (const item of boxes()) item.checked = false;
      for (const value of answers[field.dataset.field] || []) {
        const match = boxes().find((candidate) => candidate.value === value);
        if (match) match.checked = true;
        else if (value in documentSpec.labels || value.includes("\n")) offer(opened, value).checked = true;
        else rest.push(value);
      }
      opened.hidden = opened.querySelectorAll("input").length === 0;
      textarea.value = rest.join("\n");
    },
  };
}

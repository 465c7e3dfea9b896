// The script generator prefilled from an assessment: the link carries the answers, the engine
// assesses them and turns the report into the generator's inputs, which are merged into what
// the form holds (nothing the reader typed is replaced unasked), and the page says what the
// assessment advised and what it changed.
import { element } from "./dom.mjs";
import { fill, labelOf, merge } from "./form.mjs";
import { decodeFragment } from "./io.mjs";
import { format, say } from "./messages.mjs";
import { call } from "./runtime.mjs";

// What the page keeps of the assessment: ids and the reader's own values, never its words.
const summaryOf = (report) => ({
  verdict: report.verdict,
  holds_stake: report.holds_stake,
  client_name: report.client_name,
  partner_name: report.partner_name,
});

/**
 * Show the notices of an assessment (`summary`, as summaryOf keeps it) in the page's
 * language, then `after` (what the merge changed); resolves false when the engine refuses.
 */
export async function showNotices(shell, summary, { lang, reminderButton }, ...after) {
  const filled = await call("prefill", { report: summary, lang });
  if (!filled.ok) return false;
  say(shell.querySelector("[data-script-notices]"), ...filled.result.notices.map((notice) => element(
    "p",
    { class: "playbook-notice-line", "data-notice": notice.id },
    notice.text,
    notice.reminder ? " " : null,
    notice.reminder ? reminderButton() : null,
  )), ...after);
  return true;
}

// What the merge did, in words: the fields it filled, and those it left as the reader had
// them, with a button that takes the assessment's values for those too.
function changes(form, ui, { filled, kept }, incoming, onTake) {
  const names = (ids) => ids.map((id) => format(ui.prefill_field, { field: labelOf(form, form.dataset.form, id) })).join(", ");
  const lines = [];
  if (filled.length) lines.push(element("p", { class: "playbook-notice-line", "data-notice": "filled" }, format(ui.prefill_filled, { fields: names(filled) })));
  if (kept.length) {
    const take = element("button", { type: "button", class: "md-button", "data-prefill-take": "" }, ui.prefill_take);
    take.addEventListener("click", () => {
      fill(form, form.dataset.form, Object.fromEntries(kept.map((id) => [id, incoming[id]])));
      onTake();
      take.replaceWith(format(ui.prefill_taken, { fields: names(kept) }));
    });
    lines.push(element("p", { class: "playbook-notice-line", "data-notice": "kept" }, format(ui.prefill_kept, { fields: names(kept) }), " ", take));
  }
  return lines;
}

/**
 * Merge the assessment in the link (`encoded`) into `form`, over `base` (what a previous
 * prefill or the remembered form put there). Resolves with {inputs, summary} once done, or
 * null, saying why, when it cannot.
 */
export async function prefill(shell, form, encoded, base, { lang, ui, reminderButton, onTake }) {
  const notices = shell.querySelector("[data-script-notices]");
  try {
    const assessed = await call("assess", { answers: decodeFragment(encoded), lang });
    if (!assessed.ok) throw new Error("assessment");
    const filled = await call("prefill", { report: assessed.result.report, lang });
    if (!filled.ok) throw new Error("prefill");
    const inputs = filled.result.inputs;
    const done = merge(form, form.dataset.form, inputs, base);
    if (done === null) throw new Error("prefill");
    const summary = summaryOf(assessed.result.report);
    if (!(await showNotices(shell, summary, { lang, reminderButton }, ...changes(form, ui, done, inputs, onTake)))) throw new Error("prefill");
    return { inputs, summary };
  } catch {
    say(notices, element("p", { class: "playbook-notice-line" }, ui.prefill_failed));
    return null;
  }
}

// The script generator prefilled from an assessment: the link carries the answers, the engine
// assesses them, turns the report into the generator's inputs, and says what it did.
import { element } from "./dom.mjs";
import { apply } from "./form.mjs";
import { decodeFragment } from "./io.mjs";
import { say } from "./messages.mjs";
import { call } from "./runtime.mjs";

/** Fill `form` from the encoded answers; says why not, and returns false, when it cannot. */
export async function prefill(shell, form, encoded, { lang, failed, reminderButton }) {
  const notices = shell.querySelector("[data-script-notices]");
  try {
    const assessed = await call("assess", { answers: decodeFragment(encoded), lang });
    if (!assessed.ok) throw new Error("assessment");
    const filled = await call("prefill", { report: assessed.result.report, lang });
    if (!filled.ok || !apply(form, form.dataset.form, filled.result.inputs)) throw new Error("prefill");
    say(notices, ...filled.result.notices.map((notice) => element(
      "p",
      { class: "playbook-notice-line", "data-notice": notice.id },
      notice.text,
      notice.reminder ? " " : null,
      notice.reminder ? reminderButton() : null,
    )));
    return true;
  } catch {
    say(notices, element("p", { class: "playbook-notice-line" }, failed));
    return false;
  }
}

// The script generator: the form's inputs go to the engine, the script comes back as plain
// data and is written into the page with textContent only, so typed markup stays text.
import { element } from "./dom.mjs";
import { resultOf } from "./errors.mjs";
import { apply, collect, edited } from "./form.mjs";
import { fragmentParam, storage } from "./io.mjs";
import { format, messagesOf, say } from "./messages.mjs";
import { call, onStatus, warmUp } from "./runtime.mjs";
import { renderScript } from "./script-document.mjs";
import { downloadReminder, exportScript, mailtoHref, showPlaceholders } from "./script-exports.mjs";
import { prefill } from "./script-prefill.mjs";
import { bindStatus } from "./status.mjs";

const DEBOUNCE_MS = 200;
const STORAGE_KEY = "script";

export function mount(shell) {
  bindStatus(shell);
  const form = shell.querySelector("form[data-script-form]");
  const formId = form.dataset.form;
  const lang = shell.lang;
  const { ui, blame_categories: categories } = messagesOf(shell);
  const remember = form.querySelector("[data-script-remember]");
  const ownReasons = form.querySelector('[data-field="own_reasons"] textarea');
  const blame = shell.querySelector("[data-script-blame]");
  const output = shell.querySelector("[data-script-result]");
  const exports = shell.querySelector("[data-script-exports]");
  const mailto = shell.querySelector("[data-script-mailto]");
  const placeholders = shell.querySelector("[data-script-placeholders]");
  const summary = { element: shell.querySelector("[data-error-summary]"), text: ui.errors_summary };
  let current = null;
  // The export pressed once while markers are left: a second press of it goes ahead.
  let armed = null;
  let latest = 0;
  let blameLatest = 0;
  let blameChecked = { text: "", language: "" };
  let timer = null;

  form.addEventListener("focusin", () => warmUp(), { once: true });

  async function generate() {
    const inputs = collect(form, formId);
    if (remember.checked) storage.set(STORAGE_KEY, inputs);
    const ticket = ++latest;
    const answer = await call("script", { inputs, lang });
    if (ticket !== latest) return;
    // On errors, the script of earlier inputs goes, and the summary says why.
    const script = resultOf(answer, form, { summary, clear: clearScript });
    if (script === undefined) return;
    current = { script, client: inputs.client_name || "" };
    armed = null;
    renderScript(output, script);
    shell.querySelector("[data-script-empty]").hidden = true;
    exports.hidden = false;
    showPlaceholders(placeholders, script, ui);
    mailto.href = mailtoHref(script, inputs.client_email || inputs.client_contact || "");
  }

  function clearScript() {
    current = null;
    armed = null;
    output.replaceChildren();
    output.hidden = true;
    exports.hidden = true;
    placeholders.textContent = "";
    placeholders.hidden = true;
    mailto.href = "mailto:";
  }

  async function checkBlame() {
    const text = ownReasons.value;
    const language = collect(form, formId).lang;
    if (text === blameChecked.text && language === blameChecked.language) return;
    blameChecked = { text, language };
    const ticket = ++blameLatest;
    const answer = await call("blame_check", { text, lang: language });
    if (!answer.ok) blameChecked = { text: "", language: "" };
    if (ticket !== blameLatest || !answer.ok) return;
    blame.querySelector("[data-script-blame-list]").replaceChildren(...answer.result.map((hit) =>
      element("li", {}, format(ui.blame_hit, { match: hit.match, category: categories[hit.category], suggestion: hit.suggestion }))));
    blame.hidden = answer.result.length === 0;
  }

  function refresh() {
    clearTimeout(timer);
    generate();
    checkBlame();
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(refresh, DEBOUNCE_MS);
  }

  form.addEventListener("input", (event) => {
    if (event.target !== remember) schedule();
  });
  remember.addEventListener("change", () => {
    if (remember.checked) storage.set(STORAGE_KEY, collect(form, formId));
    else storage.remove(STORAGE_KEY);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    refresh();
  });

  // The reminder's button again, in the notice of a prefill that offers it.
  const reminderButton = () =>
    element("button", { type: "button", class: "md-button", "data-script-action": "reminder" }, ui.reminder_download);

  shell.addEventListener("click", async (event) => {
    const button = event.target.closest("[data-script-action]");
    if (!button) return;
    const action = button.dataset.scriptAction;
    // Before a copy, a download, a print or the email opens, say which markers are left.
    if (current && button.closest("[data-script-exports]") && current.script.placeholders.length && armed !== action) {
      event.preventDefault();
      armed = action;
      say(button, format(ui.placeholders_confirm, { markers: current.script.placeholders.join(", ") }));
      return;
    }
    if (armed === action) say(button);
    armed = null;
    if (action === "reminder") await downloadReminder(shell, form, ui);
    else if (action === "forget") {
      storage.remove(STORAGE_KEY);
      remember.checked = false;
      say(button, ui.forgotten);
    } else if (current) await exportScript(button, current.script, current.client, ui);
  });

  // A link's prefill that failed waits for Python's next start, unless the reader has typed
  // since: what they typed is never overwritten.
  let prefillOwed = false;

  async function start() {
    const encoded = fragmentParam("assessment");
    const saved = storage.get(STORAGE_KEY);
    if (encoded) {
      prefillOwed = !(await prefill(shell, form, encoded, { lang, failed: ui.prefill_failed, reminderButton }));
      if (prefillOwed) return;
    } else if (saved && typeof saved === "object" && apply(form, formId, saved)) {
      remember.checked = true;
    } else if (!edited(form, formId)) {
      // Nothing to write a script from yet. What the reader typed before this module arrived,
      // or the browser restored, gets its script at once.
      return;
    }
    refresh();
  }
  // A runtime that comes back (after "Try again", or a worker restarted) computes what the
  // reader asked for meanwhile.
  onStatus(({ stage }) => {
    if (stage !== "ready") return;
    if (prefillOwed && !edited(form, formId)) start();
    else if (latest > 0) refresh();
  });
  start();
}

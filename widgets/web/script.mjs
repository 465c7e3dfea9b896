// The script generator: the form's inputs go to the engine, the script comes back as plain
// data and is written into the page with textContent only, so typed markup stays text.
import { element } from "./dom.mjs";
import { resultOf } from "./errors.mjs";
import { apply, collect, edited } from "./form.mjs";
import { fragmentParam, storage } from "./io.mjs";
import { announce, format, formatParts, messagesOf, say } from "./messages.mjs";
import { resultSummary } from "./result-summary.mjs";
import { call, warmUp } from "./runtime.mjs";
import { renderScript } from "./script-document.mjs";
import { downloadReminder, exportScript, mailtoHref } from "./script-exports.mjs";
import { prefill } from "./script-prefill.mjs";
import { bindPrint } from "./script-print.mjs";
import { bindTabs } from "./script-tabs.mjs";
import { bindStatus } from "./status.mjs";

const DEBOUNCE_MS = 200;
const STORAGE_KEY = "script";

export function mount(shell) {
  bindStatus(shell);
  const form = shell.querySelector("form[data-script-form]");
  const formId = form.dataset.form;
  const lang = shell.lang;
  const { ui, blame_categories: categories } = messagesOf(shell);
  const words = ui.summary;
  const remember = form.querySelector("[data-script-remember]");
  const ownReasons = form.querySelector('[data-field="own_reasons"] textarea');
  const blame = shell.querySelector("[data-script-blame]");
  const output = shell.querySelector("[data-script-result]");
  const summary = { element: shell.querySelector("[data-error-summary]"), text: ui.errors_summary };
  const heading = shell.querySelector("#script-output-title");
  const bar = resultSummary(shell, {
    area: shell.querySelector(".playbook-columns__main"),
    result: shell.querySelector("[data-script-output]"),
    heading: () => heading,
  });
  const printing = bindPrint(shell);
  bindTabs(shell, (name, label) => printing.choose(name, label));
  let current = null;
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
    // On errors, the last valid script stays on screen, and the summary says so.
    const script = resultOf(answer, form, summary);
    if (script === undefined) return;
    const changed = !current || current.script.text !== script.text;
    current = { script, client: inputs.client_name || "" };
    renderScript(output, script);
    const count = script.warnings.length;
    bar.set(words.ready, count ? [format(words.warnings, { count })] : []);
    if (changed) announce(shell, count ? format(words.announce_warnings, { count }) : words.announce, true);
    shell.querySelector("[data-script-empty]").hidden = true;
    shell.querySelector("[data-script-exports]").hidden = false;
    shell.querySelector("[data-script-mailto]").href = mailtoHref(script, inputs.client_contact || "");
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
    // The words found and their rewording are in the script's language, maybe not the page's.
    const quoted = (text) => element("span", { lang: language }, text);
    blame.querySelector("[data-script-blame-list]").replaceChildren(...answer.result.map((hit) => element("li", {},
      ...formatParts(ui.blame_hit, { match: quoted(hit.match), category: categories[hit.category], suggestion: quoted(hit.suggestion) }))));
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
    if (action === "reminder") await downloadReminder(shell, form, ui);
    else if (action === "print" || action === "print-anyway") printing.print(action === "print-anyway");
    else if (action === "forget") {
      storage.remove(STORAGE_KEY);
      remember.checked = false;
      say(button, ui.forgotten);
    } else if (current) await exportScript(button, current.script, current.client, ui);
  });

  async function start() {
    const encoded = fragmentParam("assessment");
    const saved = storage.get(STORAGE_KEY);
    if (encoded) {
      if (!(await prefill(shell, form, encoded, { lang, failed: ui.prefill_failed, reminderButton }))) return;
    } else if (saved && typeof saved === "object" && apply(form, formId, saved)) {
      remember.checked = true;
    } else if (!edited(form, formId)) {
      // Nothing to write a script from yet. What the reader typed before this module arrived,
      // or the browser restored, gets its script at once.
      return;
    }
    refresh();
  }
  start();
}

// The script generator: the form's inputs go to the engine, the script comes back as plain
// data and is written into the page with textContent only, so typed markup stays text. The
// form is kept in the tab as the reader types; a prefill from the assessment and the form
// remembered on this device are merged into it, never over what the reader typed.
import { element, isPlainObject } from "./dom.mjs";
import { resultOf } from "./errors.mjs";
import { fileName } from "./file-name.mjs";
import { apply, collect, edited, fill, misfit, touched, touchedBeforeMount } from "./form.mjs";
import { bindRemember, storage, tellRefusedCopy } from "./io.mjs";
import { announce, format, formatParts, messagesOf, say } from "./messages.mjs";
import { resultSummary } from "./result-summary.mjs";
import { call, onStatus, warmUp } from "./runtime.mjs";
import { renderScript } from "./script-document.mjs";
import { downloadReminder, exportScript, mailtoHref, showPlaceholders } from "./script-exports.mjs";
import { prefill, showNotices } from "./script-prefill.mjs";
import { bindPrint } from "./script-print.mjs";
import { bindTabs } from "./script-tabs.mjs";
import { bindStatus } from "./status.mjs";
import { onShownAgain, tabState, takeFromAddress } from "./tab-state.mjs";

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
  const rememberMessage = remember.closest(".playbook-remember").querySelector("[data-playbook-message]");
  const ownReasons = form.querySelector('[data-field="own_reasons"] textarea');
  const languages = form.querySelector('[data-field="lang"] select');
  const blame = shell.querySelector("[data-script-blame]");
  const output = shell.querySelector("[data-script-result]");
  const exports = shell.querySelector("[data-script-exports]");
  const mailto = shell.querySelector("[data-script-mailto]");
  const placeholders = shell.querySelector("[data-script-placeholders]");
  const languageNote = shell.querySelector("[data-script-language]");
  const summary = { element: shell.querySelector("[data-error-summary]"), text: ui.errors_summary };
  const tab = tabState("script");
  // Where the form's values come from: the reader, or a prefill they have not edited yet,
  // which is not remembered on this device until they do.
  let origin = "reader";
  // The form remembered on this device: "none", "applied", or "refused" (kept as it is).
  let rememberedStatus = "none";
  // What the last prefill, or the remembered form, put in the form: a field still showing it
  // is not the reader's, and the next prefill may replace it.
  let base = {};
  // What the page keeps of the assessment the form comes from (ids and names): its verdict
  // sets the notes above the form and the reminder's words.
  let assessment = null;
  const heading = shell.querySelector("#script-output-title");
  const bar = resultSummary(shell, {
    area: shell.querySelector(".playbook-columns__main"),
    result: shell.querySelector("[data-script-output]"),
    heading: () => heading,
  });
  const printing = bindPrint(shell);
  bindTabs(shell, (name, label) => printing.choose(name, label));
  let current = null;
  // The export pressed once while markers are left: a second press of it goes ahead.
  let armed = null;
  let latest = 0;
  let blameLatest = 0;
  let blameChecked = { text: "", language: "" };
  let timer = null;

  form.addEventListener("focusin", () => warmUp(), { once: true });

  // The tab keeps everything as the reader goes; the device, what they typed, when asked.
  function keep() {
    const inputs = collect(form, formId);
    tab.write({ inputs, origin, base, assessment, page: lang });
    if (!remember.checked || rememberedStatus === "refused" || origin !== "reader") return;
    storage.set(STORAGE_KEY, inputs);
    rememberedStatus = "applied";
  }

  // The script's language, when it is not the page's, said plainly above the script (its
  // panels carry the language; the tabs and buttons around them keep the page's).
  function showLanguage(scriptLang) {
    // The language's own name, as the form's choice of language shows it.
    const option = [...languages.options].find((candidate) => candidate.value === scriptLang);
    languageNote.hidden = scriptLang === lang;
    languageNote.textContent = scriptLang === lang ? "" : format(ui.output_language, { language: option ? option.textContent.trim() : scriptLang });
  }

  async function generate() {
    const inputs = collect(form, formId);
    const ticket = ++latest;
    const answer = await call("script", { inputs, lang });
    if (ticket !== latest) return;
    // On errors, the script of earlier inputs goes, and the summary says why.
    const script = resultOf(answer, form, { summary, clear: clearScript });
    if (script === undefined) return;
    const changed = !current || current.script.text !== script.text;
    current = { script, client: inputs.client_name || "" };
    armed = null;
    renderScript(output, script);
    showLanguage(script.lang);
    const count = script.warnings.length;
    bar.set(words.ready, count ? [format(words.warnings, { count })] : []);
    if (changed) announce(shell, count ? format(words.announce_warnings, { count }) : words.announce, true);
    shell.querySelector("[data-script-empty]").hidden = true;
    exports.hidden = false;
    showPlaceholders(placeholders, script, ui);
    mailto.href = mailtoHref(script, inputs.client_email || inputs.client_contact || "");
  }

  function clearScript() {
    current = null;
    armed = null;
    for (const panel of output.querySelectorAll("[data-script-panel]")) panel.replaceChildren();
    output.hidden = true;
    exports.hidden = true;
    placeholders.textContent = "";
    placeholders.hidden = true;
    mailto.href = "mailto:";
    bar.set();
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
    if (event.target === remember) return;
    origin = "reader";
    keep();
    schedule();
  });
  bindRemember(remember, {
    key: STORAGE_KEY,
    message: rememberMessage,
    ui,
    status: () => rememberedStatus,
    setStatus: (status) => { rememberedStatus = status; },
    // Ticking the box is the reader's say: a prefilled form is remembered from now on.
    onRemember: () => {
      origin = "reader";
      keep();
    },
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    refresh();
  });

  // The reminder's button again, in the notice of a prefill that offers it.
  const reminderButton = () =>
    element("button", { type: "button", class: "md-button", "data-script-action": "reminder" }, ui.reminder_download);
  const noticeOptions = { lang, reminderButton };

  shell.addEventListener("click", async (event) => {
    const button = event.target.closest("[data-script-action]");
    if (!button) return;
    const action = button.dataset.scriptAction;
    // Before a copy, a download, a print or the email opens, say which markers are left.
    // Printing names its blanks itself (script-print.mjs).
    const printAction = action === "print" || action === "print-anyway";
    if (current && !printAction && button.closest("[data-script-exports]") && current.script.placeholders.length && armed !== action) {
      event.preventDefault();
      armed = action;
      say(button, format(ui.placeholders_confirm, { markers: current.script.placeholders.join(", ") }));
      return;
    }
    if (armed === action) say(button);
    armed = null;
    if (action === "reminder") {
      const base = current && current.script.lang === collect(form, formId).lang ? current.script.files.reminder : ui.reminder_filename;
      await downloadReminder(shell, form, { ui, base, verdict: assessment ? assessment.verdict : null, near: button });
    } else if (printAction) printing.print(action === "print-anyway");
    else if (action === "forget") {
      storage.remove(STORAGE_KEY);
      remember.checked = false;
      rememberedStatus = "none";
      say(button, ui.forgotten);
    } else if (current) await exportScript(button, current.script, current.client, ui);
  });

  // The tab's own state, as Back, a reload or the other language's page left it. A script
  // language left at that page's own follows this page's.
  function restoreTab() {
    const here = tab.read();
    if (!isPlainObject(here) || !isPlainObject(here.inputs)) return false;
    const inputs = here.inputs.lang === here.page ? { ...here.inputs, lang } : here.inputs;
    if (!apply(form, formId, inputs)) return false;
    origin = here.origin === "link" ? "link" : "reader";
    base = isPlainObject(here.base) ? here.base : {};
    assessment = isPlainObject(here.assessment) ? here.assessment : null;
    const notices = shell.querySelector("[data-script-notices]");
    if (assessment) showNotices(shell, assessment, noticeOptions);
    else notices.replaceChildren();
    return true;
  }

  onShownAgain(() => {
    if (restoreTab()) refresh();
  });

  async function start() {
    // What the reader typed before this module arrived, read before the tab's state is put back.
    const typed = touched(form, formId);
    // The box ticked before this module arrived is the reader's say, as it is once bound.
    const ticked = remember.checked && touchedBeforeMount(remember);
    let ready = restoreTab();
    const kept = storage.get(STORAGE_KEY);
    if (kept !== null) {
      const why = misfit(form, formId, kept);
      if (why) {
        rememberedStatus = "refused";
        const reason = why.label ? format(ui.refused_value, { field: why.label })
          : why.field ? format(ui.refused_field, { field: why.field }) : ui.refused_shape;
        tellRefusedCopy(rememberMessage, `${ui.refused} ${reason}`, { download: ui.refused_download, filename: fileName(ui.refused_filename, "", "json") }, kept);
        // Remembering now would replace that copy: the reader is asked when they tick it again.
        remember.checked = false;
      } else {
        remember.checked = true;
        rememberedStatus = "applied";
        if (!ready) {
          apply(form, formId, kept);
          base = kept;
          ready = true;
        }
      }
    }
    if (Object.keys(typed).length && fill(form, formId, typed)) origin = "reader";
    ready = (await prefillFromAddress()) || ready;
    // What the reader ticked or typed before this module arrived is remembered as it would
    // have been once bound; the tab keeps it in any case.
    if (remember.checked && (ticked || Object.keys(typed).length)) keep();
    else tab.write({ inputs: collect(form, formId), origin, base, assessment, page: lang });
    // What the reader typed before this module arrived, or the browser restored, gets its
    // script at once.
    if (ready || edited(form, formId)) refresh();
  }

  // An assessment in the address (the link of "Prepare the conversation"), merged into the
  // form once; resolves true when it was.
  async function prefillFromAddress(encoded = takeFromAddress("assessment")) {
    if (!encoded) return false;
    const onTake = () => {
      origin = "reader";
      keep();
      refresh();
    };
    const done = await prefill(shell, form, encoded, base, { lang, ui, reminderButton, onTake });
    // One that failed is tried again at Python's next start: a link is never dropped on the way.
    prefillOwed = done ? null : encoded;
    if (!done) return false;
    base = done.inputs;
    assessment = done.summary;
    origin = "link";
    return true;
  }

  // A runtime that comes back (after "Try again", or a worker restarted) merges a link's
  // prefill that failed, and computes what the reader asked for meanwhile.
  let prefillOwed = null;
  onStatus(async ({ stage }) => {
    if (stage !== "ready") return;
    if (prefillOwed && (await prefillFromAddress(prefillOwed))) {
      tab.write({ inputs: collect(form, formId), origin, base, assessment, page: lang });
      refresh();
    } else if (latest > 0) refresh();
  });

  // A link of the same page opened in this tab changes only the fragment.
  window.addEventListener("hashchange", async () => {
    if (!(await prefillFromAddress())) return;
    tab.write({ inputs: collect(form, formId), origin, base, assessment, page: lang });
    refresh();
  });
  start();
}

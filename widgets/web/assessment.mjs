// The assessment widget: sends the form's answers to the engine on every change and shows its
// errors beside the fields, or its report; keeps the reader's work in the tab, and saves,
// shares, remembers and compares answers without ever replacing theirs unasked. Words come
// from the shell or from Python; data reaches the page through textContent only.
import { clearAnswers, renderAnswers } from "./assessment-answers.mjs";
import { clearReport, renderReport } from "./assessment-report.mjs";
import { comparison, readComparison } from "./assessment-compare.mjs";
import { answersFromFile, answersFromLink, refusalOf, saveAnswers, shareAddress } from "./assessment-files.mjs";
import { isPlainObject, keyboardPlace, same } from "./dom.mjs";
import { resultOf, unanswered } from "./errors.mjs";
import { fileName } from "./file-name.mjs";
import { apply, collect, edited, fieldsOf, fill, touched } from "./form.mjs";
import { bindSteps } from "./form-steps.mjs";
import { bindRemember, copyText, storage, tellRefusedCopy } from "./io.mjs";
import { announce, ask, format, messagesOf, say } from "./messages.mjs";
import { resultSummary } from "./result-summary.mjs";
import { call, onStatus, warmUp } from "./runtime.mjs";
import { savedDealBreakers } from "./saved-deal-breakers.mjs";
import { bindStatus } from "./status.mjs";
import { onShownAgain, tabState, takeFromAddress } from "./tab-state.mjs";

const STORAGE_KEY = "assessment";
// Long enough to skip the keystrokes of one word, short enough to feel live.
const DEBOUNCE_MS = 150;

/** Bind one assessment shell. */
export function mount(shell) {
  const form = shell.querySelector("form");
  const formId = form.dataset.form;
  const lang = shell.lang;
  const messages = messagesOf(shell);
  const ui = messages.ui;
  const region = shell.querySelector("[data-assessment-result]");
  const tools = shell.querySelector("[data-assessment-tools]");
  const toolsMessage = tools.querySelector("[data-playbook-message]");
  const shareLink = shell.querySelector("[data-share-link]");
  const remember = shell.querySelector('[data-action="remember"]');
  const fallback = shell.querySelector("[data-assessment-fallback]");
  const tab = tabState("assessment");
  const saved = savedDealBreakers(shell);
  const answersTable = shell.querySelector("[data-assessment-answers]");
  const errorSummary = { element: shell.querySelector("[data-error-summary]"), text: ui.summary.errors };
  const steps = bindSteps(shell, form);
  const summary = resultSummary(shell, {
    area: form,
    result: region,
    heading: () => region.querySelector("h2") || region,
  });
  const firstField = () => fieldsOf(form, formId)[0].node.querySelector("input, select, textarea");
  const clients = comparison(shell, {
    ui,
    lang,
    onOpen: openAnswers,
    onChange: () => keep(),
    onEmpty: () => (region.querySelector("[data-compare-add]") || firstField()).focus(),
  });
  // Where the answers in the form come from: the reader, or a share link they have not edited
  // yet; answers from a link are not remembered on this device until the reader edits them.
  let origin = "reader";
  // The copy remembered on this device: "none", "applied", or "refused" (this version cannot
  // read it: it stays as it is until the reader says otherwise), and the answers it may hold.
  let remembered = { status: "none", answers: undefined };
  // The answers last put in place or kept elsewhere (a file, a link): others are unsaved work.
  let pristine = {};
  let sequence = 0;
  let timer = null;

  const answersOf = () => saved.merge(collect(form, formId));
  const unsaved = () => edited(form, formId) && !same(answersOf(), pristine) && !clients.holds(answersOf());

  // The tab keeps everything as the reader goes; the device, when they asked for it.
  function keep() {
    tab.write({ answers: answersOf(), origin, pristine, comparison: clients.state() });
    if (!remember.checked || remembered.status === "refused") return;
    if (origin === "reader") remembered.answers = answersOf();
    storage.set(STORAGE_KEY, { answers: remembered.answers, comparison: clients.state() });
    remembered.status = "applied";
  }

  /** Put answers into the form; refuses (changing nothing) anything the form cannot show. */
  function load(answers, from) {
    if (!apply(form, formId, answers)) return false;
    saved.spread(answers);
    origin = from;
    pristine = answersOf();
    keep();
    steps.refresh();
    schedule(0);
    return true;
  }

  // Replacing the reader's unsaved answers is theirs to decide.
  async function mayReplace(near, incoming, question) {
    if (!unsaved() || same(answersOf(), incoming)) return true;
    const choice = await ask(near, question, [
      { value: "replace", label: ui.ask_replace_answers },
      { value: "", label: ui.ask_keep_answers },
    ]);
    return choice === "replace";
  }

  async function openAnswers(answers, name) {
    if (!(await mayReplace(shell, answers, format(ui.ask_open, { name })))) {
      say(shell.querySelector("[data-compare-message]"), ui.answers_kept);
      return false;
    }
    load(answers, "reader");
    firstField().focus();
    return true;
  }

  function assess() {
    const answers = answersOf();
    const mine = ++sequence;
    call("assess", { answers, lang }).then((response) => {
      // A later change has already been sent: this answer is stale.
      if (mine !== sequence) return;
      const answer = resultOf(response, form, {
        summary: errorSummary,
        clear: () => {
          clearReport(region);
          clearAnswers(answersTable);
          delete shell.dataset.result;
          // When Python could not answer, the status line says why; the summary says nothing.
          summary.set(unanswered(response) ? "" : ui.summary.errors, [], false);
        },
      });
      steps.refresh();
      if (answer === undefined) return;
      const place = keyboardPlace(region);
      // What the form holds when the reader presses the button: the comparison assesses it.
      renderReport(region, messages, answer, answers, (event) => clients.add(answersOf(), event.currentTarget));
      place.restore();
      renderAnswers(answersTable, form, ui.printed);
      // The printed page shows the result and the answers' table instead of the form.
      shell.dataset.result = "";
      showSummary(answer);
    });
  }

  // The verdict and both scores with their bands: in the column or the bar, and said once.
  function showSummary({ report, shown }) {
    const line = (label, value, band) => format(ui.summary.score_line, { label, value, band: band.label });
    const value = (points) => format(ui.score_value, { points, max_points: shown.score_max });
    const scoreCase = line(messages.scores.case, value(shown.case_score), report.case_band);
    const scoreRisk = line(messages.scores.risk, value(shown.risk_score), report.risk_band);
    summary.set(report.verdict_title, [scoreCase, scoreRisk]);
    announce(shell, format(ui.summary.announce, { verdict: report.verdict_title, case: scoreCase, risk: scoreRisk }));
  }

  function schedule(delay = DEBOUNCE_MS) {
    clearTimeout(timer);
    timer = setTimeout(assess, delay);
  }

  bindStatus(shell);
  onStatus(({ stage }) => {
    fallback.hidden = stage !== "failed";
    // A runtime that comes back (a retry, or a worker restarted after a crash) recomputes
    // whatever the reader had already asked for.
    if (stage === "ready" && sequence > 0) schedule(0);
    if (stage === "ready") clients.refresh();
  });

  async function loadFile(input) {
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    const read = await answersFromFile(shell, form, file, ui);
    if (read.refused) say(input, read.refused);
    else if (!(await mayReplace(input, read.answers, format(ui.ask_load, { file: file.name })))) say(input, ui.answers_kept);
    else {
      load(read.answers, "reader");
      say(input, format(ui.loaded, { file: file.name }));
    }
  }

  async function share(button) {
    const address = shareAddress(answersOf());
    // Shown in a field rather than the address bar, which the theme's anchor tracking rewrites.
    shareLink.value = address;
    shareLink.parentElement.hidden = false;
    pristine = answersOf();
    keep();
    say(button, (await copyText(address)) ? ui.share_copied : ui.share_ready);
  }

  function save(button) {
    const answers = answersOf();
    const name = saveAnswers(answers, ui);
    pristine = answers;
    keep();
    say(button, format(ui.saved, { file: name }));
  }

  // Answers from a share link: read once (the address keeps them no longer), then the tab.
  async function openLink(encoded) {
    const answers = answersFromLink(form, encoded);
    if (answers === undefined) say(tools, ui.share_error);
    else if (same(answersOf(), answers)) return;
    else if (!(await mayReplace(tools, answers, ui.ask_link))) say(tools, ui.answers_kept);
    else {
      load(answers, "link");
      say(tools, remember.checked ? ui.share_opened_not_remembered : ui.share_opened);
    }
  }

  // The tab's own state, as Back, a reload or the other language's page left it.
  function restoreTab() {
    const here = tab.read();
    if (!isPlainObject(here) || !isPlainObject(here.answers) || !apply(form, formId, here.answers)) return false;
    saved.spread(here.answers);
    const kept = readComparison(here.comparison);
    if (kept) clients.restore(kept);
    origin = here.origin === "link" ? "link" : "reader";
    pristine = isPlainObject(here.pristine) ? here.pristine : {};
    return true;
  }

  form.addEventListener("input", () => {
    origin = "reader";
    keep();
    schedule();
  });
  form.addEventListener("change", () => {
    origin = "reader";
    keep();
    schedule();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    schedule(0);
  });
  form.addEventListener("focusin", () => warmUp(), { once: true });
  if ("requestIdleCallback" in window) requestIdleCallback(() => warmUp(), { timeout: 5000 });

  shell.addEventListener("click", (event) => {
    const action = event.target.closest && event.target.closest("[data-action]");
    if (!action) return;
    if (action.dataset.action === "print") window.print();
    else if (action.dataset.action === "save") save(action);
    else if (action.dataset.action === "share") share(action);
    else if (action.dataset.action === "forget") {
      storage.remove(STORAGE_KEY);
      remember.checked = false;
      remembered = { status: "none", answers: undefined };
      say(action, ui.forgotten);
    }
  });
  shell.querySelector('[data-action="load"]').addEventListener("change", (event) => loadFile(event.target));
  bindRemember(remember, {
    key: STORAGE_KEY,
    message: remember,
    ui,
    status: () => remembered.status,
    setStatus: (status) => { remembered = { status, answers: status === "none" ? undefined : remembered.answers }; },
    // Ticking the box is the reader's say: answers from a link are remembered from now on.
    onRemember: () => {
      origin = "reader";
      keep();
    },
  });

  // What the reader typed before this module arrived, read before the tab's state is put back.
  const typed = touched(form, formId);
  let restored = restoreTab();
  const kept = storage.get(STORAGE_KEY);
  if (kept !== null) {
    const why = refusalOf(form, kept, ui);
    if (why) {
      remembered = { status: "refused", answers: undefined };
      tellRefusedCopy(toolsMessage, `${ui.refused} ${why}`, { download: ui.refused_download, filename: fileName(ui.refused_filename, "", "json") }, kept);
    } else {
      remember.checked = true;
      remembered = { status: "applied", answers: kept.answers };
      if (!restored) {
        clients.restore(readComparison(kept.comparison ?? kept.clients));
        if (kept.answers !== undefined) load(kept.answers, "reader");
        restored = true;
      }
    }
  }
  if (Object.keys(typed).length && fill(form, formId, typed)) origin = "reader";
  // The page is shown again from the browser's memory: the tab's state may have moved on.
  onShownAgain(() => {
    if (restoreTab()) schedule(0);
  });
  const shared = takeFromAddress("answers");
  if (shared !== null) openLink(shared);
  // A link of the same page opened in this tab changes only the fragment.
  window.addEventListener("hashchange", () => {
    const again = takeFromAddress("answers");
    if (again !== null) openLink(again);
  });
  // What the reader typed before this module arrived, or the browser restored, is assessed
  // and kept in the tab too.
  if (restored || edited(form, formId)) schedule(0);
  tab.write({ answers: answersOf(), origin, pristine, comparison: clients.state() });
  tools.hidden = false;
}

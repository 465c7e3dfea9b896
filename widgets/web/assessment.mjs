// The assessment widget: sends the form's answers to the engine on every change and shows its
// errors beside the fields, or its report; keeps, saves, shares and compares answers. Words
// come from the shell or from Python; data reaches the page through textContent only.
import { clearAnswers, renderAnswers } from "./assessment-answers.mjs";
import { clearReport, renderReport } from "./assessment-report.mjs";
import { comparison } from "./assessment-compare.mjs";
import { slug } from "./dom.mjs";
import { resultOf } from "./errors.mjs";
import { apply, collect, edited } from "./form.mjs";
import { bindSteps } from "./form-steps.mjs";
import { copyText, decodeFragment, downloadText, encodeFragment, fragmentParam, storage } from "./io.mjs";
import { announce, format, messagesOf, say } from "./messages.mjs";
import { resultSummary } from "./result-summary.mjs";
import { call, onStatus, warmUp } from "./runtime.mjs";
import { savedDealBreakers } from "./saved-deal-breakers.mjs";
import { bindStatus } from "./status.mjs";

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
  const shareLink = shell.querySelector("[data-share-link]");
  const remember = shell.querySelector('[data-action="remember"]');
  const fallback = shell.querySelector("[data-assessment-fallback]");
  const saved = savedDealBreakers(shell);
  const answersTable = shell.querySelector("[data-assessment-answers]");
  const errorSummary = { element: shell.querySelector("[data-error-summary]"), text: ui.summary.errors };
  const steps = bindSteps(shell, form);
  const summary = resultSummary(shell, {
    area: form,
    result: region,
    heading: () => region.querySelector("h2") || region,
  });
  const clients = comparison(shell, ui, { onOpen: (answers) => load(answers), onChange: () => persist() });
  let sequence = 0;
  let timer = null;

  const answersOf = () => saved.merge(collect(form, formId));

  /** Put answers into the form; refuses (changing nothing) anything the form cannot show. */
  function load(answers) {
    if (!apply(form, formId, answers)) return false;
    saved.spread(answers);
    steps.refresh();
    schedule(0);
    return true;
  }

  function persist() {
    if (remember.checked) storage.set(STORAGE_KEY, { answers: answersOf(), clients: clients.list() });
  }

  function assess() {
    const answers = answersOf();
    const mine = ++sequence;
    call("assess", { answers, lang }).then((response) => {
      // A later change has already been sent: this answer is stale.
      if (mine !== sequence) return;
      const answer = resultOf(response, form, errorSummary);
      steps.refresh();
      if (answer === undefined) {
        if (response.errors.every((error) => error.code !== "runtime")) {
          clearReport(region);
          clearAnswers(answersTable);
          delete shell.dataset.result;
          summary.set(ui.summary.errors, [], false);
        }
        return;
      }
      const name = answer.report.client_name || messages.client_fallback;
      const place = focusedIn(region);
      renderReport(region, messages, answer, answers, () => clients.add(name, answer, answers));
      place.restore();
      renderAnswers(answersTable, form, ui.printed);
      // The printed page shows the result and the answers' table instead of the form.
      shell.dataset.result = "";
      showSummary(answer);
      persist();
    });
  }

  // A keyboard reader inside the report keeps their place when it is written anew: the
  // control at the same rank among its links and buttons takes the focus back.
  function focusedIn(container) {
    const controls = () => [...container.querySelectorAll("a[href], button")];
    const rank = container.contains(document.activeElement) ? controls().indexOf(document.activeElement) : -1;
    return {
      restore() {
        if (rank >= 0 && !container.contains(document.activeElement)) controls()[rank]?.focus({ preventScroll: true });
      },
    };
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
  });

  async function loadFile(input) {
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    let answers;
    try {
      answers = JSON.parse(await file.text());
    } catch {
      answers = undefined;
    }
    say(input, format(load(answers) ? ui.loaded : ui.load_error, { file: file.name }));
  }

  async function share(button) {
    const url = new URL(location.href);
    url.hash = `answers=${encodeFragment(answersOf())}`;
    // Shown in a field rather than the address bar, which the theme's anchor tracking rewrites.
    shareLink.value = url.href;
    shareLink.parentElement.hidden = false;
    say(button, (await copyText(url.href)) ? ui.share_copied : ui.share_ready);
  }

  function save() {
    const answers = answersOf();
    const name = slug(answers.client_name || "") || "assessment";
    downloadText(`${name}.json`, `${JSON.stringify(answers, null, 2)}\n`, "application/json");
  }

  form.addEventListener("input", () => schedule());
  form.addEventListener("change", () => schedule());
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
    else if (action.dataset.action === "save") save();
    else if (action.dataset.action === "share") share(action);
    else if (action.dataset.action === "forget") {
      storage.remove(STORAGE_KEY);
      remember.checked = false;
      say(action, ui.forgotten);
    }
  });
  shell.querySelector('[data-action="load"]').addEventListener("change", (event) => loadFile(event.target));
  remember.addEventListener("change", () => {
    if (remember.checked) persist();
    else storage.remove(STORAGE_KEY);
  });

  const stored = storage.get(STORAGE_KEY);
  if (stored && typeof stored === "object" && !Array.isArray(stored)) {
    remember.checked = true;
    clients.restore(stored.clients);
    load(stored.answers);
  }
  const shared = fragmentParam("answers");
  if (shared !== null) {
    let answers;
    try {
      answers = decodeFragment(shared);
    } catch {
      answers = undefined;
    }
    if (!load(answers)) say(tools, ui.share_error);
  }
  // What the reader typed before this module arrived, or the browser restored, is assessed too.
  if (edited(form, formId)) schedule(0);
  tools.hidden = false;
}

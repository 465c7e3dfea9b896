// The assessment widget: sends the form's answers to the engine on every change and shows
// its errors beside the fields, or its report. Words come from the shell (built in the page's
// language) or from Python; data reaches the page through textContent only.
import { call, onStatus, warmUp } from "./runtime.mjs";
import { bindStatus } from "./status.mjs";
import {
  copyText,
  decodeFragment,
  downloadText,
  encodeFragment,
  fragmentParam,
  readFile,
  storage,
} from "./io.mjs";

const STORAGE_KEY = "assessment";
const DEAL_BREAKERS_KEY = "deal-breakers";
const DEAL_BREAKERS_FORMAT = "client-exit-playbook/deal-breakers";
// Long enough to skip the keystrokes of one word, short enough to feel live.
const DEBOUNCE_MS = 150;
const NUMERIC_KINDS = new Set(["int", "amount", "hours", "percent"]);

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (match, key) => (key in values ? String(values[key]) : match));
}

function element(tag, attributes = {}, text = null) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== null) node.textContent = text;
  return node;
}

function stepLink(step) {
  return element("a", { href: `../${step.page}/#${step.anchor}`, class: "playbook-step-link" }, step.label);
}

function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Bind one assessment shell. */
export function mount(shell) {
  const form = shell.querySelector("form");
  const lang = shell.lang || document.documentElement.lang || "fr";
  const messages = JSON.parse(shell.dataset.messages);
  const ui = messages.ui;
  const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const resultRegion = shell.querySelector("[data-assessment-result]");
  const generalError = shell.querySelector("[data-general-error]");
  const tools = shell.querySelector("[data-assessment-tools]");
  const toolsMessage = shell.querySelector("[data-tools-message]");
  const shareLink = shell.querySelector("[data-share-link]");
  const remember = shell.querySelector('[data-action="remember"]');
  const fallback = shell.querySelector("[data-assessment-fallback]");
  const compare = shell.querySelector("[data-assessment-compare]");
  const compareRows = shell.querySelector("[data-compare-rows]");
  const savedDealBreakers = shell.querySelector("[data-saved-deal-breakers]");
  const fields = [...form.querySelectorAll("[data-field]")].map((node) => ({
    id: node.dataset.field,
    kind: node.dataset.kind,
    node,
  }));
  const fieldsById = new Map(fields.map((field) => [field.id, field]));

  let sequence = 0;
  let timer = null;
  let clients = [];

  bindStatus(shell);
  onStatus(({ stage }) => {
    fallback.hidden = stage !== "failed";
    // A runtime that comes back (a retry, or a worker restarted after a crash) recomputes
    // whatever the reader had already asked for.
    if (stage === "ready" && sequence > 0) schedule(0);
  });

  function say(text) {
    toolsMessage.textContent = text;
  }

  // --- Answers: from the form, and back into it -------------------------------------------

  function savedDealBreakerBoxes() {
    return [...savedDealBreakers.querySelectorAll('input[type="checkbox"]')];
  }

  function collect() {
    const answers = {};
    for (const { id, kind, node } of fields) {
      if (kind === "frequency" || kind === "choice") {
        const checked = node.querySelector(`input[name="${id}"]:checked`);
        if (checked) answers[id] = checked.value;
      } else if (kind === "bool") {
        answers[id] = node.querySelector("input").checked;
      } else if (kind === "text_list") {
        const ticked = savedDealBreakerBoxes().filter((box) => box.checked).map((box) => box.value);
        const typed = node.querySelector("textarea").value.split("\n").map((line) => line.trim()).filter(Boolean);
        if (ticked.length || typed.length) answers[id] = [...ticked, ...typed];
      } else {
        const value = node.querySelector("input").value;
        // Numbers go as typed: the engine reads "1 200,50" and reports "abc" in the page's language.
        if (value.trim() !== "") answers[id] = value;
      }
    }
    return answers;
  }

  function fits(field, value) {
    const { kind, node } = field;
    if (kind === "frequency" || kind === "choice") {
      return [...node.querySelectorAll("input[type=radio]")].some((radio) => radio.value === value);
    }
    if (kind === "bool") return typeof value === "boolean";
    if (kind === "text") return typeof value === "string";
    if (kind === "text_list") return Array.isArray(value) && value.every((item) => typeof item === "string");
    if (NUMERIC_KINDS.has(kind)) return typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
    return false;
  }

  /** Put answers into the form; refuses (changing nothing) anything the form cannot show. */
  function apply(answers) {
    if (!isPlainObject(answers)) return false;
    for (const [id, value] of Object.entries(answers)) {
      const field = fieldsById.get(id);
      if (!field || !fits(field, value)) return false;
    }
    for (const field of fields) {
      const { id, kind, node } = field;
      const value = answers[id];
      if (kind === "frequency" || kind === "choice") {
        for (const radio of node.querySelectorAll("input[type=radio]")) {
          radio.checked = value === undefined ? radio.defaultChecked : radio.value === value;
        }
      } else if (kind === "bool") {
        node.querySelector("input").checked = value === true;
      } else if (kind === "text_list") {
        const rest = [];
        const boxes = savedDealBreakerBoxes();
        for (const box of boxes) box.checked = false;
        for (const item of value || []) {
          const box = boxes.find((candidate) => candidate.value === item);
          if (box) box.checked = true;
          else rest.push(item);
        }
        node.querySelector("textarea").value = rest.join("\n");
      } else {
        node.querySelector("input").value = value === undefined ? "" : String(value);
      }
    }
    schedule(0);
    return true;
  }

  // --- Errors and report -------------------------------------------------------------------

  function clearErrors() {
    generalError.textContent = "";
    for (const slot of form.querySelectorAll(".playbook-error")) slot.textContent = "";
    for (const control of form.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
  }

  function showErrors(errors) {
    clearErrors();
    for (const error of errors) {
      const field = error.field && fieldsById.get(error.field);
      const slot = field ? field.node.querySelector(".playbook-error") : generalError;
      slot.textContent = slot.textContent ? `${slot.textContent} ${error.message}` : error.message;
      if (field) {
        for (const control of field.node.querySelectorAll("input, textarea")) control.setAttribute("aria-invalid", "true");
      }
    }
  }

  function score(points, maxPoints) {
    return fill(ui.score_value, { points: numbers.format(points), max_points: numbers.format(maxPoints) });
  }

  function meterRow(id, label, points, maxPoints) {
    const row = element("div", { class: "playbook-meter" });
    row.append(
      element("label", { for: id }, label),
      element("meter", { id, min: 0, max: maxPoints, value: points }),
      element("span", { class: "playbook-meter__value" }, score(points, maxPoints)),
    );
    return row;
  }

  // The band's words beside a score: they read as a guide, the number as a detail.
  function withBand(row, band) {
    row.querySelector(".playbook-meter__value").append(" ", element("span", { class: "playbook-band", "data-band": band.id }, band.label));
    return row;
  }

  // The few single changes to the answers that would give another verdict, under the verdict.
  function changesSection(changes) {
    const section = element("div", { class: "playbook-result__part playbook-changes", "data-what-would-change": "" });
    const list = element("ul");
    for (const change of changes) list.append(element("li", { "data-verdict": change.verdict }, change.text));
    section.append(element("h3", {}, ui.what_would_change), list);
    return section;
  }

  function listSection(title, items, tag) {
    const section = element("div", { class: "playbook-result__part" });
    const list = element(tag);
    for (const item of items) {
      const entry = element("li", {}, item.text);
      entry.append(" ", stepLink(item.step));
      list.append(entry);
    }
    section.append(element("h3", {}, title), list);
    return section;
  }

  function renderReport(report, answers) {
    const parts = [];
    parts.push(element("h2", { id: "assessment-verdict" }, report.verdict_title));
    parts.push(element("p", { class: "playbook-verdict-text" }, report.verdict_text));
    if (report.what_would_change.length) parts.push(changesSection(report.what_would_change));
    const scores = element("div", { class: "playbook-scores" });
    scores.append(
      withBand(meterRow("assessment-score-case", messages.scores.case, report.case_score, 100), report.case_band),
      withBand(meterRow("assessment-score-risk", messages.scores.risk, report.risk_score, 100), report.risk_band),
    );
    parts.push(scores);
    for (const kind of ["case", "risk"]) {
      const part = element("div", { class: "playbook-result__part" });
      const list = element("ul", { class: "playbook-contributions" });
      for (const item of report.contributions.filter((entry) => entry.kind === kind)) {
        const entry = element("li");
        entry.append(meterRow(`assessment-criterion-${item.id}`, item.label, item.points, item.max_points), stepLink(item.step));
        list.append(entry);
      }
      part.append(element("h3", {}, ui[`${kind}_contributions`]), list);
      parts.push(part);
    }
    const money = element("div", { class: "playbook-result__part" });
    money.append(element("h3", {}, ui.money), element("p", {}, report.money.text));
    parts.push(money);
    if (report.flags.length) parts.push(listSection(ui.flags, report.flags, "ul"));
    if (report.next_steps.length) parts.push(listSection(ui.next_steps, report.next_steps, "ol"));
    const actions = element("p", { class: "playbook-actions playbook-no-print" });
    const prepare = element("a", { class: "md-button md-button--primary", href: `../script/#assessment=${encodeFragment(answers)}` }, ui.prepare);
    const add = element("button", { type: "button", class: "md-button" }, ui.compare_add);
    add.addEventListener("click", () => addClient(report, answers));
    actions.append(prepare, " ", add);
    parts.push(actions);
    resultRegion.dataset.verdict = report.verdict;
    resultRegion.replaceChildren(...parts);
  }

  function assess() {
    const answers = collect();
    const mine = ++sequence;
    call("assess", { answers, lang }).then(
      (response) => {
        // A later change has already been sent: this answer is stale.
        if (mine !== sequence || !response.ok) return;
        const { errors, report } = response.result;
        if (errors.length) {
          showErrors(errors);
          delete resultRegion.dataset.verdict;
          resultRegion.replaceChildren();
          return;
        }
        clearErrors();
        renderReport(report, answers);
        persist();
      },
      // The runtime failed: the status line and the printable fallback tell the reader.
      () => {},
    );
  }

  function schedule(delay = DEBOUNCE_MS) {
    clearTimeout(timer);
    timer = setTimeout(assess, delay);
  }

  // --- Compared clients ----------------------------------------------------------------------

  function addClient(report, answers) {
    const name = report.client_name || messages.client_fallback;
    clients = clients.filter((client) => client.name !== name);
    clients.push({ name, verdict: report.verdict_title, case: report.case_score, risk: report.risk_score, answers });
    renderClients();
    persist();
  }

  function renderClients() {
    compare.hidden = clients.length === 0;
    compareRows.replaceChildren(
      ...clients.map((client, index) => {
        const row = element("tr");
        const open = element("button", { type: "button", class: "md-button" }, ui.compare_open);
        open.addEventListener("click", () => apply(client.answers));
        const remove = element("button", { type: "button", class: "md-button" }, ui.compare_remove);
        remove.addEventListener("click", () => {
          clients.splice(index, 1);
          renderClients();
          persist();
        });
        const actions = element("td");
        actions.append(open, " ", remove);
        row.append(
          element("th", { scope: "row" }, client.name),
          element("td", {}, client.verdict),
          element("td", {}, numbers.format(client.case)),
          element("td", {}, numbers.format(client.risk)),
          actions,
        );
        return row;
      }),
    );
  }

  // --- Remembering, saving, sharing --------------------------------------------------------

  function persist() {
    if (remember.checked) storage.set(STORAGE_KEY, { answers: collect(), clients });
  }

  function restoreRemembered() {
    const stored = storage.get(STORAGE_KEY);
    if (!isPlainObject(stored)) return false;
    remember.checked = true;
    if (Array.isArray(stored.clients)) {
      clients = stored.clients.filter((client) => isPlainObject(client) && typeof client.name === "string");
      renderClients();
    }
    return apply(stored.answers);
  }

  function showSavedDealBreakers() {
    const saved = storage.get(DEAL_BREAKERS_KEY);
    if (!isPlainObject(saved) || saved.format !== DEAL_BREAKERS_FORMAT || saved.version !== 1 || !Array.isArray(saved.items)) return;
    saved.items.forEach((item, index) => {
      const value = isPlainObject(item) ? item.id || item.text : null;
      if (typeof value !== "string" || !value) return;
      const id = `assessment-deal-breaker-${index}`;
      const label = item.id ? messages.deal_breakers[item.id] || item.id : item.text;
      const row = element("span", { class: "playbook-choice" });
      row.append(element("input", { type: "checkbox", id, value }), " ", element("label", { for: id }, label));
      savedDealBreakers.append(row);
    });
    savedDealBreakers.hidden = savedDealBreakers.querySelectorAll("input").length === 0;
  }

  async function load(input) {
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    let answers;
    try {
      answers = JSON.parse(await readFile(file));
    } catch {
      answers = undefined;
    }
    say(fill(apply(answers) ? ui.loaded : ui.load_error, { file: file.name }));
  }

  async function share() {
    const url = new URL(location.href);
    url.hash = `answers=${encodeFragment(collect())}`;
    // Shown in a field rather than the address bar, which the theme's anchor tracking rewrites.
    shareLink.value = url.href;
    shareLink.parentElement.hidden = false;
    say((await copyText(url.href)) ? ui.share_copied : ui.share_ready);
  }

  function save() {
    const name = (collect().client_name || "").normalize("NFKD").replace(/[^\w-]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase();
    downloadText(`${name || "assessment"}.json`, `${JSON.stringify(collect(), null, 2)}\n`, "application/json");
  }

  // --- Wiring ------------------------------------------------------------------------------

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
    else if (action.dataset.action === "share") share();
    else if (action.dataset.action === "forget") {
      storage.remove(STORAGE_KEY);
      remember.checked = false;
      say(ui.forgotten);
    }
  });
  shell.querySelector('[data-action="load"]').addEventListener("change", (event) => load(event.target));
  remember.addEventListener("change", () => {
    if (remember.checked) persist();
    else storage.remove(STORAGE_KEY);
  });

  showSavedDealBreakers();
  restoreRemembered();
  const shared = fragmentParam("answers");
  if (shared !== null) {
    let answers;
    try {
      answers = decodeFragment(shared);
    } catch {
      answers = undefined;
    }
    if (!apply(answers)) say(ui.share_error);
  }
  tools.hidden = false;
}

// The assessment's report on the page: verdict, what would change it, scores with their bands,
// warnings and next steps, then each criterion's contribution with its step of the playbook,
// and money.
// Every word and figure comes from the engine (the report and its "shown" figures) or from the
// shell's messages.
import { element } from "./dom.mjs";
import { encodeFragment } from "./io.mjs";
import { format } from "./messages.mjs";

function stepLink(step) {
  return element("a", { href: `../${step.page}/#${step.anchor}`, class: "playbook-step-link" }, step.label);
}

function meterRow(ui, id, label, value, max, shown) {
  return element(
    "div",
    { class: "playbook-meter" },
    element("label", { for: id }, label),
    element("meter", { id, min: 0, max, value }),
    element("span", { class: "playbook-meter__value" }, format(ui.score_value, shown)),
  );
}

// The band's words beside a score: they read as a guide, the number as a detail.
function withBand(row, band) {
  row.querySelector(".playbook-meter__value").append(" ", element("span", { class: "playbook-band", "data-band": band.id }, band.label));
  return row;
}

// The few single changes to the answers that would give another verdict, under the verdict.
function changesPart(ui, changes) {
  const list = element("ul", {}, ...changes.map((change) => element("li", { "data-verdict": change.verdict }, change.text)));
  return element("div", { class: "playbook-result__part playbook-changes", "data-what-would-change": "" }, element("h3", {}, ui.what_would_change), list);
}

function listPart(title, items, tag) {
  const list = element(tag, {}, ...items.map((item) => element("li", {}, item.text, " ", stepLink(item.step))));
  return element("div", { class: "playbook-result__part" }, element("h3", {}, title), list);
}

// An internal copy adds, last, who to ask inside the organisation (organisation.yml).
function nextSteps(messages, steps) {
  const contact = messages.organisation_contact;
  if (!steps.length && !contact) return null;
  const part = listPart(messages.ui.next_steps, steps, "ol");
  if (contact) part.querySelector("ol").append(element("li", { "data-organisation-contact": "" }, contact));
  return part;
}

function contributions(ui, report, shown, kind) {
  const items = report.contributions.filter((entry) => entry.kind === kind).map((item) => {
    const figures = shown.contributions[item.id];
    const meter = meterRow(ui, `assessment-criterion-${item.id}`, item.label, item.points, item.max_points, figures);
    return element("li", {}, meter, stepLink(item.step));
  });
  const list = element("ul", { class: "playbook-contributions" }, ...items);
  return element("div", { class: "playbook-result__part" }, element("h3", {}, ui[`${kind}_contributions`]), list);
}

/** Write the report into `region`; `onCompare` adds the client to the comparison. */
export function renderReport(region, messages, { report, shown }, answers, onCompare) {
  const ui = messages.ui;
  const scores = element(
    "div",
    { class: "playbook-scores" },
    withBand(meterRow(ui, "assessment-score-case", messages.scores.case, report.case_score, 100,
      { points: shown.case_score, max_points: shown.score_max }), report.case_band),
    withBand(meterRow(ui, "assessment-score-risk", messages.scores.risk, report.risk_score, 100,
      { points: shown.risk_score, max_points: shown.score_max }), report.risk_band),
  );
  const money = element("div", { class: "playbook-result__part" }, element("h3", {}, ui.money), element("p", {}, report.money.text));
  const prepare = element("a", { class: "md-button md-button--primary", href: `../script/#assessment=${encodeFragment(answers)}` }, ui.prepare);
  const add = element("button", { type: "button", class: "md-button", "data-compare-add": "" }, ui.compare_add);
  add.addEventListener("click", onCompare);
  region.dataset.verdict = report.verdict;
  // What the reader acts on first (the verdict, the scores, the warnings, the next steps),
  // then how the scores were made: the order of the page and of the printed first sheet. The
  // heading takes focus when the reader jumps here from the summary.
  const parts = [
    element("h2", { id: "assessment-verdict", tabindex: "-1" }, report.verdict_title),
    element("p", { class: "playbook-verdict-text" }, report.verdict_text),
    report.what_would_change.length ? changesPart(ui, report.what_would_change) : null,
    scores,
    report.flags.length ? listPart(ui.flags, report.flags, "ul") : null,
    nextSteps(messages, report.next_steps),
    element("p", { class: "playbook-actions playbook-no-print" }, prepare, " ", add),
    contributions(ui, report, shown, "case"),
    contributions(ui, report, shown, "risk"),
    money,
  ];
  region.replaceChildren(...parts.filter(Boolean));
}

/** Empty the report: the answers do not hold. */
export function clearReport(region) {
  delete region.dataset.verdict;
  region.replaceChildren();
}

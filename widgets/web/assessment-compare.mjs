// Clients assessed in this tab (and on this device, when the reader asks), side by side: each
// record is an id, a number and the answers, never words of a page, so the verdicts and scores
// are computed again by the engine in the language of the page that shows them.
import { element, isPlainObject, same } from "./dom.mjs";
import { ask, format, say } from "./messages.mjs";
import { call } from "./runtime.mjs";

// A record kept by an earlier version of the page: a name, words of its page, and answers.
const isOldRecord = (item) => isPlainObject(item) && typeof item.name === "string" && isPlainObject(item.answers);
const isRecord = (item) => isPlainObject(item) && typeof item.id === "string"
  && Number.isInteger(item.number) && item.number > 0 && isPlainObject(item.answers);

/** The comparison's records from what was kept: {records, next}, or null when it does not hold. */
export function readComparison(kept) {
  if (kept === undefined || kept === null) return { records: [], next: 1 };
  // An earlier version kept a list of rows; their answers are all that is needed.
  if (Array.isArray(kept) && kept.every(isOldRecord)) {
    const records = kept.map((item, index) => ({ id: `client-${index + 1}`, number: index + 1, answers: item.answers }));
    return { records, next: records.length + 1 };
  }
  if (!isPlainObject(kept) || !Array.isArray(kept.records) || !kept.records.every(isRecord)) return null;
  const next = Math.max(Number.isInteger(kept.next) ? kept.next : 1, ...kept.records.map((item) => item.number + 1));
  return { records: kept.records, next };
}

/**
 * The comparison table of a shell. `onOpen(answers)` puts a client's answers in the form (it
 * resolves false when the reader keeps theirs), `onChange()` follows every change, and
 * `onEmpty()` gives the focus somewhere once the last row is removed.
 */
export function comparison(shell, { ui, lang, onOpen, onChange, onEmpty }) {
  const section = shell.querySelector("[data-assessment-compare]");
  const rows = shell.querySelector("[data-compare-rows]");
  const message = shell.querySelector("[data-compare-message]");
  // The column headings, which also label each cell when the table is stacked on a phone.
  const headings = [...section.querySelectorAll("thead th")].map((cell) => cell.textContent.trim());
  const computed = new Map();
  let records = [];
  let next = 1;

  const nameOf = (record) => (typeof record.answers.client_name === "string" && record.answers.client_name.trim())
    || format(ui.compare_unnamed, { number: record.number });

  // The engine's verdict and scores for a record, in the page's language, computed once.
  function assessed(record) {
    const key = JSON.stringify(record.answers);
    if (!computed.has(key)) computed.set(key, call("assess", { answers: record.answers, lang }));
    return computed.get(key);
  }

  function row(record, index) {
    const name = nameOf(record);
    const cells = [1, 2, 3].map((column) => element("td", { role: "cell", "data-label": headings[column] }, "…"));
    const open = element("button", { type: "button", class: "md-button", "data-compare-open": "", "aria-label": format(ui.compare_open_client, { name }) }, ui.compare_open);
    open.addEventListener("click", () => openRecord(record));
    const remove = element("button", { type: "button", class: "md-button", "data-compare-remove": "", "aria-label": format(ui.compare_remove_client, { name }) }, ui.compare_remove);
    remove.addEventListener("click", () => removeAt(index));
    assessed(record).then((response) => {
      if (!response.ok) {
        const runtime = response.errors.some((error) => error.code === "runtime");
        // Python was not there to answer: asked again once it is (refresh).
        if (runtime) computed.delete(JSON.stringify(record.answers));
        else cells[0].textContent = ui.compare_unreadable;
        return;
      }
      const { report, shown } = response.result;
      cells[0].textContent = report.verdict_title;
      cells[0].dataset.verdict = report.verdict;
      cells[1].textContent = shown.case_score;
      cells[2].textContent = shown.risk_score;
    });
    return element(
      "tr",
      { role: "row", "data-client": record.id },
      element("th", { scope: "row", role: "rowheader", "data-label": headings[0] }, name),
      ...cells,
      element("td", { role: "cell", class: "playbook-compare__actions" }, open, " ", remove),
    );
  }

  function render() {
    section.hidden = records.length === 0;
    rows.replaceChildren(...records.map(row));
  }

  function changed() {
    render();
    onChange();
  }

  async function openRecord(record) {
    if (!(await onOpen(record.answers, nameOf(record)))) return;
    say(message, format(ui.compare_opened, { name: nameOf(record) }));
  }

  function removeAt(index) {
    const [gone] = records.splice(index, 1);
    changed();
    say(message, format(ui.compare_removed, { name: nameOf(gone), count: records.length }));
    // The focus stays in the table: on the row that took this one's place, or the one above.
    const buttons = rows.querySelectorAll("[data-compare-remove]");
    const target = buttons[Math.min(index, buttons.length - 1)];
    if (target) target.focus();
    else onEmpty();
  }

  return {
    /** Add the answers as a client; asks before replacing a client of the same name. */
    async add(answers, near) {
      const held = records.find((record) => same(record.answers, answers));
      if (held) {
        say(message, format(ui.compare_already, { name: nameOf(held) }));
        return;
      }
      const name = typeof answers.client_name === "string" ? answers.client_name.trim() : "";
      const namesake = name && records.find((record) => nameOf(record).toLowerCase() === name.toLowerCase());
      if (namesake) {
        const choice = await ask(near, format(ui.ask_namesake, { name }), [
          { value: "replace", label: ui.ask_replace },
          { value: "add", label: ui.ask_add_another },
          { value: "", label: ui.ask_cancel },
        ]);
        if (choice === "replace") {
          namesake.answers = answers;
          changed();
          say(message, format(ui.compare_replaced, { name }));
          return;
        }
        if (choice !== "add") {
          say(message, ui.compare_unchanged);
          return;
        }
      }
      const record = { id: `client-${next}`, number: next, answers };
      next += 1;
      records.push(record);
      changed();
      say(message, format(ui.compare_added, { name: nameOf(record), count: records.length }));
    },
    /** Show the records of a kept comparison ({records, next}, as readComparison gives). */
    restore(kept) {
      records = kept.records.map((record) => ({ ...record }));
      next = kept.next;
      render();
    },
    /** Compute the rows again (once Python is back after a failure, say). */
    refresh: () => render(),
    state: () => ({ records: records.map((record) => ({ ...record })), next }),
    holds: (answers) => records.some((record) => same(record.answers, answers)),
  };
}

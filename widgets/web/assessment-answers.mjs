// The answers as the printed assessment shows them after its result: a compact table, one row
// per question in the form's order under its fieldset's legend, each answer in words. It is
// read from the form itself, so it says what the reader sees there.
import { element } from "./dom.mjs";
import { fieldsOf } from "./form.mjs";

// A field's own label: its label, or the legend of its set of choices.
const labelOf = (node) => node.querySelector(":scope > label, :scope > fieldset > legend").textContent;
const ticked = (node) => [...node.querySelectorAll("input[type=checkbox]:checked")]
  .map((box) => node.querySelector(`label[for="${box.id}"]`)?.textContent ?? box.value);

// One field's answer in words; `words` has yes, no and not_given.
function answerOf({ kind, node }, words) {
  if (kind === "choice") {
    const select = node.querySelector("select");
    const radio = node.querySelector("input[type=radio]:checked");
    if (select) return select.selectedOptions[0]?.textContent ?? words.not_given;
    return radio ? node.querySelector(`label[for="${radio.id}"]`).textContent : words.not_given;
  }
  if (kind === "bool") return node.querySelector("input[type=checkbox]").checked ? words.yes : words.no;
  if (kind === "flags" || kind === "ids") return ticked(node).join(", ") || words.not_given;
  if (kind === "text_list") {
    const lines = node.querySelector("textarea").value.split("\n").map((line) => line.trim()).filter(Boolean);
    return [...ticked(node), ...lines].join("; ") || words.not_given;
  }
  const value = node.querySelector("input, textarea, select")?.value.trim();
  return value || words.not_given;
}

/** Fill the table of `section` with the answers of `form`. */
export function renderAnswers(section, form, words) {
  const formId = form.dataset.form;
  const rows = [];
  for (const fieldset of form.querySelectorAll(".playbook-group")) {
    rows.push(element("tr", { class: "playbook-answers__group" },
      element("th", { colspan: 2, scope: "colgroup" }, fieldset.querySelector("legend").textContent)));
    for (const field of fieldsOf(fieldset, formId)) {
      rows.push(element("tr", {}, element("th", { scope: "row" }, labelOf(field.node)), element("td", {}, answerOf(field, words))));
    }
  }
  section.querySelector("[data-answers-rows]").replaceChildren(...rows);
  section.hidden = false;
}

/** Empty the table: there is no result to print it under. */
export function clearAnswers(section) {
  section.querySelector("[data-answers-rows]").replaceChildren();
  section.hidden = true;
}

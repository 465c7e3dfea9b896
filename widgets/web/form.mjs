// Reading and filling a form rendered from its table (macros/templates/fields.html). Every field
// is a [data-form][data-field][data-kind] element, and its kind says how to read and fill it:
// the module knows kinds, never a tool's fields.
import { isPlainObject, same } from "./dom.mjs";

/** The fields of form `formId` inside `scope`, in form order. */
export function fieldsOf(scope, formId) {
  return [...scope.querySelectorAll(`[data-form="${formId}"][data-field]`)].map((node) => ({
    id: node.dataset.field,
    kind: node.dataset.kind,
    node,
  }));
}

// The part a control stands for: "files" in "handover.files", "name" in "replacements[0].name".
const partOf = (control) => control.name.split(".").pop();
const boxes = (node) => [...node.querySelectorAll("input[type=checkbox]")];
// The one control of a field of text; boxes a page offers beside it (saved items) are not it.
const control = (node) => node.querySelector("select, textarea, input:not([type=checkbox], [type=radio])");

// What a control shows: as it is now, or as the page wrote it (the field's default).
const checked = (box, initial) => (initial ? box.defaultChecked : box.checked);
const valueOf = (input, initial) => (initial ? input.defaultValue : input.value);

// A field's value as the engine reads it; undefined leaves it out (its default). With
// `initial`, the value the page wrote before the reader or a script changed anything.
function read({ kind, node }, initial = false) {
  if (kind === "choice") {
    const options = [...node.querySelectorAll("option")];
    const chosen = options.length
      ? options.find((option) => (initial ? option.defaultSelected : option.selected)) || options[0]
      : [...node.querySelectorAll("input[type=radio]")].find((radio) => checked(radio, initial));
    return chosen ? chosen.value : undefined;
  }
  if (kind === "bool") return checked(boxes(node)[0], initial);
  if (kind === "flags") return Object.fromEntries(boxes(node).map((box) => [partOf(box), checked(box, initial)]));
  let items;
  if (kind === "ids") items = boxes(node).filter((box) => checked(box, initial)).map((box) => box.value);
  else if (kind === "records") {
    items = [...node.querySelectorAll("[data-row]")]
      .map((row) => Object.fromEntries([...row.querySelectorAll("input")].map((input) => [partOf(input), valueOf(input, initial)])))
      .filter((record) => Object.values(record).some((value) => value.trim()));
  } else if (kind === "text_list") {
    items = valueOf(control(node), initial).split("\n").map((line) => line.trim()).filter(Boolean);
  } else {
    // Numbers go as typed: the engine reads "1 200,50" and words what it refuses.
    const value = valueOf(control(node), initial);
    return value.trim() === "" ? undefined : value;
  }
  return items.length ? items : undefined;
}

/** The form's values, by field id, as the engine's parser takes them. */
export function collect(scope, formId) {
  const values = {};
  for (const field of fieldsOf(scope, formId)) {
    const value = read(field);
    if (value !== undefined) values[field.id] = value;
  }
  return values;
}

const isText = (value) => typeof value === "string";
const texts = (value) => Array.isArray(value) && value.every(isText);

// Whether the field can show `value` as it is (undefined being its default).
function fits({ kind, node }, value) {
  if (value === undefined) return true;
  if (kind === "choice") {
    return [...node.querySelectorAll("option, input[type=radio]")].some((choice) => choice.value === value);
  }
  if (kind === "bool") return typeof value === "boolean";
  if (kind === "flags") return isPlainObject(value) && Object.values(value).every((item) => typeof item === "boolean");
  if (kind === "records") return Array.isArray(value) && value.every((item) => isPlainObject(item) && Object.values(item).every(isText));
  if (kind === "ids" || kind === "text_list") return texts(value);
  return isText(value) || (typeof value === "number" && Number.isFinite(value));
}

// Show `value` in one field; undefined puts back the field's default.
function write({ kind, node }, value) {
  if (kind === "choice") {
    for (const choice of node.querySelectorAll("option")) choice.selected = value === undefined ? choice.defaultSelected : choice.value === value;
    for (const radio of node.querySelectorAll("input[type=radio]")) radio.checked = value === undefined ? radio.defaultChecked : radio.value === value;
  } else if (kind === "bool") {
    boxes(node)[0].checked = value === undefined ? boxes(node)[0].defaultChecked : value;
  } else if (kind === "flags") {
    for (const box of boxes(node)) box.checked = value === undefined ? box.defaultChecked : value[partOf(box)] === true;
  } else if (kind === "ids") {
    for (const box of boxes(node)) box.checked = (value || []).includes(box.value);
  } else if (kind === "records") {
    [...node.querySelectorAll("[data-row]")].forEach((row, index) => {
      for (const input of row.querySelectorAll("input")) input.value = (value || [])[index]?.[partOf(input)] ?? "";
    });
  } else if (kind === "text_list") {
    control(node).value = (value || []).join("\n");
  } else {
    control(node).value = value === undefined ? control(node).defaultValue : String(value);
  }
}

/**
 * Why the form cannot show `values` as they are: {field} for a field it does not have,
 * {field, label} for a value its field does not take, {field: ""} when `values` is not a
 * record of fields at all; null when it can.
 */
export function misfit(scope, formId, values) {
  if (!isPlainObject(values)) return { field: "" };
  const byId = new Map(fieldsOf(scope, formId).map((field) => [field.id, field]));
  for (const [id, value] of Object.entries(values)) {
    if (!byId.has(id)) return { field: id };
    if (!fits(byId.get(id), value)) return { field: id, label: labelOf(scope, formId, id) };
  }
  return null;
}

/** Whether the form can show `values` as they are: known fields, each with a value it takes. */
export function canApply(scope, formId, values) {
  return misfit(scope, formId, values) === null;
}

/** Put `values` into the form, defaults elsewhere; refuses (changing nothing) what it cannot show. */
export function apply(scope, formId, values) {
  if (!canApply(scope, formId, values)) return false;
  for (const field of fieldsOf(scope, formId)) write(field, values[field.id]);
  return true;
}

/** Put `values` into their fields only, leaving the others as they are. */
export function fill(scope, formId, values) {
  if (!canApply(scope, formId, values)) return false;
  for (const field of fieldsOf(scope, formId)) if (field.id in values) write(field, values[field.id]);
  return true;
}

/**
 * Merge `incoming` values into what the form holds. A field that is still at its default, or
 * still shows what `base` (the values a previous merge brought) put there, takes the incoming
 * value; a list of ids gains the incoming ids it lacks; a field the reader filled otherwise
 * keeps what they wrote. Returns the ids of the fields it `filled` and of those it `kept`, or
 * null (changing nothing) when the form cannot show `incoming`.
 */
export function merge(scope, formId, incoming, base = {}) {
  if (!canApply(scope, formId, incoming)) return null;
  const filled = [];
  const kept = [];
  for (const field of fieldsOf(scope, formId)) {
    if (!(field.id in incoming)) continue;
    const theirs = incoming[field.id];
    const ours = read(field);
    if (same(ours, theirs) || (ours === undefined && (theirs === undefined || same(theirs, [])))) continue;
    if (ours === undefined || same(ours, read(field, true)) || (field.id in base && same(ours, base[field.id]))) {
      write(field, theirs);
      filled.push(field.id);
    } else if (field.kind === "ids") {
      const missing = theirs.filter((id) => !ours.includes(id));
      if (missing.length) {
        write(field, [...ours, ...missing]);
        filled.push(field.id);
      }
    } else kept.push(field.id);
  }
  return { filled, kept };
}

// Whether this page was reached by a link: then nothing but the reader changes a field before
// its tool is bound; after Back or a reload, the browser may have restored some.
function reachedByLink() {
  const navigation = performance.getEntriesByType("navigation")[0];
  return !navigation || navigation.type === "navigate";
}

const changedFromDefault = (input) =>
  (input.type === "checkbox" || input.type === "radio" ? input.checked !== input.defaultChecked : input.value !== input.defaultValue);

/** Whether the reader changed `control` before the tool's module was bound (app.mjs marks
 *  what they use; on a page reached by a link, any change is theirs). */
export function touchedBeforeMount(control) {
  return "playbookTouched" in control.dataset || (reachedByLink() && changedFromDefault(control));
}

/** The values of the fields the reader changed before the tool's module was bound, by field
 *  id: what restoring the tab's state must not undo. */
export function touched(scope, formId) {
  return Object.fromEntries(fieldsOf(scope, formId)
    .filter((field) => [...field.node.querySelectorAll("input, textarea, select")].some(touchedBeforeMount)
      || (reachedByLink() && !same(read(field), read(field, true))))
    .map((field) => [field.id, read(field)]));
}

/** The label a field carries on the page: its own, or its group's legend. */
export function labelOf(scope, formId, id) {
  const field = fieldsOf(scope, formId).find((candidate) => candidate.id === id);
  if (!field) return id;
  const named = field.node.querySelector(":scope > label, :scope > fieldset > legend");
  return (named ? named.textContent : id).trim();
}

/** Whether the reader (or the browser, restoring a page) changed any field from its default. */
export function edited(scope, formId) {
  return fieldsOf(scope, formId).some(({ node }) =>
    [...node.querySelectorAll("input, textarea")].some((input) =>
      (input.type === "checkbox" || input.type === "radio" ? input.checked !== input.defaultChecked : input.value !== input.defaultValue))
    || [...node.querySelectorAll("option")].some((option) => option.selected !== option.defaultSelected));
}

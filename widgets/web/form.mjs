// Reading and filling a form rendered from its table (macros/templates/fields.html). Every field
// is a [data-form][data-field][data-kind] element, and its kind says how to read and fill it:
// the module knows kinds, never a tool's fields.
import { isPlainObject } from "./dom.mjs";

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
const control = (node) => node.querySelector("select, textarea, input");

// A field's value as the engine reads it; undefined leaves it out (its default).
function read({ kind, node }) {
  if (kind === "choice") {
    const select = node.querySelector("select");
    const checked = select ? select : node.querySelector("input[type=radio]:checked");
    return checked ? checked.value : undefined;
  }
  if (kind === "bool") return boxes(node)[0].checked;
  if (kind === "flags") return Object.fromEntries(boxes(node).map((box) => [partOf(box), box.checked]));
  let items;
  if (kind === "ids") items = boxes(node).filter((box) => box.checked).map((box) => box.value);
  else if (kind === "records") {
    items = [...node.querySelectorAll("[data-row]")]
      .map((row) => Object.fromEntries([...row.querySelectorAll("input")].map((input) => [partOf(input), input.value])))
      .filter((record) => Object.values(record).some((value) => value.trim()));
  } else if (kind === "text_list") {
    items = control(node).value.split("\n").map((line) => line.trim()).filter(Boolean);
  } else {
    // Numbers go as typed: the engine reads "1 200,50" and words what it refuses.
    const value = control(node).value;
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

// Whether the field can show `value` as it is.
function fits({ kind, node }, value) {
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

/** Put `values` into the form, defaults elsewhere; refuses (changing nothing) what it cannot show. */
export function apply(scope, formId, values) {
  if (!isPlainObject(values)) return false;
  const fields = fieldsOf(scope, formId);
  const byId = new Map(fields.map((field) => [field.id, field]));
  for (const [id, value] of Object.entries(values)) {
    if (!byId.has(id) || !fits(byId.get(id), value)) return false;
  }
  for (const field of fields) write(field, values[field.id]);
  return true;
}

/** Whether the reader (or the browser, restoring a page) changed any field from its default. */
export function edited(scope, formId) {
  return fieldsOf(scope, formId).some(({ node }) =>
    [...node.querySelectorAll("input, textarea")].some((input) =>
      (input.type === "checkbox" || input.type === "radio" ? input.checked !== input.defaultChecked : input.value !== input.defaultValue))
    || [...node.querySelectorAll("option")].some((option) => option.selected !== option.defaultSelected));
}

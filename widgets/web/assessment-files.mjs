// The assessment's answers as they come and go outside the page: a file the reader chose or
// saves, a share link, the copy this device remembers. Each function checks what it reads
// against the form, so that nothing the form cannot show reaches it.
import { readComparison } from "./assessment-compare.mjs";
import { isPlainObject } from "./dom.mjs";
import { fileName } from "./file-name.mjs";
import { readFile } from "./files.mjs";
import { misfit } from "./form.mjs";
import { decodeFragment, downloadText, encodeFragment } from "./io.mjs";
import { format } from "./messages.mjs";

/** The answers in `file`: {answers}, or {refused} with the words that say why not. */
export async function answersFromFile(shell, form, file, ui) {
  const read = await readFile(shell, file);
  if (read.refused) return { refused: read.refused };
  let answers;
  try {
    answers = JSON.parse(read.text);
  } catch {
    answers = undefined;
  }
  if (misfit(form, form.dataset.form, answers)) return { refused: format(ui.load_error, { file: file.name }) };
  return { answers };
}

/** The answers in a share link's fragment, or undefined when the form cannot show them. */
export function answersFromLink(form, encoded) {
  let answers;
  try {
    answers = decodeFragment(encoded);
  } catch {
    return undefined;
  }
  return misfit(form, form.dataset.form, answers) ? undefined : answers;
}

/** This page's address carrying `answers` after the "#". */
export function shareAddress(answers) {
  const url = new URL(location.href);
  url.hash = `answers=${encodeFragment(answers)}`;
  return url.href;
}

/** Download `answers` as a JSON file named for their client; resolves with its name. */
export function saveAnswers(answers, ui) {
  const name = fileName(ui.filename, answers.client_name, "json");
  downloadText(name, `${JSON.stringify(answers, null, 2)}\n`, "application/json");
  return name;
}

/** Why the copy this device remembers (`kept`) cannot be read, or null when it can. */
export function refusalOf(form, kept, ui) {
  const why = isPlainObject(kept) ? misfit(form, form.dataset.form, kept.answers ?? {}) : { field: "" };
  if (why === null) return readComparison(kept.comparison ?? kept.clients) ? null : ui.refused_comparison;
  if (why.label) return format(ui.refused_value, { field: why.label });
  return why.field ? format(ui.refused_field, { field: why.field }) : ui.refused_shape;
}

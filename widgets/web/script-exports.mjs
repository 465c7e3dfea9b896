// What the reader takes away from the generator: the script copied, downloaded or opened as
// an email, and the calendar reminder to reassess the client (printing: script-print.mjs).
import { resultOf } from "./errors.mjs";
import { fileName } from "./file-name.mjs";
import { collect } from "./form.mjs";
import { copyText, downloadText } from "./io.mjs";
import { format, say } from "./messages.mjs";
import { call } from "./runtime.mjs";

function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A mailto: link that opens the follow-up email, to the client when an address was given. */
export function mailtoHref(script, contact) {
  // Only an email address can go before the '?'; a postal address would break the link.
  const to = /^[^\s@]+@[^\s@]+$/.test(contact.trim()) ? contact.trim() : "";
  const subject = encodeURIComponent(script.email.subject);
  const body = encodeURIComponent(script.email.body);
  return `mailto:${encodeURIComponent(to).replace("%40", "@")}?subject=${subject}&body=${body}`;
}

/** The line above the exports that lists the markers left to fill in, hidden when none is. */
export function showPlaceholders(line, script, ui) {
  const markers = script.placeholders;
  line.textContent = markers.length ? format(ui.placeholders_left, { markers: markers.join(", ") }) : "";
  line.hidden = markers.length === 0;
}

/**
 * The .ics reminder for the client named in the script's form, in the script's language,
 * worded for the path the reader is on (`verdict`: the assessment's, or null for an exit
 * prepared without one); `base` starts its file name.
 */
export async function downloadReminder(shell, scriptForm, { ui, base, verdict, near }) {
  const reminderForm = shell.querySelector("[data-script-reminder]");
  const inputs = collect(scriptForm, scriptForm.dataset.form);
  const payload = {
    ...collect(reminderForm, reminderForm.dataset.form),
    client_name: inputs.client_name || "",
    today: today(),
    verdict,
    lang: inputs.lang,
  };
  const alert = { element: reminderForm.querySelector("[data-reminder-errors]"), text: ui.reminder_errors };
  const ics = resultOf(await call("reminder", payload), reminderForm, { summary: alert });
  if (ics === undefined) return;
  const name = fileName(base, inputs.client_name, "ics");
  downloadText(name, ics, "text/calendar");
  say(near, format(ui.downloaded, { file: name }));
}

/** Run one export of the current script; the button says which. Files are named in the
 *  script's language. */
export async function exportScript(button, script, client, ui) {
  const action = button.dataset.scriptAction;
  const name = (extension) => fileName(script.files.script, client, extension);
  if (action === "copy") say(button, (await copyText(script.text)) ? ui.copied : ui.copy_failed);
  else if (action === "txt") {
    downloadText(name("txt"), script.text);
    say(button, format(ui.downloaded, { file: name("txt") }));
  } else if (action === "md") {
    downloadText(name("md"), script.markdown, "text/markdown");
    say(button, format(ui.downloaded, { file: name("md") }));
  }
}

// What the reader takes away from the generator: the script copied, downloaded or opened as
// an email, and the calendar reminder to reassess the client (printing: script-print.mjs).
import { slug } from "./dom.mjs";
import { resultOf } from "./errors.mjs";
import { collect } from "./form.mjs";
import { copyText, downloadText } from "./io.mjs";
import { say } from "./messages.mjs";
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

function filename(base, client, extension) {
  const name = slug(client);
  return `${base}${name ? `-${name}` : ""}.${extension}`;
}

/** The .ics reminder for the client named in the script's form, in the script's language. */
export async function downloadReminder(shell, scriptForm, ui) {
  const reminderForm = shell.querySelector("[data-script-reminder]");
  const inputs = collect(scriptForm, scriptForm.dataset.form);
  const payload = { ...collect(reminderForm, reminderForm.dataset.form), client_name: inputs.client_name || "", today: today(), lang: inputs.lang };
  const alert = { element: reminderForm.querySelector("[data-reminder-errors]"), text: ui.reminder_errors };
  const ics = resultOf(await call("reminder", payload), reminderForm, alert);
  if (ics !== undefined) downloadText(filename(ui.reminder_filename, inputs.client_name || "", "ics"), ics, "text/calendar");
}

/** Run one export of the current script; the button says which. */
export async function exportScript(button, script, client, ui) {
  const action = button.dataset.scriptAction;
  if (action === "copy") say(button, (await copyText(script.text)) ? ui.copied : ui.copy_failed);
  else if (action === "txt") downloadText(filename(ui.filename, client, "txt"), script.text);
  else if (action === "md") downloadText(filename(ui.filename, client, "md"), script.markdown, "text/markdown");
}

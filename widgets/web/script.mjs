// The script generator: the form's inputs go to the engine, the script comes back as plain
// data and is written into the page with textContent only, so typed markup stays text.
import { downloadText, copyText, decodeFragment, fragmentParam, storage } from "./io.mjs";
import { call, warmUp } from "./runtime.mjs";
import { bindStatus } from "./status.mjs";

const DEBOUNCE_MS = 200;
const STORAGE_KEY = "script";
const TEXT_FIELDS = [
  "your_name", "your_company", "client_name", "client_contact",
  "end_date", "notice_days", "relationship_years",
];
const HANDOVER = ["files", "access", "work_in_progress", "final_invoice"];

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

function slug(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function replacementRows(form) {
  const rows = [];
  for (let i = 0; form.elements[`replacements[${i}].name`]; i++) rows.push(i);
  return rows;
}

/** The form as the engine's inputs. */
export function collect(form) {
  const inputs = {
    lang: form.elements.lang.value,
    channel: form.querySelector('input[name="channel"]:checked')?.value || "phone",
    tone: form.querySelector('input[name="tone"]:checked')?.value || "formal",
    reasons: [...form.querySelectorAll('input[name="reasons"]:checked')].map((box) => box.value),
    own_reasons: form.elements.own_reasons.value.split("\n").filter((line) => line.trim()),
    capacity_line: form.elements.capacity_line.checked,
    holds_stake: form.elements.holds_stake.checked,
    replacements: replacementRows(form).map((i) => ({
      name: form.elements[`replacements[${i}].name`].value,
      contact: form.elements[`replacements[${i}].contact`].value,
    })),
    handover: {},
  };
  for (const name of TEXT_FIELDS) inputs[name] = form.elements[name].value;
  for (const item of HANDOVER) inputs.handover[item] = form.elements[`handover.${item}`].checked;
  return inputs;
}

/** Put engine inputs (from a prefill or this device's storage) back into the form. */
function restore(form, inputs) {
  const set = (name, value) => {
    const field = form.elements[name];
    if (field && typeof value === "string") field.value = value;
  };
  if (inputs.lang) set("lang", inputs.lang);
  for (const name of ["channel", "tone"]) {
    const radio = form.querySelector(`input[name="${name}"][value="${CSS.escape(String(inputs[name] || ""))}"]`);
    if (radio) radio.checked = true;
  }
  for (const name of TEXT_FIELDS) set(name, inputs[name]);
  if (Array.isArray(inputs.reasons)) {
    for (const box of form.querySelectorAll('input[name="reasons"]')) box.checked = inputs.reasons.includes(box.value);
  }
  if (Array.isArray(inputs.own_reasons)) form.elements.own_reasons.value = inputs.own_reasons.join("\n");
  if (typeof inputs.capacity_line === "boolean") form.elements.capacity_line.checked = inputs.capacity_line;
  if (typeof inputs.holds_stake === "boolean") form.elements.holds_stake.checked = inputs.holds_stake;
  if (Array.isArray(inputs.replacements)) {
    for (const i of replacementRows(form)) {
      const row = inputs.replacements[i] || {};
      form.elements[`replacements[${i}].name`].value = typeof row.name === "string" ? row.name : "";
      form.elements[`replacements[${i}].contact`].value = typeof row.contact === "string" ? row.contact : "";
    }
  }
  if (inputs.handover && typeof inputs.handover === "object") {
    for (const item of HANDOVER) form.elements[`handover.${item}`].checked = inputs.handover[item] === true;
  }
}

// What the reader typed before this module arrived, or the browser restored, gets its script.
function typedBefore(form) {
  const inputs = collect(form);
  return inputs.reasons.length > 0 || inputs.own_reasons.length > 0
    || TEXT_FIELDS.some((name) => inputs[name].trim());
}

// An error's slot: its exact field, else the field its path starts with, else the form's.
function errorSlot(shell, path) {
  const slots = [...shell.querySelectorAll("[data-error-for]")];
  const exact = slots.find((slot) => slot.dataset.errorFor === path);
  if (exact) return exact;
  const base = path.match(/^\w+/)?.[0] || "";
  return slots.find((slot) => slot.dataset.errorFor === base) || slots.find((slot) => slot.dataset.errorFor === "");
}

function showErrors(shell, errors) {
  for (const slot of shell.querySelectorAll("[data-error-for]")) {
    slot.hidden = true;
    slot.textContent = "";
  }
  for (const field of shell.querySelectorAll("[aria-invalid]")) field.removeAttribute("aria-invalid");
  for (const error of errors) {
    const slot = errorSlot(shell, error.field);
    slot.textContent = slot.textContent ? `${slot.textContent} ${error.message}` : error.message;
    slot.hidden = false;
    const field = shell.querySelector(`[aria-describedby~="${slot.id}"]`);
    if (field && field.matches("input, textarea, select")) field.setAttribute("aria-invalid", "true");
  }
  const summary = shell.querySelector("[data-script-errors]");
  summary.hidden = errors.length === 0;
  summary.textContent = errors.length ? shell.dataset.msgErrors : "";
}

function renderConversation(shell, script) {
  const msg = shell.dataset;
  const title = shell.querySelector('[data-slot="conversation-title"]');
  title.textContent = msg[`msgConversation${script.channel === "in_person" ? "InPerson" : "Phone"}`];
  const box = shell.querySelector('[data-slot="conversation"]');
  const parts = [];
  for (const section of script.conversation) {
    const part = el("section");
    part.dataset.section = section.id;
    part.append(el("h4", section.title));
    let list = null;
    for (const line of section.lines) {
      if (line.kind === "item") {
        if (!list) part.append((list = el("ul")));
        list.append(el("li", line.text));
        continue;
      }
      list = null;
      if (line.kind === "cue") part.append(el("p", fill(msg.msgTip, { text: line.text }), "playbook-cue"));
      else part.append(el("p", line.text));
    }
    parts.push(part);
  }
  box.replaceChildren(...parts);
}

function renderScript(shell, script) {
  const msg = shell.dataset;
  const slot = (name) => shell.querySelector(`[data-slot="${name}"]`);
  renderConversation(shell, script);
  slot("email-subject").textContent = fill(msg.msgSubject, { text: script.email.subject });
  slot("email-body").textContent = script.email.body;
  slot("letter-title").textContent = script.letter.title;
  slot("letter-text").textContent = script.letter.text;
  slot("objections").replaceChildren(...script.objections.map((item) => {
    const part = el("div", undefined, "playbook-objection");
    part.append(el("h4", item.label), el("p", fill(msg.msgHeard, { text: item.example })),
      el("p", fill(msg.msgReply, { text: item.reply })));
    return part;
  }));
  slot("warnings").replaceChildren(...script.warnings.map((item) => el("li", item.text)));
  shell.querySelector('[data-script-part="warnings"]').hidden = script.warnings.length === 0;
  shell.querySelector("[data-script-result]").hidden = false;
  shell.querySelector("[data-script-empty]").hidden = true;
  shell.querySelector("[data-script-exports]").hidden = false;
}

function mailtoHref(script, contact) {
  // Only an email address can go before the '?'; a postal address would break the link.
  const to = /^[^\s@]+@[^\s@]+$/.test(contact.trim()) ? contact.trim() : "";
  const subject = encodeURIComponent(script.email.subject);
  const body = encodeURIComponent(script.email.body);
  return `mailto:${encodeURIComponent(to).replace("%40", "@")}?subject=${subject}&body=${body}`;
}

function notice(shell, text, extra) {
  const box = shell.querySelector("[data-script-notices]");
  const line = el("p", text, "playbook-notice-line");
  if (extra) line.append(" ", extra);
  box.append(line);
}

export function mount(shell) {
  bindStatus(shell);
  const form = shell.querySelector("form[data-script-form]");
  const lang = shell.getAttribute("lang") || "fr";
  const msg = shell.dataset;
  const remember = form.elements.remember;
  let current = null;
  let latest = 0;
  let blameLatest = 0;
  let blameChecked = { text: "", language: "" };
  let timer = null;

  form.addEventListener("focusin", () => warmUp(), { once: true });

  async function generate() {
    const inputs = collect(form);
    if (remember.checked) storage.set(STORAGE_KEY, inputs);
    const ticket = ++latest;
    const answer = await call("script", { inputs, lang });
    if (ticket !== latest || !answer.ok) return;
    showErrors(shell, answer.result.errors);
    if (answer.result.script) {
      current = answer.result.script;
      renderScript(shell, current);
      shell.querySelector("[data-script-mailto]").href = mailtoHref(current, inputs.client_contact);
    }
  }

  async function checkBlame() {
    const text = form.elements.own_reasons.value;
    const language = form.elements.lang.value;
    if (text === blameChecked.text && language === blameChecked.language) return;
    blameChecked = { text, language };
    const ticket = ++blameLatest;
    const answer = await call("blame_check", { text, lang: language });
    if (!answer.ok) blameChecked = { text: "", language: "" };
    if (ticket !== blameLatest || !answer.ok) return;
    const box = shell.querySelector("[data-script-blame]");
    box.querySelector("[data-script-blame-list]").replaceChildren(...answer.result.map((hit) => {
      const key = `msgCategory${hit.category.replace(/(^|_)(\w)/g, (_, __, c) => c.toUpperCase())}`;
      return el("li", fill(msg.msgBlameHit, { match: hit.match, category: msg[key] || hit.category, suggestion: hit.suggestion }));
    }));
    box.hidden = answer.result.length === 0;
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      generate();
      checkBlame();
    }, DEBOUNCE_MS);
  }

  form.addEventListener("input", (event) => {
    if (event.target.closest("[data-script-reminder]")) return;
    schedule();
  });
  form.addEventListener("change", (event) => {
    if (event.target === remember) {
      if (remember.checked) storage.set(STORAGE_KEY, collect(form));
      else storage.remove(STORAGE_KEY);
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    generate();
    checkBlame();
  });

  async function downloadReminder() {
    const days = Number(shell.querySelector("[data-script-reminder-days]").value);
    const slot = shell.querySelector("[data-script-reminder-error]");
    const answer = await call("reminder", {
      client_name: form.elements.client_name.value, days, today: today(), lang: form.elements.lang.value,
    });
    slot.hidden = answer.ok;
    slot.textContent = answer.ok ? "" : answer.error.message || answer.error.detail || "";
    if (!answer.ok) return;
    const name = slug(form.elements.client_name.value);
    downloadText(`${msg.msgReminderFilename}${name ? `-${name}` : ""}.ics`, answer.result, "text/calendar");
  }

  function filename(extension) {
    const name = current ? slug(form.elements.client_name.value) : "";
    return `${msg.msgFilename}${name ? `-${name}` : ""}.${extension}`;
  }

  shell.addEventListener("click", async (event) => {
    const button = event.target.closest("[data-script-action]");
    if (!button) return;
    const action = button.dataset.scriptAction;
    if (action === "reminder") return downloadReminder();
    if (action === "forget") {
      storage.remove(STORAGE_KEY);
      remember.checked = false;
      shell.querySelector('[data-script-message="forget"]').textContent = msg.msgForgotten;
      return;
    }
    if (!current) return;
    if (action === "copy") {
      const copied = await copyText(current.text);
      shell.querySelector('[data-script-message="copy"]').textContent = copied ? msg.msgCopied : msg.msgCopyFailed;
    } else if (action === "txt") downloadText(filename("txt"), current.text);
    else if (action === "md") downloadText(filename("md"), current.markdown, "text/markdown");
    else if (action === "print") window.print();
  });

  async function prefill(encoded) {
    try {
      const answers = decodeFragment(encoded);
      const assessed = await call("assess", { answers, lang });
      if (!assessed.ok || !assessed.result.report) throw new Error("assessment");
      const report = assessed.result.report;
      const filled = await call("prefill", { report, lang });
      if (!filled.ok) throw new Error("prefill");
      restore(form, filled.result);
      notice(shell, msg.msgPrefilled);
      if (filled.result.holds_stake) notice(shell, msg.msgProfessionalAdvice);
      if (report.verdict === "fix_first") {
        const button = el("button", shell.querySelector('[data-script-action="reminder"]').textContent, "md-button");
        button.type = "button";
        button.dataset.scriptAction = "reminder";
        notice(shell, msg.msgFixFirst, button);
      }
      return true;
    } catch {
      notice(shell, msg.msgPrefillFailed);
      return false;
    }
  }

  async function start() {
    const encoded = fragmentParam("assessment");
    const saved = storage.get(STORAGE_KEY);
    if (encoded) {
      if (!(await prefill(encoded))) return;
    } else if (saved && typeof saved === "object") {
      restore(form, saved);
      remember.checked = true;
    } else if (!typedBefore(form)) return;
    generate();
    checkBlame();
  }
  start();
}

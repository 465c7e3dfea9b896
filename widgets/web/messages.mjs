// The one way words reach the page: a widget's shell carries them (data-messages, rendered at
// build time from the catalogue of the page's language), say() writes a message into the
// live region next to what the reader used, and ask() puts a question to the reader before
// anything of theirs is replaced.
import { element } from "./dom.mjs";

const parsed = new WeakMap();

/** The words of a widget's shell, by table ("status", "ui"...). */
export function messagesOf(shell) {
  if (!parsed.has(shell)) parsed.set(shell, JSON.parse(shell.dataset.messages || "{}"));
  return parsed.get(shell);
}

/** A message with its {placeholders} filled in; unknown ones are left as they are. */
export function format(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

/**
 * A message as a list of texts and nodes, its {placeholders} filled with `values`, which may be
 * nodes: a span marking the language of words quoted from another, say.
 */
export function formatParts(template, values) {
  return template.split(/(\{\w+\})/).filter(Boolean).map((piece) => {
    const key = piece.match(/^\{(\w+)\}$/)?.[1];
    return key && key in values ? values[key] : piece;
  });
}

// The live region closest to `near`: its own, or the first one of its nearest ancestor that has one.
function regionNear(near) {
  if (near.matches("[data-playbook-message]")) return near;
  for (let node = near; node; node = node.parentElement) {
    const region = node.querySelector("[data-playbook-message]");
    if (region) return region;
  }
  return null;
}

/** Say something to the reader, next to `near`: texts or nodes, replacing what was said there. */
export function say(near, ...content) {
  const region = regionNear(near);
  if (region) region.replaceChildren(...content);
}

let asked = 0;

/**
 * Ask the reader, in a modal dialog next to `near`, a question answered by one of `choices`
 * ([{value, label}], the first one the action, the last one the way out, which has the focus).
 * Resolves with the value chosen, or "" when the reader closes the dialog with Escape.
 */
export function ask(near, question, choices) {
  const id = `playbook-ask-${++asked}`;
  const buttons = choices.map(({ value, label }, index) => element(
    "button",
    { type: "button", value, class: index === 0 ? "md-button md-button--primary" : "md-button" },
    label,
  ));
  const dialog = element(
    "dialog",
    { class: "playbook-ask", "aria-labelledby": id },
    element("p", { id }, question),
    element("p", { class: "playbook-actions" }, ...buttons),
  );
  for (const button of buttons) button.addEventListener("click", () => dialog.close(button.value));
  (near.closest("[data-playbook-widget]") || document.body).append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(dialog.returnValue);
    }, { once: true });
    dialog.showModal();
    buttons[buttons.length - 1].focus();
  });
}

// How long the reader must pause before the summary of a change is spoken: a word typed
// letter by letter is one change, not one per letter.
const PAUSE_MS = 600;
const pending = new WeakMap();

/**
 * The widget's one polite summary of what changed (a verdict and its scores, "script
 * updated"): a few words, spoken once the reader pauses. The same words are said again only
 * when `again` says the thing they sum up changed (a new script); otherwise a summary that did
 * not change is not repeated. The result itself is never a live region: it would be read out
 * whole.
 */
export function announce(shell, text, again = false) {
  const region = shell.querySelector("[data-playbook-announce]");
  if (!region) return;
  clearTimeout(pending.get(region));
  pending.set(region, setTimeout(() => {
    if (region.textContent !== text) region.textContent = text;
    else if (again) {
      // A screen reader speaks a change of the region's text: empty it, then say it anew.
      region.textContent = "";
      requestAnimationFrame(() => { region.textContent = text; });
    }
  }, PAUSE_MS));
}

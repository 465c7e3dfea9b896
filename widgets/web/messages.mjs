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

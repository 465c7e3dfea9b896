// The one way words reach the page: a widget's shell carries them (data-messages, rendered at
// build time from the catalogue of the page's language), and say() writes a message into the
// live region next to what the reader used.

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

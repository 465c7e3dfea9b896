// Small browser helpers shared by the widgets: files, clipboard, share links, opt-in storage.
// Nothing here sends data anywhere: downloads are blob URLs, share links live in the fragment.
import { element } from "./dom.mjs";
import { ask, say } from "./messages.mjs";

/** Offer `text` as a file download, without any request. */
export function downloadText(filename, text, type = "text/plain") {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = element("a", { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copy text to the clipboard; resolves true when it worked. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** JSON as base64url UTF-8, for the part of a URL after '#', which browsers never send. */
export function encodeFragment(value) {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** The inverse of encodeFragment; throws on anything malformed. */
export function decodeFragment(text) {
  const base64 = text.replaceAll("-", "+").replaceAll("_", "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
}

// Storage is opt-in: callers only write after the user ticks "remember on this device".
const PREFIX = "client-exit-playbook:";

export const storage = {
  get(key) {
    try {
      const raw = localStorage.getItem(PREFIX + key);
      return raw === null ? null : JSON.parse(raw);
    } catch {
      return null;
    }
  },
  set(key, value) {
    try {
      localStorage.setItem(PREFIX + key, JSON.stringify(value));
      return true;
    } catch {
      return false;
    }
  },
  remove(key) {
    try {
      localStorage.removeItem(PREFIX + key);
    } catch {
      // Storage disabled: there is nothing to forget.
    }
  },
};

/**
 * Tell the reader, next to `near`, that what this device kept for them (`kept`, as stored)
 * could not be read, and why: it stays as it was, and a button offers it as a file.
 */
export function tellRefusedCopy(near, why, { download, filename }, kept) {
  const button = element("button", { type: "button", class: "md-button", "data-refused-copy": "" }, download);
  button.addEventListener("click", () => downloadText(filename, `${JSON.stringify(kept, null, 2)}\n`, "application/json"));
  say(near, element("span", { "data-refused-copy-note": "" }, why), " ", button);
}

/**
 * Bind a tool's "remember on this device" box. Unticked, the copy is erased; ticked over a
 * copy this version refused, the reader is asked first, since remembering replaces it for
 * good. `status` and `setStatus` read and write the tool's record of that copy ("none",
 * "applied", "refused", or the tool's own); `onRemember` keeps the tool's work once allowed.
 */
export function bindRemember(remember, { key, message, ui, status, setStatus, onRemember }) {
  remember.addEventListener("change", async () => {
    if (!remember.checked) {
      storage.remove(key);
      setStatus("none");
      say(message, ui.not_remembered);
      return;
    }
    if (status() === "refused") {
      const choice = await ask(remember, ui.ask_replace_refused, [
        { value: "replace", label: ui.ask_replace_copy },
        { value: "", label: ui.ask_cancel },
      ]);
      if (choice !== "replace") {
        remember.checked = false;
        say(message, ui.refused_kept);
        return;
      }
      setStatus("none");
    }
    onRemember();
    say(message, ui.remembered);
  });
}

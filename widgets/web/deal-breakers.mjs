// The deal-breakers editor: a list of catalogue ids and the reader's own texts, kept in the
// engine's JSON format so that a saved file, this device's copy and the assessment agree.
import { downloadText, readFile, storage } from "./io.mjs";
import { call, warmUp } from "./runtime.mjs";
import { bindStatus } from "./status.mjs";

const STORAGE_KEY = "deal-breakers";
const FORMAT = "client-exit-playbook/deal-breakers";
const VERSION = 1;

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

export function mount(shell) {
  bindStatus(shell);
  const lang = shell.getAttribute("lang") || "fr";
  const msg = shell.dataset;
  const form = shell.querySelector("form[data-dealbreakers-form]");
  const own = form.elements.own;
  const ownError = shell.querySelector("#dealbreakers-own-error");
  const list = shell.querySelector("[data-dealbreakers-list]");
  const message = shell.querySelector("[data-dealbreakers-message]");
  const remember = shell.querySelector("[data-dealbreakers-remember]");
  const boxes = [...form.querySelectorAll('input[name="catalog"]')];
  const labels = new Map(boxes.map((box) => [box.value, form.querySelector(`label[for="${box.id}"]`).textContent]));
  // Each item is {id} or {text}, in the order the reader wrote the list; boxes ticked before
  // this module arrived count too.
  let items = boxes.filter((box) => box.checked).map((box) => ({ id: box.value }));

  const documentOf = () => ({ format: FORMAT, version: VERSION, items: items.map((item) => ({ ...item })) });

  function say(text) {
    message.textContent = text;
  }

  function render() {
    list.replaceChildren(...items.map((item, index) => {
      const text = item.id ? labels.get(item.id) : item.text;
      const row = document.createElement("li");
      const words = document.createElement("span");
      words.textContent = text;
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "playbook-remove playbook-no-print";
      remove.textContent = "×";
      remove.setAttribute("aria-label", fill(msg.msgRemove, { text }));
      remove.addEventListener("click", () => {
        items.splice(index, 1);
        changed();
      });
      row.append(words, " ", remove);
      return row;
    }));
    shell.querySelector("[data-dealbreakers-empty]").hidden = items.length > 0;
    const ids = new Set(items.filter((item) => item.id).map((item) => item.id));
    for (const box of boxes) box.checked = ids.has(box.value);
  }

  function changed() {
    render();
    if (remember.checked) storage.set(STORAGE_KEY, documentOf());
  }

  form.addEventListener("focusin", () => warmUp(), { once: true });

  form.addEventListener("change", (event) => {
    const box = event.target;
    if (box.name !== "catalog") return;
    if (box.checked) {
      if (!items.some((item) => item.id === box.value)) items.push({ id: box.value });
    } else items = items.filter((item) => item.id !== box.value);
    changed();
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = own.value.trim();
    ownError.hidden = Boolean(text);
    ownError.textContent = text ? "" : msg.msgOwnEmpty;
    if (text) own.removeAttribute("aria-invalid");
    else {
      own.setAttribute("aria-invalid", "true");
      return;
    }
    items.push({ text });
    own.value = "";
    changed();
  });

  // A document is only taken once the engine has checked it; otherwise nothing changes.
  async function load(data) {
    const answer = await call("dealbreakers_load", { data, lang });
    const errors = answer.ok ? answer.result.errors : [{ message: answer.error.message || "" }];
    if (errors.length) {
      say(`${errors[0].message} ${msg.msgUnchanged}`);
      return false;
    }
    items = answer.result.data.items;
    changed();
    return true;
  }

  async function loadFile(input) {
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    let data;
    try {
      data = JSON.parse(await readFile(file));
    } catch {
      say(`${msg.msgBadJson} ${msg.msgUnchanged}`);
      return;
    }
    if (await load(data)) say(fill(msg.msgLoaded, { count: items.length }));
  }
  shell.querySelector("[data-dealbreakers-load]").addEventListener("change", (event) => loadFile(event.target));

  remember.addEventListener("change", () => {
    if (remember.checked) storage.set(STORAGE_KEY, documentOf());
    else storage.remove(STORAGE_KEY);
  });

  shell.addEventListener("click", async (event) => {
    const button = event.target.closest("[data-dealbreakers-action]");
    if (!button) return;
    const action = button.dataset.dealbreakersAction;
    if (action === "markdown") {
      const answer = await call("dealbreakers_markdown", { data: documentOf(), lang });
      if (answer.ok && answer.result.markdown !== null) {
        downloadText(`${msg.msgFilename}.md`, answer.result.markdown, "text/markdown");
      } else if (answer.ok) say(answer.result.errors[0].message);
    } else if (action === "save") {
      downloadText(`${msg.msgFilename}.json`, `${JSON.stringify(documentOf(), null, 2)}\n`, "application/json");
    } else if (action === "print") window.print();
    else if (action === "forget") {
      storage.remove(STORAGE_KEY);
      remember.checked = false;
      say(msg.msgForgotten);
    }
  });

  render();
  const saved = storage.get(STORAGE_KEY);
  if (saved !== null) {
    remember.checked = true;
    load(saved);
  }
}

// The deal-breakers editor: a list of catalogue ids and the reader's own texts, kept in the
// engine's JSON format (the shell carries its format and version) so that a saved file, this
// device's copy and the assessment agree.
import { element } from "./dom.mjs";
import { resultOf, showErrors, unanswered } from "./errors.mjs";
import { readFile } from "./files.mjs";
import { downloadText, storage } from "./io.mjs";
import { format, messagesOf, say } from "./messages.mjs";
import { call, onStatus, warmUp } from "./runtime.mjs";
import { bindStatus } from "./status.mjs";

export function mount(shell) {
  bindStatus(shell);
  const lang = shell.lang;
  const ui = messagesOf(shell).ui;
  const spec = JSON.parse(shell.dataset.dealBreakers);
  const form = shell.querySelector("form[data-dealbreakers-form]");
  const own = form.elements.own;
  const list = shell.querySelector("[data-dealbreakers-list]");
  const message = shell.querySelector("[data-playbook-message]");
  const remember = shell.querySelector("[data-dealbreakers-remember]");
  const boxes = [...form.querySelectorAll('input[name="catalog"]')];
  const labels = new Map(boxes.map((box) => [box.value, form.querySelector(`label[for="${box.id}"]`).textContent]));
  // Each item is {id} or {text}, in the order the reader wrote the list; boxes ticked before
  // this module arrived count too.
  let items = boxes.filter((box) => box.checked).map((box) => ({ id: box.value }));

  const documentOf = () => ({ format: spec.format, version: spec.version, items: items.map((item) => ({ ...item })) });

  function render() {
    list.replaceChildren(...items.map((item, index) => {
      const text = item.id ? labels.get(item.id) : item.text;
      const remove = element("button", { type: "button", class: "playbook-remove playbook-no-print", "aria-label": format(ui.remove, { text }) }, "×");
      remove.addEventListener("click", () => {
        items.splice(index, 1);
        changed();
      });
      return element("li", {}, element("span", {}, text), " ", remove);
    }));
    shell.querySelector("[data-dealbreakers-empty]").hidden = items.length > 0;
    const ids = new Set(items.filter((item) => item.id).map((item) => item.id));
    for (const box of boxes) box.checked = ids.has(box.value);
  }

  function changed() {
    render();
    if (remember.checked) storage.set(spec.storage, documentOf());
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
    // The page's own check, worded and shown as the engine's errors are.
    showErrors(form, text ? [] : [{ field: "own", code: "required", message: ui.own_empty }]);
    if (!text) return;
    items.push({ text });
    own.value = "";
    changed();
  });

  // A document is only taken once the engine has checked it; otherwise nothing changes. One
  // that reached no engine (Python could not start) waits for the next start: a file the
  // reader chose, or the list kept on this device, is never dropped on the way.
  let waiting = null;
  async function load(source) {
    const response = await call("dealbreakers_load", { ...source, lang });
    const loaded = resultOf(response, shell);
    if (loaded === undefined) {
      waiting = unanswered(response) ? source : null;
      say(message, waiting ? ui.load_waiting : ui.unchanged);
      return;
    }
    items = loaded.data.items;
    changed();
    // A file's list is announced; this device's copy simply comes back.
    say(message, "text" in source ? format(ui.loaded, { count: items.length }) : "");
  }
  onStatus(({ stage }) => {
    if (stage !== "ready" || !waiting) return;
    const source = waiting;
    waiting = null;
    load(source);
  });

  // The file goes to the engine as text: Python reads JSON however deep it nests, and words
  // what it cannot read.
  async function loadFile(input) {
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    const read = await readFile(shell, file);
    if (read.refused) say(message, read.refused);
    else await load({ text: read.text });
  }
  const picker = shell.querySelector("[data-dealbreakers-load]");
  picker.addEventListener("change", () => loadFile(picker));
  // The picker works before this module arrives: a file chosen by then is loaded now.
  if (picker.files && picker.files.length) loadFile(picker);

  remember.addEventListener("change", () => {
    if (remember.checked) storage.set(spec.storage, documentOf());
    else storage.remove(spec.storage);
  });

  shell.addEventListener("click", async (event) => {
    const button = event.target.closest("[data-dealbreakers-action]");
    if (!button) return;
    const action = button.dataset.dealbreakersAction;
    if (action === "markdown") {
      const markdown = resultOf(await call("dealbreakers_markdown", { data: documentOf(), lang }), shell);
      if (markdown !== undefined) downloadText(`${ui.filename}.md`, markdown, "text/markdown");
    } else if (action === "save") {
      downloadText(`${ui.filename}.json`, `${JSON.stringify(documentOf(), null, 2)}\n`, "application/json");
    } else if (action === "print") window.print();
    else if (action === "forget") {
      storage.remove(spec.storage);
      remember.checked = false;
      say(message, ui.forgotten);
    }
  });

  render();
  const saved = storage.get(spec.storage);
  if (saved !== null) {
    remember.checked = true;
    load({ data: saved });
  }
}

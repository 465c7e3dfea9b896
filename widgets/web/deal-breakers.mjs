// The deal-breakers editor: a list of catalogue ids and the reader's own texts, kept in the
// engine's JSON format (the shell carries its format and version) so that a saved file, this
// device's copy and the assessment agree. The list is kept in the tab as the reader goes; the
// copy on this device is written only once it has been read back, and never over a copy this
// version cannot read unless the reader says so.
import { element, isPlainObject, same } from "./dom.mjs";
import { resultOf, showErrors, unanswered } from "./errors.mjs";
import { fileName } from "./file-name.mjs";
import { readFile } from "./files.mjs";
import { touchedBeforeMount } from "./form.mjs";
import { bindRemember, downloadText, storage, tellRefusedCopy } from "./io.mjs";
import { ask, format, messagesOf, say } from "./messages.mjs";
import { call, onStatus, warmUp } from "./runtime.mjs";
import { bindStatus } from "./status.mjs";
import { onShownAgain, tabState } from "./tab-state.mjs";

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
  const tab = tabState("deal-breakers");
  // Each item is {id} or {text}, in the order the reader wrote the list; boxes ticked before
  // this module arrived count too.
  let items = boxes.filter((box) => box.checked).map((box) => ({ id: box.value }));
  // The copy on this device: "none", "pending" (read back by the engine: nothing is written
  // meanwhile), "applied", or "refused" (this version cannot read it: it stays as it is).
  let rememberedStatus = "none";

  const documentOf = () => ({ format: spec.format, version: spec.version, items: items.map((item) => ({ ...item })) });
  const textOf = (item) => (item.id ? labels.get(item.id) : item.text);
  // An item as this page can show it: an id of its catalogue, or a text.
  const isItem = (item) => isPlainObject(item) && (labels.has(item.id) || (typeof item.text === "string" && item.text.trim() !== ""));

  function removeAt(index) {
    const [gone] = items.splice(index, 1);
    changed();
    say(message, format(ui.removed, { text: textOf(gone) }));
    // The focus stays in the list: on the item that took this one's place, or the one above,
    // or, the list empty, on the field that adds one.
    const buttons = list.querySelectorAll(".playbook-remove");
    (buttons[Math.min(index, buttons.length - 1)] || own).focus();
  }

  function render() {
    list.replaceChildren(...items.map((item, index) => {
      const text = textOf(item);
      const remove = element("button", { type: "button", class: "playbook-remove playbook-no-print", "aria-label": format(ui.remove, { text }) }, "×");
      remove.addEventListener("click", () => removeAt(index));
      return element("li", {}, element("span", {}, text), " ", remove);
    }));
    shell.querySelector("[data-dealbreakers-empty]").hidden = items.length > 0;
    const ids = new Set(items.filter((item) => item.id).map((item) => item.id));
    for (const box of boxes) box.checked = ids.has(box.value);
  }

  const keepTab = () => tab.write({ items, draft: own.value });

  function changed() {
    render();
    keepTab();
    if (remember.checked && (rememberedStatus === "applied" || rememberedStatus === "none")) {
      storage.set(spec.storage, documentOf());
      rememberedStatus = "applied";
    }
  }

  form.addEventListener("focusin", () => warmUp(), { once: true });
  own.addEventListener("input", keepTab);

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
    say(message, format(ui.added, { text }));
  });

  // A file's list is only taken once the engine has checked it, and never over the reader's
  // own list unasked. One that reached no engine (Python could not start) waits for the next
  // start: a file the reader chose is never dropped on the way.
  let waiting = null;
  async function takeFile(text, input, file) {
    const response = await call("dealbreakers_load", { text, lang });
    const checked = resultOf(response, shell);
    if (checked === undefined) {
      waiting = unanswered(response) ? { text, input, file } : null;
      say(message, waiting ? ui.load_waiting : ui.unchanged);
      return;
    }
    const loaded = checked.data.items;
    if (items.length && !same(items, loaded)) {
      const choice = await ask(input, format(ui.ask_load, { count: items.length, file }), [
        { value: "replace", label: ui.ask_replace_list },
        { value: "", label: ui.ask_keep_list },
      ]);
      if (choice !== "replace") {
        say(message, ui.unchanged);
        return;
      }
    }
    items = loaded;
    changed();
    say(message, format(ui.loaded, { count: items.length }));
  }
  onStatus(({ stage }) => {
    if (stage !== "ready" || !waiting) return;
    const source = waiting;
    waiting = null;
    takeFile(source.text, source.input, source.file);
  });

  // The file goes to the engine as text: Python reads JSON however deep it nests, and words
  // what it cannot read.
  async function loadFile(input) {
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    const read = await readFile(shell, file);
    if (read.refused) say(message, read.refused);
    else await takeFile(read.text, input, file.name);
  }
  const picker = shell.querySelector("[data-dealbreakers-load]");
  picker.addEventListener("change", () => loadFile(picker));
  // The picker works before this module arrives: a file chosen by then is loaded now.
  if (picker.files && picker.files.length) loadFile(picker);

  bindRemember(remember, {
    key: spec.storage,
    message,
    ui,
    status: () => rememberedStatus,
    setStatus: (status) => { rememberedStatus = status; },
    // A copy still being read back is written once it has been, with what was added meanwhile.
    onRemember: () => {
      if (rememberedStatus === "pending") return;
      storage.set(spec.storage, documentOf());
      rememberedStatus = "applied";
    },
  });

  shell.addEventListener("click", async (event) => {
    const button = event.target.closest("[data-dealbreakers-action]");
    if (!button) return;
    const action = button.dataset.dealbreakersAction;
    if (action === "markdown") {
      const markdown = resultOf(await call("dealbreakers_markdown", { data: documentOf(), lang }), shell);
      if (markdown === undefined) return;
      const name = fileName(ui.filename, "", "md");
      downloadText(name, markdown, "text/markdown");
      say(message, format(ui.downloaded, { file: name }));
    } else if (action === "save") {
      const name = fileName(ui.filename, "", "json");
      downloadText(name, `${JSON.stringify(documentOf(), null, 2)}\n`, "application/json");
      say(message, format(ui.downloaded, { file: name }));
    } else if (action === "print") window.print();
    else if (action === "forget") {
      storage.remove(spec.storage);
      remember.checked = false;
      rememberedStatus = "none";
      say(message, ui.forgotten);
    }
  });

  // The tab's own list, and the entry being written, as Back, a reload or the other
  // language's page left them.
  function restoreTab() {
    const here = tab.read();
    if (!isPlainObject(here) || !Array.isArray(here.items) || !here.items.every(isItem)) return false;
    items = here.items;
    if (typeof here.draft === "string" && !touchedBeforeMount(own)) own.value = here.draft;
    render();
    return true;
  }
  onShownAgain(restoreTab);

  // The copy on this device: read back by the engine before it is shown or written again; what
  // the reader does meanwhile is kept, and added to it.
  async function restoreRemembered(kept, fromTab) {
    rememberedStatus = "pending";
    remember.checked = true;
    const response = await call("dealbreakers_load", { data: kept, lang });
    if (!response.ok && response.errors.some((error) => error.code === "runtime")) {
      // Python could not answer (the status line says why): read it again once it is back.
      let waiting = true;
      const stop = onStatus(({ stage }) => {
        if (stage !== "ready" || !waiting) return;
        waiting = false;
        queueMicrotask(() => stop());
        restoreRemembered(kept, fromTab);
      });
      return;
    }
    const loaded = resultOf(response, shell)?.data.items;
    if (loaded === undefined) {
      rememberedStatus = "refused";
      remember.checked = false;
      tellRefusedCopy(message, ui.refused, { download: ui.refused_download, filename: fileName(ui.refused_filename, "", "json") }, kept);
      return;
    }
    rememberedStatus = "applied";
    if (!fromTab) items = [...loaded, ...items.filter((item) => !loaded.some((other) => same(other, item)))];
    if (!same(items, loaded)) {
      changed();
      return;
    }
    // Read back unchanged: nothing to write, so that a list another tab has since kept on this
    // device is not replaced by this tab's older copy.
    render();
    keepTab();
  }

  // Boxes the reader ticked or unticked before this module arrived, read before the tab's
  // list is put back, and applied on top of it.
  const typed = boxes.filter(touchedBeforeMount).map((box) => [box.value, box.checked]);
  // The box ticked before this module arrived is the reader's say, as it is once bound.
  const ticked = remember.checked && touchedBeforeMount(remember);
  const fromTab = restoreTab();
  for (const [id, ticked] of typed) {
    if (ticked && !items.some((item) => item.id === id)) items.push({ id });
    if (!ticked) items = items.filter((item) => item.id !== id);
  }
  render();
  // An untouched first visit writes nothing to the tab: an empty list kept there would hide
  // the copy on this device at the next reload.
  if (fromTab || typed.length) keepTab();
  const kept = storage.get(spec.storage);
  if (kept !== null) restoreRemembered(kept, fromTab);
  else if (ticked) {
    storage.set(spec.storage, documentOf());
    rememberedStatus = "applied";
  }
}

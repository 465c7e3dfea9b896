// Clients assessed on this device, side by side: name, verdict, scores, and a way back to
// each one's answers.
import { element, isPlainObject } from "./dom.mjs";

/** The comparison table of a shell; `onOpen` gets a client's answers, `onChange` the list. */
export function comparison(shell, ui, { onOpen, onChange }) {
  const section = shell.querySelector("[data-assessment-compare]");
  const rows = shell.querySelector("[data-compare-rows]");
  let clients = [];

  function render() {
    section.hidden = clients.length === 0;
    rows.replaceChildren(...clients.map((client, index) => {
      const open = element("button", { type: "button", class: "md-button" }, ui.compare_open);
      open.addEventListener("click", () => onOpen(client.answers));
      const remove = element("button", { type: "button", class: "md-button" }, ui.compare_remove);
      remove.addEventListener("click", () => {
        clients.splice(index, 1);
        render();
        onChange(clients);
      });
      return element(
        "tr",
        {},
        element("th", { scope: "row" }, client.name),
        element("td", {}, client.verdict),
        element("td", {}, client.case),
        element("td", {}, client.risk),
        element("td", {}, open, " ", remove),
      );
    }));
  }

  return {
    /** Add (or replace) a client, from the engine's answer to its answers. */
    add(name, { report, shown }, answers) {
      clients = clients.filter((client) => client.name !== name);
      clients.push({ name, verdict: report.verdict_title, case: shown.case_score, risk: shown.risk_score, answers });
      render();
      onChange(clients);
    },
    /** Restore clients kept on this device, leaving out anything malformed. */
    restore(stored) {
      if (!Array.isArray(stored)) return;
      clients = stored.filter((client) => isPlainObject(client) && typeof client.name === "string");
      render();
    },
    list: () => clients,
  };
}

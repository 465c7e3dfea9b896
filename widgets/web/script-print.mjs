// Printing a document of the generator: the one chosen in the tabs, alone (print.css leaves
// out the rest of the page, and the letter's notes for its sender), on the paper chosen. A
// document that still holds blanks is not printed before the reader is told which.
import { element } from "./dom.mjs";
import { format, messagesOf, say } from "./messages.mjs";

/** Bind the print button and the paper choice of `shell`. */
export function bindPrint(shell) {
  const { ui: { documents }, placeholders } = messagesOf(shell);
  const button = shell.querySelector("[data-script-print]");
  const paper = shell.querySelector("[data-script-paper]");
  let chosen = "conversation";

  const setPaper = () => {
    shell.dataset.paper = paper.value;
  };
  paper.addEventListener("change", setPaper);
  setPaper();

  // What the chosen document prints: its panel, less what print.css leaves out.
  function printedText() {
    const panel = shell.querySelector(`[data-script-panel="${chosen}"]`).cloneNode(true);
    for (const notes of panel.querySelectorAll('[data-script-line="letter-notes"]')) notes.remove();
    return panel.textContent;
  }

  return {
    /** The tabs chose another document: it is the one the button prints. */
    choose(name, label) {
      chosen = name;
      shell.dataset.printDocument = name;
      button.textContent = label;
    },
    /** Print the chosen document; unless `anyway`, first say which blanks it still holds. */
    print(anyway = false) {
      const text = printedText();
      const blanks = placeholders.filter((marker) => text.includes(marker));
      if (anyway || blanks.length === 0) {
        say(button, "");
        window.print();
        return;
      }
      const again = element("button", { type: "button", class: "md-button", "data-script-action": "print-anyway" }, documents.print_anyway);
      say(button, format(documents.blanks, { blanks: blanks.join(", ") }), " ", again);
    },
  };
}

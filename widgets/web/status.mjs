// The loading indicator every widget shell carries: a <progress> and a polite live region
// whose words are the shell's (its messages' "status" table, in the page's language).
import { messagesOf } from "./messages.mjs";
import { onStatus, warmUp } from "./runtime.mjs";

const STAGES = ["runtime", "engine", "ready"];

/** Keep a shell's status line and progress bar in step with the runtime. */
export function bindStatus(shell) {
  const words = messagesOf(shell).status;
  const line = shell.querySelector("[data-playbook-status]");
  const bar = shell.querySelector("progress[data-playbook-progress]");
  const retry = shell.querySelector("[data-playbook-retry]");
  // Starting the runtime again is all a retry needs: widgets recompute once it is ready.
  if (retry) retry.addEventListener("click", () => warmUp());
  return onStatus(({ stage }) => {
    shell.dataset.runtime = stage;
    if (line) line.textContent = words[stage] || "";
    if (retry) retry.hidden = stage !== "failed";
    if (bar) {
      bar.value = Math.max(0, STAGES.indexOf(stage) + 1);
      bar.hidden = !["runtime", "engine"].includes(stage);
    }
  });
}

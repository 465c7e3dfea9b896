// The "about" widget: proves Python runs in the reader's browser by asking the engine
// for its version and the interpreter's.
import { call } from "./runtime.mjs";
import { bindStatus } from "./status.mjs";

export async function mount(shell) {
  bindStatus(shell);
  const answer = await call("version");
  // A runtime that cannot start is already explained by the status line.
  if (!answer.ok) return;
  for (const [key, value] of Object.entries(answer.result)) {
    const slot = shell.querySelector(`[data-field="${key}"]`);
    if (slot) slot.textContent = value;
  }
}

// The one way a tool reads a file the reader chose: its size checked before a byte is read,
// against the limit the shell carries (its "files" words; widgets/fields/files.py holds it).
import { format, messagesOf } from "./messages.mjs";

/**
 * The text of `file`, chosen in a tool of `shell`: {text}, or {refused} with the words that say
 * it is larger than a tool loads.
 */
export async function readFile(shell, file) {
  const words = messagesOf(shell).files;
  if (file.size > words.max_bytes) return { refused: format(words.too_large, { file: file.name }) };
  return { text: await file.text() };
}

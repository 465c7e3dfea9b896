// The one way the tools name the files they save: a word of the page's (or the script's)
// language, then the client's name made safe for every file system. Accented Latin letters are
// folded to their base letters, letters of other scripts are kept as they are, anything else
// becomes a hyphen, and the name is capped well below the 255 bytes file systems allow.

// Latin letters that Unicode does not decompose into a base letter and an accent.
const FOLDED = {
  ł: "l", đ: "d", ð: "d", ħ: "h", ı: "i", ŀ: "l", ø: "o", ŧ: "t", ß: "ss", æ: "ae", œ: "oe", þ: "th", ĳ: "ij",
};
// UTF-8 bytes a client's part of a file name may take: room for the word before it and the
// extension after, whatever the script.
const MAX_BYTES = 80;

const bytes = (text) => new TextEncoder().encode(text).length;

/** A file name's part from free text: lower case words joined by hyphens, capped in length. */
export function slug(text) {
  const folded = String(text).toLowerCase().normalize("NFD")
    // Only marks on Latin letters are accents to drop; in other scripts they write vowels.
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC")
    .replace(/\p{Script=Latin}/gu, (char) => FOLDED[char] ?? char);
  let words = folded.replace(/[^\p{L}\p{M}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
  if (bytes(words) > MAX_BYTES) {
    let kept = "";
    for (const char of words) {
      if (bytes(kept + char) > MAX_BYTES) break;
      kept += char;
    }
    // A word cut in the middle is dropped, when a whole one comes before it.
    const cut = words[kept.length] === "-" ? kept.length : kept.lastIndexOf("-");
    words = (cut > 0 ? kept.slice(0, cut) : kept).replace(/-+$/, "");
  }
  return words;
}

/** `base`, then the client's name when there is one, then the extension. */
export function fileName(base, name, extension) {
  const part = slug(name || "");
  return `${base}${part ? `-${part}` : ""}.${extension}`;
}

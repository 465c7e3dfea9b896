// The site's languages, as every page declares them (<meta name="playbook-languages">, written
// from widgets/languages.py): which folder holds each language, so that the switcher keeps the
// page and the section, and the one 404 page speaks the language of the address asked for.

// This module lives at <version root>/assets/widgets/, whatever the page's language.
export const siteRoot = new URL("../../", import.meta.url);

function declared() {
  const meta = document.querySelector('meta[name="playbook-languages"]');
  return meta ? JSON.parse(meta.content) : { default: document.documentElement.lang, folders: {} };
}

const { default: defaultLanguage, folders } = declared();

/** The language whose folder starts `path` (a path below a version's root). */
export function languageOf(path) {
  const found = Object.entries(folders).find(([, folder]) => folder && path.startsWith(folder));
  return found ? found[0] : defaultLanguage;
}

/** The folder of a language below a version's root ("" for the default language). */
export function folderOf(language) {
  return folders[language] ?? "";
}

// The path of the current page below the site root, and that path without its language folder.
function sitePath() {
  return new URL(location.href).pathname.slice(siteRoot.pathname.length);
}

/** The current page's path below its language folder, with the section the reader is at. */
export function pagePath() {
  const path = sitePath();
  return path.slice(folderOf(languageOf(path)).length) + location.hash;
}

/** The language of the current page. */
export function currentLanguage() {
  return languageOf(sitePath());
}

// GitHub Pages serves the root 404.html for every path: show the language of the path asked for.
export function showReadersLanguage404() {
  const blocks = document.querySelectorAll("[data-playbook-404]");
  if (!blocks.length) return;
  // The 404 page may be served at any depth: the language folder is a segment of the path.
  const segments = location.pathname.split("/").map((segment) => `${segment}/`);
  const found = Object.entries(folders).find(([, folder]) => folder && segments.includes(folder));
  const lang = found ? found[0] : defaultLanguage;
  for (const block of blocks) block.hidden = block.getAttribute("data-playbook-404") !== lang;
  document.documentElement.lang = lang;
}

// The twin page is computed at click time, so that it keeps the section the reader is at.
function switchLanguage(event) {
  const link = event.target.closest && event.target.closest("a[data-playbook-lang]");
  if (!link || !location.href.startsWith(siteRoot.href)) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  location.assign(new URL(folderOf(link.dataset.playbookLang) + pagePath(), siteRoot));
}

document.addEventListener("click", switchLanguage, true);

// Entry point of the site's scripts: binds the widget shells of the page, and keeps language
// and version links on the same page.

// This module lives at <version root>/assets/widgets/, whatever the page's language.
const siteRoot = new URL("../../", import.meta.url);
const LANGUAGE_FOLDERS = { fr: "", en: "en/" };

const widgets = {
  "engine-version": () => import("./engine-version.mjs"),
  assessment: () => import("./assessment.mjs"),
  script: () => import("./script.mjs"),
  "deal-breakers": () => import("./deal-breakers.mjs"),
};

function bindWidgets() {
  for (const shell of document.querySelectorAll("[data-playbook-widget]:not([data-bound])")) {
    shell.dataset.bound = "true";
    const load = widgets[shell.dataset.playbookWidget];
    if (load) load().then((module) => module.mount(shell));
  }
  showReadersLanguage404();
}

// The path of the current page below the site root, without its language folder.
function pagePath() {
  const here = new URL(location.href);
  let path = here.pathname.slice(siteRoot.pathname.length);
  for (const folder of Object.values(LANGUAGE_FOLDERS)) {
    if (folder && path.startsWith(folder)) path = path.slice(folder.length);
  }
  return path + here.hash;
}

function currentLanguage() {
  const path = new URL(location.href).pathname.slice(siteRoot.pathname.length);
  return path.startsWith(LANGUAGE_FOLDERS.en) ? "en" : "fr";
}

// GitHub Pages serves the root 404.html for every path: show the language of the path asked for.
function showReadersLanguage404() {
  const blocks = document.querySelectorAll("[data-playbook-404]");
  if (!blocks.length) return;
  const lang = /\/en\//.test(location.pathname) ? "en" : "fr";
  for (const block of blocks) block.hidden = block.getAttribute("data-playbook-404") !== lang;
  document.documentElement.lang = lang;
}

// The twin page is computed at click time, so that it keeps the section the reader is at.
function switchLanguage(event) {
  const link = event.target.closest && event.target.closest("a[data-playbook-lang]");
  if (!link || !location.href.startsWith(siteRoot.href)) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  location.assign(new URL(LANGUAGE_FOLDERS[link.dataset.playbookLang] + pagePath(), siteRoot));
}

// Versions sit side by side (/1.0/, /latest/): keep the page and the language when switching.
async function switchVersion(event) {
  const link = event.target.closest && event.target.closest(".md-version__link");
  if (!link) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  const versionRoot = new URL(link.getAttribute("href"), location.href);
  const folder = LANGUAGE_FOLDERS[currentLanguage()];
  const twin = new URL(folder + pagePath(), versionRoot);
  let target = new URL(folder, versionRoot);
  try {
    if ((await fetch(twin, { method: "HEAD" })).ok) target = twin;
  } catch {
    // Unreachable twin: the version's home in the same language is the safe landing.
  }
  location.assign(target);
}

// Print buttons carry no inline handler (the CSP forbids them): one delegated listener.
function printPage(event) {
  if (event.target.closest && event.target.closest("[data-playbook-print]")) window.print();
}

document.addEventListener("click", switchLanguage, true);
document.addEventListener("click", printPage);
document.addEventListener("click", switchVersion, true);

if (window.document$) window.document$.subscribe(bindWidgets);
bindWidgets();


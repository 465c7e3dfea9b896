// Versions sit side by side (/1.0/, /latest/): switching keeps the page and the language.
import { currentLanguage, folderOf, pagePath } from "./languages.mjs";

async function switchVersion(event) {
  const link = event.target.closest && event.target.closest(".md-version__link");
  if (!link) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  const versionRoot = new URL(link.getAttribute("href"), location.href);
  const folder = folderOf(currentLanguage());
  const twin = new URL(folder + pagePath(), versionRoot);
  let target = new URL(folder, versionRoot);
  try {
    if ((await fetch(twin, { method: "HEAD" })).ok) target = twin;
  } catch {
    // Unreachable twin: the version's home in the same language is the safe landing.
  }
  location.assign(target);
}

document.addEventListener("click", switchVersion, true);

// Entry point of the site's scripts: binds the widget shells of the page, and keeps language
// and version links on the same page (languages.mjs, versions.mjs).
import { showReadersLanguage404 } from "./languages.mjs";
import { format } from "./messages.mjs";
import "./versions.mjs";

const widgets = {
  "engine-version": () => import("./engine-version.mjs"),
  assessment: () => import("./assessment.mjs"),
  script: () => import("./script.mjs"),
  "deal-breakers": () => import("./deal-breakers.mjs"),
};

// A table wider than the page scrolls inside the box the theme wraps it in: that box then
// takes focus, so that the keyboard can scroll it too.
const wideTables = "ResizeObserver" in window
  ? new ResizeObserver((entries) => {
    for (const { target } of entries) {
      if (target.scrollWidth > target.clientWidth) target.tabIndex = 0;
      else target.removeAttribute("tabindex");
    }
  })
  : null;

function watchTables() {
  for (const box of document.querySelectorAll(".md-typeset__scrollwrap:not([data-watched])")) {
    box.dataset.watched = "";
    if (wideTables) wideTables.observe(box);
  }
}

function bindWidgets() {
  for (const shell of document.querySelectorAll("[data-playbook-widget]:not([data-bound])")) {
    shell.dataset.bound = "true";
    const load = widgets[shell.dataset.playbookWidget];
    if (load) load().then((module) => {
      module.mount(shell);
      shell.dataset.mounted = "true";
      // Buttons that do nothing without their script work from now on.
      for (const button of shell.querySelectorAll("[data-playbook-needs-script]")) button.disabled = false;
    });
  }
  showReadersLanguage404();
  datePrints();
  watchTables();
}

// Print buttons carry no inline handler (the CSP forbids them): one delegated listener.
function printPage(event) {
  if (event.target.closest && event.target.closest("[data-playbook-print]")) window.print();
}

document.addEventListener("click", printPage);

// What the reader types or ticks in a tool before its module is bound is theirs: marked here,
// so that the module, restoring what the tab kept, puts it back on top (form.mjs, touched()).
function markTouched(event) {
  const control = event.target;
  if (control.matches && control.matches("[data-playbook-widget]:not([data-mounted]) :is(input, select, textarea)")) {
    control.dataset.playbookTouched = "";
  }
}

document.addEventListener("input", markTouched, true);
document.addEventListener("change", markTouched, true);

// The printed playbook's cover says the day it was printed, in the page's language.
function datePrints() {
  for (const line of document.querySelectorAll("[data-print-date]")) {
    const parts = new Intl.DateTimeFormat(line.dataset.locale, { dateStyle: "long" }).formatToParts(new Date());
    const date = parts.map(({ type, value }) => (type === "day" && value === "1" ? line.dataset.firstDay : value)).join("");
    line.textContent = format(line.dataset.printDate, { date });
    line.hidden = false;
  }
}

window.addEventListener("beforeprint", datePrints);

if (window.document$) window.document$.subscribe(bindWidgets);
bindWidgets();
window.addEventListener("load", watchTables);

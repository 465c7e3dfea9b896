// The path through a form (macros/templates/fields.html, steps_nav): a link to each fieldset,
// marked once the reader has answered in it, the one in view marked as the current step. A
// link takes the reader to its fieldset's first control, without touching the address (which
// carries share links).
import { edited } from "./form.mjs";

/** Bind the path of `form` inside `shell`; `refresh()` marks the steps again after a load. */
export function bindSteps(shell, form) {
  const nav = shell.querySelector(`[data-form-steps="${form.dataset.form}"]`);
  if (!nav) return { refresh() {} };
  const formId = form.dataset.form;
  const links = [...nav.querySelectorAll("[data-step-group]")];
  const fieldsets = new Map(links.map((link) => [link, form.querySelector(`#${link.dataset.stepGroup}`)]));
  const touched = new Set();

  function refresh() {
    for (const [link, fieldset] of fieldsets) {
      // Answered: used by the reader, or holding answers loaded, shared or restored.
      const answered = touched.has(fieldset) || edited(fieldset, formId);
      link.toggleAttribute("data-answered", answered);
      link.querySelector("[data-step-state]").textContent = answered ? ` (${nav.dataset.answeredWord})` : "";
    }
  }

  function track(event) {
    const fieldset = event.target.closest && event.target.closest(".playbook-group");
    if (fieldset && !touched.has(fieldset)) {
      touched.add(fieldset);
      refresh();
    }
  }
  form.addEventListener("input", track);
  form.addEventListener("change", track);

  nav.addEventListener("click", (event) => {
    const link = event.target.closest("[data-step-group]");
    if (!link) return;
    event.preventDefault();
    const fieldset = fieldsets.get(link);
    fieldset.scrollIntoView({ block: "start" });
    const first = fieldset.querySelector("input:not([type=radio]), input[type=radio]:checked, textarea, select") || fieldset.querySelector("input");
    if (first) first.focus({ preventScroll: true });
  });

  // The fieldset in view: the first one whose top half of the screen shows it.
  if ("IntersectionObserver" in window) {
    const visible = new Set();
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) (entry.isIntersecting ? visible.add(entry.target) : visible.delete(entry.target));
      const current = links.find((link) => visible.has(fieldsets.get(link)));
      for (const link of links) {
        if (link === current) link.setAttribute("aria-current", "step");
        else link.removeAttribute("aria-current");
      }
    }, { rootMargin: "-20% 0px -50% 0px" });
    for (const fieldset of fieldsets.values()) observer.observe(fieldset);
  }

  refresh();
  return { refresh };
}

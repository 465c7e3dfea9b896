// A generated script on the page: the engine's document blocks (widgets/script/document.py,
// the one shape of a script) written with textContent only, so typed markup stays text. The
// points to check stand above the tabs; each other part goes into the tab of its document.
import { element } from "./dom.mjs";

// The tab (panel) each part of the document goes into; a part not named here joins the
// conversation sheet.
const PANEL_OF_PART = { warnings: "warnings", conversation: "conversation", objections: "conversation", email: "email", letter: "letter" };

// One block; a block with an id (the email's subject, a warning, the letter's notes) is named by it.
function blockNode(block) {
  const named = { "data-script-line": block.id || null };
  if (block.kind === "title") return element("p", { class: "playbook-script-title" }, block.line);
  if (block.kind === "cue") return element("p", { ...named, class: "playbook-cue" }, block.line);
  if (block.kind === "say" || block.kind === "labelled") return element("p", named, block.line);
  if (block.kind === "text") return element("div", { ...named, class: "playbook-text" }, block.line);
  return element("li", named, block.line);
}

/**
 * Write `script` (the engine's answer) into `region`, part by part, section by section, each
 * in its panel. The panels are marked with the script's language, which may not be the page's.
 */
export function renderScript(region, script) {
  const panels = Object.fromEntries([...region.querySelectorAll("[data-script-panel]")].map((panel) => [panel.dataset.scriptPanel, panel]));
  const contents = Object.fromEntries(Object.keys(panels).map((name) => [name, []]));
  let part = null;
  let section = null;
  let list = null;
  for (const block of script.document) {
    if (block.kind === "part") {
      part = element("section", { "data-script-part": block.id }, element("h3", { id: `script-part-${block.id}` }, block.text));
      contents[PANEL_OF_PART[block.id] || "conversation"].push(part);
      section = list = null;
    } else if (block.kind === "section") {
      section = element("section", { "data-section": block.id }, element("h4", {}, block.text));
      part.append(section);
      list = null;
    } else if (!part) {
      contents.conversation.push(blockNode(block));
    } else {
      const node = blockNode(block);
      const parent = section || part;
      if (node.tagName !== "LI") list = null;
      else if (!list) parent.append((list = element("ul")));
      (node.tagName === "LI" ? list : parent).append(node);
    }
  }
  for (const [name, panel] of Object.entries(panels)) {
    panel.lang = script.lang;
    panel.replaceChildren(...contents[name]);
    // The points to check scroll on their own in the wide layout: a keyboard reaches them,
    // and a screen reader names them by their heading, when there are any.
    if (name === "warnings") {
      const heading = panel.querySelector("h3");
      for (const [attribute, value] of [["role", "region"], ["tabindex", "0"], ["aria-labelledby", heading && heading.id]]) {
        if (heading) panel.setAttribute(attribute, value);
        else panel.removeAttribute(attribute);
      }
    }
  }
  region.hidden = false;
}

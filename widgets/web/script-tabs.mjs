// The generator's documents, one tab each (the conversation sheet, the email, the letter), as
// the WAI-ARIA tabs pattern has them: the arrow keys, Home and End move between tabs, and the
// tab chosen is the document shown, and the one printed.

/** Bind the tabs of `shell`; `onChange(name, label)` hears of each tab chosen. */
export function bindTabs(shell, onChange) {
  const tabs = [...shell.querySelectorAll("[data-script-tab]")];
  const panelOf = (tab) => shell.querySelector(`#${tab.getAttribute("aria-controls")}`);

  function choose(chosen, focus = false) {
    for (const tab of tabs) {
      const on = tab === chosen;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      panelOf(tab).hidden = !on;
    }
    if (focus) chosen.focus();
    onChange(chosen.dataset.scriptTab, chosen.dataset.printLabel);
  }

  const keys = {
    ArrowRight: (index) => (index + 1) % tabs.length,
    ArrowLeft: (index) => (index - 1 + tabs.length) % tabs.length,
    Home: () => 0,
    End: () => tabs.length - 1,
  };
  for (const tab of tabs) {
    tab.addEventListener("click", () => choose(tab));
    tab.addEventListener("keydown", (event) => {
      const move = keys[event.key];
      if (!move) return;
      event.preventDefault();
      choose(tabs[move(tabs.indexOf(tab))], true);
    });
  }
  const selected = tabs.find((tab) => tab.getAttribute("aria-selected") === "true") || tabs[0];
  choose(selected);
  return { chosen: () => tabs.find((tab) => tab.getAttribute("aria-selected") === "true").dataset.scriptTab };
}

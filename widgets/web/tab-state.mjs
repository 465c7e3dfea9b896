// The reader's work in this tab, one record per tool, kept as they go so that Back, Forward, a
// reload or the language switch give it back: in the tab's session storage, on the device,
// never sent, gone when the tab is closed. Records hold answers and ids, never a page's words,
// so that a page in another language shows them in its own.

const PREFIX = "client-exit-playbook:tab:";

/** The working state of one tool ("assessment", "script", "deal-breakers") in this tab. */
export function tabState(tool) {
  const key = PREFIX + tool;
  return {
    read() {
      try {
        const raw = sessionStorage.getItem(key);
        return raw === null ? null : JSON.parse(raw);
      } catch {
        return null;
      }
    },
    write(value) {
      try {
        sessionStorage.setItem(key, JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * The value of `name=` in the address's fragment, read once: it is taken out of the address
 * bar and of its history entry, so the answers it carries stay out of the browser's history,
 * and the caller keeps them in the tab's state, where the theme's section tracking, which
 * rewrites the fragment as the reader scrolls, cannot lose them. Null when there is none.
 */
export function takeFromAddress(name) {
  const value = new URLSearchParams(location.hash.slice(1)).get(name);
  if (value !== null) history.replaceState(history.state, "", location.pathname + location.search);
  return value;
}

/**
 * Call `restore` each time the browser shows this page again from its back/forward cache: the
 * page kept its form as it was, but the reader may have worked on since, on this tool's page
 * in another language.
 */
export function onShownAgain(restore) {
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) restore();
  });
}

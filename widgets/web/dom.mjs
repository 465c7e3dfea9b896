// The one DOM helper of the widgets: elements built with attributes and children, text always
// going in as text nodes, never as markup.

/** An element with its attributes (null and false ones left out) and its children. */
export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
  node.append(...children.filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}

export function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// JSON with the keys of every object in order, so that equal values give equal texts.
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isPlainObject(value)) {
    return `{${Object.keys(value).sort().filter((key) => value[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Whether two JSON values are equal, whatever the order of their keys. */
export function same(a, b) {
  return canonical(a) === canonical(b);
}

/**
 * Where the keyboard is inside `container`, kept while it is written anew: `restore()` gives
 * the focus back to the control at the same rank among its links and buttons.
 */
export function keyboardPlace(container) {
  const controls = () => [...container.querySelectorAll("a[href], button")];
  const rank = container.contains(document.activeElement) ? controls().indexOf(document.activeElement) : -1;
  return {
    restore() {
      if (rank >= 0 && !container.contains(document.activeElement)) controls()[rank]?.focus({ preventScroll: true });
    },
  };
}

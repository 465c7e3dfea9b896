// Search in the page's language. The theme fetches the index of the whole site, every
// language in it; hooks/search_languages.py writes one index per language beside it, and this
// points the theme's request at the page's own. A classic script placed before the theme's
// bundle, which requests the index as it starts.
(() => {
  const lang = document.currentScript.dataset.lang;
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    const address = new URL(String(url), location.href);
    if (address.pathname.endsWith("/search/search_index.json")) {
      address.pathname = address.pathname.replace(/\.json$/, `.${lang}.json`);
      return open.call(this, method, address.href, ...rest);
    }
    return open.call(this, method, url, ...rest);
  };
})();

// Loaded right after TypeDoc's main.js on the API pages (typedoc.json, customJs). TypeDoc remembers
// the theme and which sections are open in localStorage, some of it while main.js starts; this removes
// what it wrote and keeps it in memory from now on, as the site promises on its privacy page. The site
// itself keeps nothing in localStorage, so clearing it removes nothing else.
window.TypeDoc?.disableLocalStorage();

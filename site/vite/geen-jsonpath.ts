/**
 * Stands in for `jsonpath-plus` in the browser bundle. json-rules-engine calls it only for a
 * condition with a `path` (`{ fact, path }`), and the rule schemas refuse `path`: every rule the
 * simulator runs was checked against them while the site was built. So it is never called; if it
 * ever is, it says so instead of answering.
 */
export function JSONPath(): never {
  throw new Error(
    'IZA-regels: json-rules-engine vroeg om een JSON-pad; de regels kennen geen paden.',
  );
}

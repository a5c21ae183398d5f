/**
 * The Content-Security-Policy of every page of the site, in one place: Astro writes it into the pages
 * it renders (astro.config.mjs), and the TypeDoc plugin into the API pages (scripts/typedoc-site.ts).
 * Everything is refused but files from this site: no connections, no forms, no other origins. Inline
 * scripts and styles are allowed only by their SHA-256 hash, which each writer adds itself.
 */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

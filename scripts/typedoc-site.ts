/**
 * TypeDoc plugin for the API pages on the site (`pnpm docs:api`). They follow the site's rules: the
 * site's Content-Security-Policy (the one inline script TypeDoc writes allowed by its hash), no
 * referrer to other sites, and nothing kept in the browser: TypeDoc would remember the theme and
 * which menus are open in localStorage (site/api-zonder-opslag.js clears it and turns that off).
 *
 * One exception: style-src also allows 'unsafe-inline'. TypeDoc's script writes the member filters
 * ("inherited", "external") into a <style> element whose content changes with each choice, so no
 * fixed hash can allow it. Inline styles cannot run code or load anything from elsewhere.
 */
import { createHash } from 'node:crypto';
import { PageEvent, type Application } from 'typedoc';
import { CSP_DIRECTIVES } from '../site/csp.ts';

const hash = (script: string): string =>
  `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

export function load(app: Application): void {
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined) return;
    const inline = [...page.contents.matchAll(/<script>([^<]*)<\/script>/g)].map(
      (match) => match[1] ?? '',
    );
    const policy = [
      ...CSP_DIRECTIVES,
      ["script-src 'self'", ...inline.map(hash)].join(' '),
      "style-src 'self' 'unsafe-inline'",
    ].join('; ');
    page.contents = page.contents.replace(
      '<meta charset="utf-8"/>',
      `$&<meta http-equiv="content-security-policy" content="${policy}"/><meta name="referrer" content="no-referrer"/>`,
    );
  });
}

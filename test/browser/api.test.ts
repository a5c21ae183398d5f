/**
 * The API pages that TypeDoc writes into the built site (site/dist/api): one page of each kind in a
 * real browser, under the site's own Content-Security-Policy, with no request to another origin, no
 * cookie and nothing written to localStorage, in English, and axe on WCAG 2.2 AA (but for one rule
 * that TypeDoc's theme breaks, see below).
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { WCAG_22_AA, htmlPages, newContext, requestsElsewhere, siteInBrowser } from './harness.ts';

const api = (await htmlPages()).filter((path) => path.startsWith('/api/'));
const site = siteInBrowser();

/** The first page of each kind: the index, a module, a function, an interface, a type, a variable. */
const kinds = [...new Map(api.map((path) => [path.split('/')[2] ?? '', path])).values()];

describe('the API pages', () => {
  it('document both entries of the engine: the isomorphic one and ./node', () => {
    expect(api).toContain('/api/');
    expect(api).toContain('/api/modules/');
    expect(api).toContain('/api/modules/node.html');
    expect(api).toContain('/api/functions/index.conformance.html');
    expect(api).toContain('/api/functions/node.conformanceOfDir.html');
  });

  it.each(kinds)(
    '%s: no CSP violation or script error, no third-party request, no cookie, no storage, axe finds nothing but nested-interactive',
    async (path) => {
      const context = await newContext(site.browser);
      const page = await context.newPage();
      const foreign = requestsElsewhere(page, site.base);
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${site.base}${path}`, { waitUntil: 'networkidle' });
      // Open and close the search, as a reader would: it reads TypeDoc's search index.
      await page.locator('#tsd-search-trigger').click();
      await page.keyboard.press('Escape');
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      // Except nested-interactive (WCAG 4.1.2): TypeDoc's theme puts a link inside the <summary> that
      // folds a section of its navigation. Both stay reachable with the keyboard; the rule is off for
      // these pages only, every other axe rule applies.
      const result = await new AxeBuilder({ page })
        .withTags(WCAG_22_AA)
        .disableRules(['nested-interactive'])
        .analyze();
      expect(
        result.violations.map(
          (violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`,
        ),
      ).toEqual([]);
      await context.close();
    },
  );
});

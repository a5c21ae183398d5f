/**
 * Where the template CSV and its column description are written for the site, and the example plans
 * that fill its rows: shared by `pnpm sjabloon`, which writes them, and the test that they are up to
 * date.
 */
import { readFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);

export const TEMPLATE_FILES = {
  csv: new URL('site/public/downloads/plannen-sjabloon.csv', root),
  kolommen: new URL('site/src/lib/csv-kolommen.json', root),
} as const;

const EXAMPLES = ['ggz-wijk-spuk', 'nog-onvolledig', 'ziekenhuis-structureel-via-verzekeraar'];

export const templatePlans = (): Promise<unknown[]> =>
  Promise.all(
    EXAMPLES.map(
      async (name) =>
        JSON.parse(
          await readFile(new URL(`rules/voorbeelden/${name}.json`, root), 'utf8'),
        ) as unknown,
    ),
  );

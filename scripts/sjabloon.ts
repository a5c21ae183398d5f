/**
 * `pnpm sjabloon`: write the template CSV and its column description into the site, from the CSV
 * layout of the CLI (packages/cli/src/csv/template.ts) and the example plans in rules/voorbeelden.
 * A test (test/sjabloon.test.ts) fails when the written files are out of date.
 */
import { writeFile } from 'node:fs/promises';
import { columnDescriptions, templateCsv } from '../packages/cli/src/csv/template.ts';
import { TEMPLATE_FILES, templatePlans } from './sjabloon-bestanden.ts';

await writeFile(TEMPLATE_FILES.csv, templateCsv(await templatePlans()));
await writeFile(TEMPLATE_FILES.kolommen, `${JSON.stringify(columnDescriptions(), null, 2)}\n`);
console.log(
  `Geschreven / written: ${Object.values(TEMPLATE_FILES)
    .map((url) => url.pathname)
    .join(', ')}`,
);

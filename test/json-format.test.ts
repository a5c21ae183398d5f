/**
 * The one layout of the rule files (packages/engine/src/rules/json-format.ts) is Prettier's: for every
 * rule file and for arbitrary JSON, Prettier with this repository's configuration leaves it unchanged,
 * so `iza-regels opmaak`, `iza-regels check` and `pnpm lint` agree.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../packages/engine/src/rules/json-format.ts';
import { formattedRuleFiles } from '../packages/cli/src/opmaak.ts';
import { rulesDir } from './support.ts';

async function prettierOf(text: string, path: string): Promise<string> {
  const config = await prettier.resolveConfig(path);
  return prettier.format(text, { ...config, filepath: path });
}

describe('the layout of the rule files', () => {
  it('is what Prettier makes of every rule file', async () => {
    const paths = await formattedRuleFiles(rulesDir);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const text = formatJson(JSON.parse(await readFile(path, 'utf8')));
      expect(await prettierOf(text, path), path).toBe(text);
    }
  });

  it('is what Prettier makes of any JSON value', async () => {
    const path = join(rulesDir, 'regels', 'voorbeeld.json');
    const key = fc.string({ maxLength: 30 });
    const leaf = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.string({ maxLength: 60 }),
      fc.constantFrom('2026-12-31', 'voldoet-niet', 'parameter.addendum-einddatum'),
    );
    const { value } = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('value'), { maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { maxLength: 40 }),
        fc.dictionary(key, tie('value'), { maxKeys: 5 }),
      ),
    }));
    await fc.assert(
      fc.asyncProperty(value, async (json) => {
        const text = formatJson(json);
        expect(await prettierOf(text, path)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

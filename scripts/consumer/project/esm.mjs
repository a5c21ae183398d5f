// ESM consumer: the prebuilt rule set (no file system) and the Node entry must give the same receipt
// hash. Prints "<runtime> <entry> <hash>" per entry.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { evaluate } from '@iza-regels/engine/regelset';
import * as node from '@iza-regels/engine/node';
import { hash } from '@iza-regels/rules/regelset';

const plan = JSON.parse(
  readFileSync(
    createRequire(import.meta.url).resolve('@iza-regels/rules/voorbeelden/ggz-wijk-spuk.json'),
    'utf8',
  ),
);
const options = { peildatum: '2026-11-23' };
for (const [entry, uitslag] of [
  ['engine/regelset', await evaluate(plan, options)],
  ['engine/node', await node.evaluate(plan, options)],
]) {
  if (!uitslag.geldig) throw new Error(`${entry}: ongeldig: ${JSON.stringify(uitslag.problemen)}`);
  console.log(`esm ${process.version} ${entry} ${uitslag.regelset.hash}`);
}
console.log(`esm ${process.version} rules/regelset ${hash}`);

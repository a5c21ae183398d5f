/**
 * The browser step of the consumer check (run.sh): run an esbuild bundle of the consumer in Debian's
 * Chromium and print what it evaluated (the rule-set hash of the receipt). Run: node browser.ts BUNDLE
 */
import { readFile } from 'node:fs/promises';
import { launchChromium } from '../../test/browser/chromium.ts';

const bundle = process.argv[2];
if (!bundle) throw new Error('Usage: node browser.ts BUNDLE');

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setContent('<!doctype html><title>iza-regels consument</title>');
  await page.addScriptTag({ content: await readFile(bundle, 'utf8') });
  const hash = await page.evaluate(() => (globalThis as { uitslag?: Promise<string> }).uitslag);
  if (errors.length > 0) throw new Error(errors.join('\n'));
  console.log(`chromium ${browser.version()} engine/regelset ${hash}`);
} finally {
  await browser.close();
}

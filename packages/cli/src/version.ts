/** `iza-regels --version`: the version of this CLI and of the rule set it ships with. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

async function versionOf(specifier: string): Promise<string> {
  try {
    const text = await readFile(fileURLToPath(import.meta.resolve(specifier)), 'utf8');
    const { version } = JSON.parse(text) as { version?: unknown };
    return typeof version === 'string' ? version : 'onbekend';
  } catch {
    return 'onbekend';
  }
}

export async function versionText(): Promise<string> {
  const [cli, rules] = await Promise.all([
    versionOf(new URL('../package.json', import.meta.url).href),
    versionOf('@iza-regels/rules/package.json'),
  ]);
  return `iza-regels ${cli}\nregelset ${rules}\n`;
}

/**
 * A Vite plugin: in the browser bundle, `json-rules-engine` (and with it jsonpath-plus, eventemitter2,
 * hash-it and clone) is replaced by ./geen-rules-engine.ts. The server build, the CLI and the tests
 * keep the real one, which the differential test compares with the compiled conditions.
 */
import { fileURLToPath } from 'node:url';
import type { ViteUserConfig } from 'astro';

type Plugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

const STANDIN = fileURLToPath(new URL('./geen-rules-engine.ts', import.meta.url));

export function zonderRulesEnginePlugin(): Plugin {
  return {
    name: 'iza-regels:zonder-rules-engine',
    enforce: 'pre',
    resolveId(id) {
      if (id !== 'json-rules-engine') return undefined;
      return this.environment.name === 'client' ? STANDIN : undefined;
    },
  };
}

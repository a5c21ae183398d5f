/**
 * A Vite plugin: in the browser bundle, `import { Temporal } from 'temporal-polyfill'` gets the
 * browser's own Temporal when there is one (./eigen-temporal.ts). The server build, the CLI and the
 * tests keep the polyfill.
 */
import { fileURLToPath } from 'node:url';
import type { ViteUserConfig } from 'astro';

type Plugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

const EIGEN = fileURLToPath(new URL('./eigen-temporal.ts', import.meta.url));

export function temporalPlugin(): Plugin {
  return {
    name: 'iza-regels:eigen-temporal',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id !== 'temporal-polyfill' || importer === EIGEN) return undefined;
      return this.environment.name === 'client' ? EIGEN : undefined;
    },
  };
}

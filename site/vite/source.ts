/**
 * A Vite plugin: every environment of the site's build (client, ssr, prerender, astro) imports the
 * workspace packages from their sources, through the export condition "@iza-regels/source" in their
 * package.json, so the site needs no build of the packages first. Astro makes environments of its
 * own, which a top-level `resolve.conditions` would not reach.
 */
import type { ViteUserConfig } from 'astro';

type Plugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

// Vite's defaults, which a list of conditions replaces (vite itself is not a dependency of the site).
const CLIENT = ['module', 'browser', 'development|production'];
const SERVER = ['module', 'node', 'development|production'];

export function sourcePlugin(): Plugin {
  return {
    name: 'iza-regels:source',
    configEnvironment(name, config) {
      const defaults = name === 'client' || config.consumer === 'client' ? CLIENT : SERVER;
      config.resolve ??= {};
      config.resolve.conditions = [
        '@iza-regels/source',
        ...(config.resolve.conditions ?? defaults),
      ];
    },
  };
}

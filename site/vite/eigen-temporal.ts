/**
 * Temporal in the browser: the browser's own when it has one (Chrome and Edge since 144, Firefox since
 * 139), otherwise the engine's polyfill, fetched only then. Both follow the same standard, and the
 * rules use only ISO calendar dates (no locale formatting), so the answers are the same; the browser
 * tests compare the simulator's answers with the engine's in Node. `temporalPlugin` (./temporal.ts)
 * puts this module in place of `temporal-polyfill` in the browser bundle only.
 */
import type { Temporal as Polyfill } from 'temporal-polyfill';

type TemporalNamespace = typeof Polyfill;

const native = (globalThis as { Temporal?: TemporalNamespace }).Temporal;

export const Temporal: TemporalNamespace = native ?? (await import('temporal-polyfill')).Temporal;

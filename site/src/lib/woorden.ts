/**
 * The site's own words in Dutch (B1) and English, once: one named export per area, in a module per
 * part of the site (lib/woorden/), so that an island bundles only the modules it uses. Words about a
 * receipt (outcomes, condition states, certainty, deadline status, headings of a receipt) are not
 * here: they come from the engine (`LABELS`, `OUTCOME_LABEL`, `answerWords`). Rule texts come from
 * the rule files.
 */
export * from './woorden/algemeen.ts';
export * from './woorden/paginas.ts';
export * from './woorden/formulier.ts';
export * from './woorden/simulator.ts';
export * from './woorden/termijnen.ts';
export * from './woorden/uitslag.ts';

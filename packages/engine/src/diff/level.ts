/**
 * The version a change needs (CONTRIBUTING.md, "Versies volgen uitkomsten"): `patch` for wording and
 * citations, `minor` for new rules and new dated versions that change no outcome before they start,
 * `major` for any change to an existing outcome, a removed or renamed id, or a changed shape.
 */
export const LEVELS = ['geen', 'patch', 'minor', 'major'] as const;
export type Level = (typeof LEVELS)[number];

export const levelRank = (level: Level): number => LEVELS.indexOf(level);

/** The larger of two levels. */
export const laterLevel = (a: Level, b: Level): Level => (levelRank(b) > levelRank(a) ? b : a);

export const isLevel = (value: unknown): value is Level =>
  typeof value === 'string' && (LEVELS as readonly string[]).includes(value);

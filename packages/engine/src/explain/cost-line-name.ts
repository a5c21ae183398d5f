/**
 * How a receipt names a cost line: by its description, shortened when it is long. A receipt names a
 * line in every explanation of every cost-line rule, in two languages, and in the money table: some
 * thirty times. A description of ten megabytes would make a receipt of three hundred; shortened, the
 * receipt stays small whatever the plan says. The line's `index` points at the full description in
 * the plan, whose hash the receipt carries.
 */

/** The longest name, in characters (code points), the ellipsis included. */
export const COST_LINE_NAME_LENGTH = 80;

/** A cut at a space is preferred, but not one that throws away more than half of the name. */
const SHORTEST_WORD_CUT = COST_LINE_NAME_LENGTH / 2;

export function costLineName(omschrijving: string): string {
  if (omschrijving.length <= COST_LINE_NAME_LENGTH) return omschrijving;
  // Two code units per code point at most: this prefix holds every code point a name can use.
  const prefix = omschrijving.slice(0, 2 * COST_LINE_NAME_LENGTH);
  const head = Array.from(prefix);
  if (prefix.length === omschrijving.length && head.length <= COST_LINE_NAME_LENGTH)
    return omschrijving;
  const kept = head.slice(0, COST_LINE_NAME_LENGTH - 1).join('');
  const space = kept.search(/\s\S*$/u);
  const cut = space >= SHORTEST_WORD_CUT ? kept.slice(0, space) : kept;
  return `${cut.replace(/[\s,.;:–-]+$/u, '')}…`;
}

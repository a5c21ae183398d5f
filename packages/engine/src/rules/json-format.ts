/**
 * The one layout of the rule files (`rules/**.json`): what `iza-regels opmaak` writes, what
 * `iza-regels check` asks for, and what Prettier (with this repository's `printWidth` of 100) leaves
 * as it is, so an editor that formats on save, the checks and `pnpm lint` never disagree.
 *
 * It is Prettier's layout of `JSON.stringify(value, null, 2)`: a non-empty object always one member
 * per line (Prettier keeps an object expanded when its source is); an array on one line when that line,
 * with the comma after it, fits in the width and it is no matrix of arrays, else one item per line; an
 * array of numbers that does not fit fills each line as Prettier's `fill` does.
 */

/** Prettier's `printWidth` in .prettierrc. */
export const JSON_WIDTH = 100;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Width as Prettier counts it for these files: code points (the rule texts have no wide characters). */
const width = (text: string): number => [...text].length;

/** The value on one line, or undefined when it holds a non-empty object (which never goes on one line). */
function flat(value: Json): string | undefined {
  if (Array.isArray(value)) {
    const items = value.map(flat);
    return items.every((item) => item !== undefined) ? `[${items.join(', ')}]` : undefined;
  }
  if (value !== null && typeof value === 'object')
    return Object.keys(value).length === 0 ? '{}' : undefined;
  return JSON.stringify(value);
}

/** Prettier always breaks an array of two or more arrays that each have two or more items (a matrix). */
const matrix = (value: readonly Json[]): boolean =>
  value.length > 1 && value.every((item) => Array.isArray(item) && item.length > 1);

/**
 * `value` printed at column `column` on a line indented by `indent` spaces, followed on its line by
 * `after` characters (a comma, or nothing).
 */
function print(value: Json, indent: number, column: number, after: number): string {
  const pad = ' '.repeat(indent);
  const inner = ' '.repeat(indent + 2);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const line = matrix(value) ? undefined : flat(value);
    if (line !== undefined && column + width(line) + after <= JSON_WIDTH) return line;
    if (value.every((item) => typeof item === 'number')) return fill(value, indent);
    const items = value.map(
      (item, index) =>
        inner + print(item, indent + 2, indent + 2, index < value.length - 1 ? 1 : 0),
    );
    return `[\n${items.join(',\n')}\n${pad}]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return '{}';
    const members = keys.map((key, index) => {
      const name = `${JSON.stringify(key)}: `;
      const item = value[key] as Json;
      return `${inner}${name}${print(item, indent + 2, indent + 2 + width(name), index < keys.length - 1 ? 1 : 0)}`;
    });
    return `{\n${members.join(',\n')}\n${pad}}`;
  }
  return JSON.stringify(value);
}

/** Prettier's `fill`: the next number stays on the line when it, with ", " before it, fits. */
function fill(numbers: readonly number[], indent: number): string {
  const start = indent + 2;
  let text = `[\n${' '.repeat(start)}`;
  let column = start;
  numbers.forEach((number, index) => {
    const item = JSON.stringify(number);
    text += item;
    const next = numbers[index + 1];
    if (next === undefined) return;
    const nextItem = JSON.stringify(next);
    if (column + width(item) + 2 + width(nextItem) <= JSON_WIDTH) {
      text += ', ';
      column += width(item) + 2;
    } else {
      text += `,\n${' '.repeat(start)}`;
      column = start;
    }
  });
  return `${text}\n${' '.repeat(indent)}]`;
}

/** `value` (parsed JSON) in the one layout, with a final newline. */
export const formatJson = (value: unknown): string => `${print(value as Json, 0, 0, 0)}\n`;

/**
 * Texts in a plan must be well-formed Unicode. JSON allows a lone surrogate (`"\ud800"`), but it is
 * half a character: it cannot be written as UTF-8, so the input hash (RFC 8785 canonical JSON) and
 * every consumer that stores the receipt as UTF-8 would fail on it. It is refused like any bad value.
 */
import { toDotPath, type Issue } from '../rules/issues.ts';

const malformed = (path: readonly PropertyKey[]): Issue => ({
  code: 'invoer-ongeldige-tekst',
  pad: toDotPath(path),
  nl: 'Deze tekst bevat een teken dat niet bestaat (een losse helft van een Unicode-tekenpaar). Typ de tekst opnieuw.',
  en: 'This text contains a character that does not exist (half of a Unicode surrogate pair). Type the text again.',
});

// In a `u` regular expression a surrogate pair is one code point: only a lone half is in category Cs.
const LONE_SURROGATE = /\p{Cs}/u;

// ES2024's String#isWellFormed, typed here because the project's `lib` predates it.
type ModernString = string & { isWellFormed?: () => boolean };

/** Whether a text is well-formed Unicode: the runtime's own check where it has one. */
export const wellFormed: (text: string) => boolean =
  typeof (String.prototype as ModernString).isWellFormed === 'function'
    ? (text) => (text as ModernString).isWellFormed?.() ?? true
    : (text) => !LONE_SURROGATE.test(text);

/** Whether any text or key in the value is not well-formed: the common answer, without paths. */
function anyMalformed(value: unknown): boolean {
  if (typeof value === 'string') return !wellFormed(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(anyMalformed);
  for (const key of Object.keys(value))
    if (!wellFormed(key) || anyMalformed((value as Record<string, unknown>)[key])) return true;
  return false;
}

/** A problem for every text (or key) in the value that is not well-formed, with its path. */
export function malformedTexts(value: unknown): Issue[] {
  return anyMalformed(value) ? malformedAt(value, []) : [];
}

function malformedAt(value: unknown, path: PropertyKey[]): Issue[] {
  if (typeof value === 'string') return wellFormed(value) ? [] : [malformed(path)];
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => malformedAt(item, [...path, index]));
  return Object.entries(value).flatMap(([key, item]) =>
    wellFormed(key) ? malformedAt(item, [...path, key]) : [malformed([...path, key])],
  );
}

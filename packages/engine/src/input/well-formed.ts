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
const wellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);

/** A problem for every text (or key) in the value that is not well-formed, with its path. */
export function malformedTexts(value: unknown, path: PropertyKey[] = []): Issue[] {
  if (typeof value === 'string') return wellFormed(value) ? [] : [malformed(path)];
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => malformedTexts(item, [...path, index]));
  return Object.entries(value).flatMap(([key, item]) =>
    wellFormed(key) ? malformedTexts(item, [...path, key]) : [malformed([...path, key])],
  );
}

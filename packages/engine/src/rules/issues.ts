/**
 * Problems found in rule files or in input, as readonly data: a code scripts can match on, the file,
 * the rule id, the JSON path, and a message in Dutch and in English.
 */
import { z } from 'zod';

export interface Issue {
  readonly code: string;
  /** Path of the file relative to the rules folder, when the problem is in a file. */
  readonly bestand?: string;
  readonly regel?: string;
  /** JSON path in dot notation, e.g. `versies[1].citaten`. */
  readonly pad: string;
  readonly nl: string;
  readonly en: string;
}

export function toDotPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(hoofdniveau)' : out;
}

/**
 * A zod check with its own message in Dutch and English, for a rule zod's locales cannot word (such as
 * a supported range with its reason). Skipped when an earlier check on the value failed already.
 */
export function withText<T>(
  test: (value: T) => boolean,
  text: (value: T) => { nl: string; en: string },
  code: string,
): (payload: z.core.ParsePayload<T>) => void {
  return (payload) => {
    if (payload.issues.length > 0 || test(payload.value)) return;
    const { nl, en } = text(payload.value);
    payload.issues.push({
      code: 'custom',
      message: en,
      params: { nl, code },
      input: payload.value,
    });
  };
}

/** The Dutch text and own code a `withText` check put on its issue, if any. */
function ownText(issue: z.core.$ZodIssue): { nl?: string; code?: string } {
  if (issue.code !== 'custom' || issue.params === undefined) return {};
  const { nl, code } = issue.params as { nl?: unknown; code?: unknown };
  return {
    ...(typeof nl === 'string' ? { nl } : {}),
    ...(typeof code === 'string' ? { code } : {}),
  };
}

/**
 * Validate with zod and report every problem in both languages, using zod's own Dutch and English
 * locales, or the texts of a `withText` check.
 */
export function parseWithIssues<T extends z.ZodType>(
  schema: T,
  data: unknown,
  where: { bestand?: string; regel?: string } = {},
): { ok: true; value: z.output<T> } | { ok: false; issues: Issue[] } {
  const english = schema.safeParse(data, { error: z.locales.en().localeError });
  if (english.success) return { ok: true, value: english.data };
  const dutch = schema.safeParse(data, { error: z.locales.nl().localeError });
  const dutchIssues = dutch.success ? [] : dutch.error.issues;
  return {
    ok: false,
    issues: english.error.issues.map((issue, index) => {
      const own = ownText(issue);
      return {
        code: `invoer-${own.code ?? issue.code}`,
        ...where,
        pad: toDotPath(issue.path),
        nl: own.nl ?? dutchIssues[index]?.message ?? issue.message,
        en: issue.message,
      };
    }),
  };
}

export function formatIssue(issue: Issue, language: 'nl' | 'en' = 'nl'): string {
  const place = [issue.bestand, issue.regel].filter(Boolean).join(' · ');
  const message = language === 'nl' ? issue.nl : issue.en;
  return `✖ ${place ? `${place}: ` : ''}${message}\n  → ${language === 'nl' ? 'bij' : 'at'} ${issue.pad} [${issue.code}]`;
}

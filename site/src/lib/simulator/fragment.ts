/**
 * The state of an island in the URL fragment: compact JSON, base64url-encoded, after `#s=`. The fragment
 * never leaves the browser, so a shared link reproduces the simulation without sending anything.
 */
const PREFIX = '#s=';

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

export const isToestandFragment = (hash: string): boolean => hash.startsWith(PREFIX);

export const naarFragment = (data: unknown): string =>
  `${PREFIX}${toBase64Url(JSON.stringify(data))}`;

/**
 * The decoded JSON of a state fragment; `undefined` for another fragment (an anchor such as
 * `#inhoud`), `null` for a state fragment that cannot be read.
 */
export function uitFragment(hash: string): unknown {
  if (!isToestandFragment(hash)) return undefined;
  try {
    return JSON.parse(fromBase64Url(hash.slice(PREFIX.length))) as unknown;
  } catch {
    return null;
  }
}

/**
 * Write the state into the address bar without a new history entry and without scrolling, and carry
 * it on the link to the same page in the other language, so switching language keeps the simulation.
 */
export function bewaarInUrl(data: unknown): void {
  const hash = naarFragment(data);
  if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[hreflang]')) {
    link.hash = hash;
  }
}

/** Small guards for data read from a URL, which anyone can edit. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Content hashes for receipts: SHA-256 over RFC 8785 canonical JSON, with Web Crypto (Node and browsers). */
import canonicalize from 'canonicalize';

export async function contentHash(value: unknown): Promise<string> {
  const text = canonicalize(value) ?? 'null';
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );
  return `sha256:${hex}`;
}

/**
 * Content hashes for receipts: SHA-256 over RFC 8785 canonical JSON. Synchronous and the same in Node
 * and browsers: Web Crypto's digest is asynchronous, and for a plan the hop to it and back cost more
 * than the hash itself. Node's own SHA-256 where the runtime has one (found at run time, so browser
 * bundles never see `node:crypto`), @noble/hashes elsewhere.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { wellFormed } from '../input/well-formed.ts';

const encoder = new TextEncoder();

interface NodeCrypto {
  createHash(algorithm: 'sha256'): {
    update(text: string, encoding: 'utf8'): { digest(encoding: 'hex'): string };
  };
}

// `process.getBuiltinModule` (Node 20.16+, Deno, Bun) loads a built-in synchronously without an
// import statement that a bundler would try to follow.
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;

const sha256Hex: (text: string) => string = nodeCrypto
  ? (text) => nodeCrypto.createHash('sha256').update(text, 'utf8').digest('hex')
  : (text) => bytesToHex(sha256(encoder.encode(text)));

/**
 * The value with every object's keys in RFC 8785 order (UTF-16 code units), `toJSON` applied, and
 * what JCS forbids refused: NaN, Infinity, lone surrogates and cycles, as the `canonicalize` package
 * refuses them (the engine never hashes such a value; plans with lone surrogates are refused first).
 */
function ordered(value: unknown, ancestors: object[]): unknown {
  if (typeof value === 'string') {
    if (!wellFormed(value)) throw new Error('Lone surrogate is not allowed');
    return value;
  }
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new Error(Number.isNaN(value) ? 'NaN is not allowed' : 'Infinity is not allowed');
  if (typeof value !== 'object' || value === null) return value;
  // The objects this one sits in: a plan is a few levels deep, so a list beats a set.
  if (ancestors.includes(value)) throw new Error('Circular reference detected');
  ancestors.push(value);
  let copy: unknown;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    copy = ordered((value as { toJSON: () => unknown }).toJSON(), ancestors);
  } else if (Array.isArray(value)) {
    copy = value.map((item: unknown) => ordered(item, ancestors));
  } else {
    const record = value as Record<string, unknown>;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(record).sort()) {
      if (!wellFormed(key)) throw new Error('Lone surrogate is not allowed');
      const item = ordered(record[key], ancestors);
      // A member named "__proto__" (JSON.parse makes one) must stay a member, not set a prototype.
      if (key === '__proto__')
        Object.defineProperty(sorted, key, { value: item, enumerable: true, writable: true });
      else sorted[key] = item;
    }
    copy = sorted;
  }
  ancestors.pop();
  return copy;
}

/**
 * RFC 8785 (JCS) canonical JSON, as the `canonicalize` package writes it: keys sorted, numbers and
 * strings as ECMAScript's JSON.stringify writes them, `undefined` members left out. Written here
 * because that package checks every string character by character in JavaScript and joins the text
 * itself, which cost more than the rest of hashing a plan; this orders a copy and lets the runtime's
 * own JSON.stringify write it.
 */
export function canonicalJson(value: unknown): string {
  // undefined, functions and symbols have no JSON text; at the top they hash as `null`.
  return JSON.stringify(ordered(value, [])) ?? 'null';
}

export function contentHash(value: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(value))}`;
}

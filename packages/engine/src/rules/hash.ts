/**
 * Content hashes for receipts: SHA-256 over RFC 8785 canonical JSON. Synchronous and the same in Node
 * and browsers (@noble/hashes): Web Crypto's digest is asynchronous, and for a plan the hop to it and
 * back cost more than the hash itself.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

const encoder = new TextEncoder();

export function contentHash(value: unknown): string {
  const text = canonicalize(value) ?? 'null';
  return `sha256:${bytesToHex(sha256(encoder.encode(text)))}`;
}

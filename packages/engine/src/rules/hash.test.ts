import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from './hash.ts';

/** The text, or the error's message when it throws. */
const outcome = (write: () => string | undefined): string | undefined => {
  try {
    return write();
  } catch (error) {
    return `throws: ${(error as Error).message}`;
  }
};

// Any text, lone surrogates included: JSON allows them, JCS does not.
const anyText = fc.string({ unit: 'binary' });
const anyJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    anyText,
    fc.array(tie('value')),
    fc.dictionary(anyText, tie('value')),
  ),
})).value;

describe('RFC 8785 canonical JSON (receipt hashes)', () => {
  it('writes exactly what the canonicalize package writes, and refuses what it refuses', () => {
    fc.assert(
      fc.property(anyJson, (value) => {
        expect(outcome(() => canonicalJson(value))).toBe(outcome(() => canonicalize(value)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('sorts keys by UTF-16 code units and writes numbers the ECMAScript way (RFC 8785 §3.2)', () => {
    expect(canonicalJson({ b: 1e21, a: [0.1, -0, undefined], é: '€', '\u{1f600}': true })).toBe(
      '{"a":[0.1,0,null],"b":1e+21,"é":"€","😀":true}',
    );
  });

  it('keeps a member named __proto__, as JSON.parse makes it', () => {
    const value: unknown = JSON.parse('{"b":1,"__proto__":{"x":2}}');
    expect(canonicalJson(value)).toBe('{"__proto__":{"x":2},"b":1}');
    expect(canonicalJson(value)).toBe(canonicalize(value));
  });

  it('hashes the same value the same way whatever the key order', () => {
    expect(contentHash({ a: 1, b: [2, 3] })).toBe(contentHash({ b: [2, 3], a: 1 }));
    expect(contentHash({ a: 1 })).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

// The document sets of a sharded index are Rice-coded gaps in base64: every set must come back as
// it went in (empty, one document, dense, sparse, far apart), in fewer characters than JSON's
// delta-coded numbers, and bits that do not hold the set are a SearchIndexLoadError.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SearchIndexLoadError } from '@bichig/cluster';
import { decodeDocumentSet, encodeDocumentSet } from '../../packages/cluster/src/search/sharded-codec.js';

/** Deterministic pseudo-random numbers (a linear congruential generator). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** Every document below `size` kept with probability `share`. */
function randomSet(size: number, share: number, seed: number): number[] {
  const next = numbers(seed);
  const out: number[] = [];
  for (let n = 0; n < size; n++) if (next() < share) out.push(n);
  return out;
}

const jsonDeltas = (docs: readonly number[]) => JSON.stringify(docs.map((n, i) => n - (i ? docs[i - 1]! : 0))).length;

describe('document sets', () => {
  it('come back as they went in', () => {
    const sets = [
      [],
      [0],
      [83_626],
      [0, 1, 2, 3, 4],
      [5, 2 ** 20, 2 ** 30],
      randomSet(5_000, 0.9, 1),
      randomSet(80_000, 0.04, 2),
      randomSet(80_000, 0.0005, 3),
    ];
    for (const docs of sets) {
      const encoded = encodeDocumentSet(docs);
      assert.equal(encoded[0], docs.length);
      assert.deepEqual([...decodeDocumentSet(encoded, 'sets/0.json')], docs, `${docs.length} documents`);
    }
  });

  it('take fewer characters than delta-coded JSON numbers', () => {
    for (const [share, seed] of [
      [0.5, 4],
      [0.04, 5],
      [0.001, 6],
    ] as const) {
      const docs = randomSet(80_000, share, seed);
      const bits = encodeDocumentSet(docs)[2].length;
      assert.ok(bits * 2 < jsonDeltas(docs), `${docs.length} documents: ${bits} characters, JSON ${jsonDeltas(docs)}`);
    }
  });

  it('that their bits do not hold are a SearchIndexLoadError naming the file', () => {
    const [count, k, bits] = encodeDocumentSet(randomSet(1_000, 0.3, 7));
    for (const broken of [
      [count + 50, k, bits],
      [count, k, bits.slice(0, bits.length / 2)],
      [count, k, `${bits.slice(0, 4)}!${bits.slice(5)}`],
      [count, k, '////'],
    ] as const)
      assert.throws(
        () => decodeDocumentSet([...broken], 'sets/7.json'),
        (error: unknown) => {
          assert.ok(error instanceof SearchIndexLoadError);
          assert.match(error.message, /sets\/7\.json/);
          return true;
        },
      );
  });
});

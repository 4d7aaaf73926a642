// The one LRU cache of @bichig/core (the shaper's words, the layout's paragraphs).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LruCache } from '../../packages/core/src/lru.js';

describe('LruCache', () => {
  it('forgets the least recently used entry first, and reading an entry makes it recent', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    assert.equal(cache.get('a'), 1); // a is now newer than b
    cache.set('c', 3);
    assert.equal(cache.get('b'), undefined);
    assert.equal(cache.get('a'), 1);
    assert.equal(cache.get('c'), 3);
    assert.equal(cache.size, 2);
    assert.equal(cache.evictions, 1);
  });

  it('replacing a value keeps one entry and makes it recent', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 10);
    cache.set('c', 3);
    assert.equal(cache.get('a'), 10);
    assert.equal(cache.get('b'), undefined);
    assert.equal(cache.size, 2);
  });

  it('with capacity 0 keeps nothing; clear() empties it and resets the count', () => {
    const none = new LruCache<string, number>(0);
    none.set('a', 1);
    assert.equal(none.get('a'), undefined);
    assert.equal(none.size, 0);
    const cache = new LruCache<string, number>(1);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.clear();
    assert.equal(cache.size, 0);
    assert.equal(cache.evictions, 0);
  });
});

// The typed arrays of a paragraph while it is being shaped: growable Float64 and Int32 arrays
// and the ParagraphBuilder that shape-paragraph.ts reuses for every paragraph. Its finish() groups
// the items into words (the item sequences between break opportunities, with their advance and
// trailing hanging whitespace) and copies everything into one ArrayBuffer as a ShapedParagraph.
import { BREAK_BEFORE, HANGING } from './shaped-paragraph.js';
import type { ShapedParagraph } from './shaped-paragraph.js';
import type { MissingCharacter } from './types.js';

/** A growable Float64Array (shaping does not know its glyph count in advance), reused across paragraphs. */
class Float64Builder {
  #data = new Float64Array(256);
  length = 0;
  push(value: number): void {
    if (this.length === this.#data.length) {
      const bigger = new Float64Array(this.length * 2);
      bigger.set(this.#data);
      this.#data = bigger;
    }
    this.#data[this.length++] = value;
  }
  get capacity(): number {
    return this.#data.length;
  }
  /** The values pushed (a view: valid until the next push or reset). */
  view(): Float64Array {
    return this.#data.subarray(0, this.length);
  }
}

/** A growable Int32Array, reused across paragraphs. */
class IntBuilder {
  #data = new Int32Array(256);
  length = 0;
  push(value: number): void {
    if (this.length === this.#data.length) {
      const bigger = new Int32Array(this.length * 2);
      bigger.set(this.#data);
      this.#data = bigger;
    }
    this.#data[this.length++] = value;
  }
  get capacity(): number {
    return this.#data.length;
  }
  /** The values pushed (a view: valid until the next push or reset). */
  view(): Int32Array {
    return this.#data.subarray(0, this.length);
  }
}

/**
 * A paragraph while it is being shaped. One builder is reused for every paragraph, and a
 * finished paragraph is copied into a single ArrayBuffer: shaping a paragraph allocates one
 * buffer instead of a dozen growing arrays, which matters to the garbage collector (V8 counts
 * typed-array memory as external memory and collects sooner the more of it churns).
 */
export class ParagraphBuilder {
  readonly itemOffset = new IntBuilder();
  readonly itemAdvance = new Float64Builder();
  readonly itemFlags = new IntBuilder();
  readonly itemScript = new IntBuilder();
  /** Start glyph of each item; the glyph count closes the list. */
  readonly itemGlyph = new IntBuilder();
  readonly glyphId = new IntBuilder();
  readonly glyphFont = new IntBuilder();
  readonly glyphDx = new Float64Builder();
  readonly glyphDy = new Float64Builder();
  readonly glyphRotated = new IntBuilder();
  readonly glyphAdvance = new Float64Builder();
  readonly wordEnd = new IntBuilder();
  readonly wordAdvance = new Float64Builder();
  readonly wordHanging = new Float64Builder();
  scripts: string[] = [];
  missing: MissingCharacter[] = [];
  /** The breakable[] scratch of shapeParagraph. */
  breakable = new Uint8Array(256);

  /** Starts a paragraph of `length` code units. */
  reset(length: number): void {
    for (const builder of this.#builders()) builder.length = 0;
    this.scripts = [];
    this.missing = [];
    if (this.breakable.length < length + 1)
      this.breakable = new Uint8Array(Math.max(length + 1, this.breakable.length * 2));
    else this.breakable.fill(0, 0, length + 1);
  }

  /** Holds more than a long paragraph needs: not worth keeping between layouts. */
  get oversized(): boolean {
    return this.glyphId.capacity > 65_536 || this.itemOffset.capacity > 65_536 || this.breakable.length > 65_536;
  }

  #builders(): Array<IntBuilder | Float64Builder> {
    return [
      this.itemOffset,
      this.itemAdvance,
      this.itemFlags,
      this.itemScript,
      this.itemGlyph,
      this.glyphId,
      this.glyphFont,
      this.glyphDx,
      this.glyphDy,
      this.glyphRotated,
      this.glyphAdvance,
      this.wordEnd,
      this.wordAdvance,
      this.wordHanging,
    ];
  }

  get itemCount(): number {
    return this.itemAdvance.length;
  }

  get glyphCount(): number {
    return this.glyphId.length;
  }

  scriptIndex(script: string): number {
    const index = this.scripts.indexOf(script);
    return index < 0 ? this.scripts.push(script) - 1 : index;
  }

  pushGlyph(id: number, font: number, dx: number, dy: number, rotated: boolean, advance: number): void {
    this.glyphId.push(id);
    this.glyphFont.push(font);
    this.glyphDx.push(dx);
    this.glyphDy.push(dy);
    this.glyphRotated.push(rotated ? 1 : 0);
    this.glyphAdvance.push(advance);
  }

  pushItem(start: number, advance: number, glyphStart: number, flags: number, script: number): void {
    this.itemOffset.push(start);
    this.itemAdvance.push(advance);
    this.itemGlyph.push(glyphStart);
    this.itemFlags.push(flags);
    this.itemScript.push(script);
  }

  finish(length: number): ShapedParagraph {
    const itemCount = this.itemCount;
    const glyphCount = this.glyphCount;
    this.itemOffset.push(length);
    this.itemGlyph.push(glyphCount);
    // Words, found once here so that every re-layout steps over words instead of items. The
    // sums run in the same order as column filling would run them, so results are identical.
    const itemAdvance = this.itemAdvance.view();
    const itemFlags = this.itemFlags.view();
    for (let i = 0; i < itemCount;) {
      let j = i + 1;
      while (j < itemCount && !(itemFlags[j]! & BREAK_BEFORE)) j++;
      let advance = 0;
      for (let k = i; k < j; k++) advance += itemAdvance[k]!;
      let hanging = 0;
      for (let k = j - 1; k >= i && itemFlags[k]! & HANGING; k--) hanging += itemAdvance[k]!;
      this.wordEnd.push(j);
      this.wordAdvance.push(advance);
      this.wordHanging.push(hanging);
      i = j;
    }
    const wordCount = this.wordEnd.length;

    // One buffer, widest elements first so that every view is aligned.
    const bytes =
      8 * (itemCount + 2 * wordCount + 3 * glyphCount) +
      4 * (2 * (itemCount + 1) + wordCount) +
      2 * (itemCount + 2 * glyphCount) +
      (itemCount + glyphCount);
    const buffer = new ArrayBuffer(bytes);
    let at = 0;
    const copy = <T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(
      make: new (buffer: ArrayBuffer, offset: number, length: number) => T,
      source: Float64Array | Int32Array,
    ): T => {
      const target = new make(buffer, at, source.length);
      target.set(source);
      at += target.byteLength;
      return target;
    };
    return {
      itemCount,
      itemAdvance: copy(Float64Array, itemAdvance),
      wordAdvance: copy(Float64Array, this.wordAdvance.view()),
      wordHanging: copy(Float64Array, this.wordHanging.view()),
      glyphDx: copy(Float64Array, this.glyphDx.view()),
      glyphDy: copy(Float64Array, this.glyphDy.view()),
      glyphAdvance: copy(Float64Array, this.glyphAdvance.view()),
      itemOffset: copy(Int32Array, this.itemOffset.view()),
      itemGlyph: copy(Int32Array, this.itemGlyph.view()),
      wordCount,
      wordEnd: copy(Int32Array, this.wordEnd.view()),
      itemScript: copy(Uint16Array, this.itemScript.view()),
      glyphId: copy(Uint16Array, this.glyphId.view()),
      glyphFont: copy(Uint16Array, this.glyphFont.view()),
      itemFlags: copy(Uint8Array, itemFlags),
      glyphRotated: copy(Uint8Array, this.glyphRotated.view()),
      scripts: this.scripts,
      missing: this.missing,
    };
  }
}

import { chineseWoff2 } from '@bichig/fonts';
import { mongolianTtf } from '@bichig/fonts/node.js';
import { loadFont } from '../font/font.js';
import type { BichigFont } from '../font/font.js';
import { FontStack } from '../font/stack.js';
import { Shaper } from '../shape/shape.js';
import type { ShapeDirection } from '../shape/shape.js';
import { layoutText } from '../layout/layout.js';

/**
 * `bichig-shape`: like HarfBuzz's hb-shape, for conformance suites and scripts.
 *
 *   bichig-shape [--font FILE] [--direction ltr|ttb] [--features LIST]
 *   bichig-shape --layout --block-size N [--font FILE] [--font-size PX]
 *
 * Reads one text per line on stdin. Prints one JSON line per input line:
 *   {"glyphs":[{"name","id","cluster","advance":[x,y],"offset":[x,y]}]}   (font units, HarfBuzz's)
 * or, with --layout:
 *   {"columns":[{"start","end","text"}],"missing":[{"offset","codePoint"}]}  (UTF-16 offsets)
 * Keep this interface stable: external conformance suites drive it.
 */

export const USAGE = `usage: bichig-shape [--font FILE] [--direction ltr|ttb] [--features kern=0,-liga]
       bichig-shape --layout --block-size PX [--font FILE] [--font-size PX]
Reads one text per line on stdin; prints one JSON line per input line.`;

/** A command-line argument that cannot be used. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliOptions {
  fonts: string[];
  direction: ShapeDirection;
  features: string[];
  layout: boolean;
  blockSize: number;
  fontSize: number;
}

/**
 * The project's fonts, from the @bichig/fonts package (a dependency of @bichig/core), so the CLI
 * finds them wherever it is installed. The Mongolian TTF carries glyph names; the Chinese font
 * (Chinese, Latin, digits) is the fallback of `--layout`, loaded only for a line that needs it
 * (decoding its WOFF2 takes about half a second).
 */
export const DEFAULT_MONGOLIAN_FONT: URL = mongolianTtf;
export const DEFAULT_CHINESE_FONT: URL = chineseWoff2;

export function parseArguments(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    fonts: [],
    direction: 'ltr',
    features: [],
    layout: false,
    blockSize: NaN,
    fontSize: 24,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.includes('=') && arg.startsWith('--')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const number = (): number => {
      const raw = value();
      const n = Number(raw);
      if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a positive number, got "${raw}"`);
      return n;
    };
    switch (flag) {
      case '--font':
        options.fonts.push(value());
        break;
      case '--direction': {
        const d = value();
        if (d !== 'ltr' && d !== 'ttb') throw new UsageError(`--direction must be ltr or ttb, got "${d}"`);
        options.direction = d;
        break;
      }
      case '--features':
        options.features.push(
          ...value()
            .split(',')
            .map((f) => f.trim())
            .filter(Boolean),
        );
        break;
      case '--layout':
        options.layout = true;
        break;
      case '--block-size':
        options.blockSize = number();
        break;
      case '--font-size':
        options.fontSize = number();
        break;
      case '--help':
      case '-h':
        throw new UsageError('');
      default:
        throw new UsageError(`unknown argument "${arg}"`);
    }
  }
  if (options.layout && Number.isNaN(options.blockSize)) throw new UsageError('--layout needs --block-size PX');
  return options;
}

/** Turns lines of text into output lines, per the options. */
export class ShapeCommand {
  readonly #shaper = new Shaper({ cacheSize: 4096 });
  /** The default fallback font of `--layout`, until a line needs it. */
  #fallback: URL | undefined;
  #stack: FontStack;
  private constructor(
    readonly options: CliOptions,
    readonly fonts: BichigFont[],
    fallback: URL | undefined,
  ) {
    this.#fallback = fallback;
    this.#stack = new FontStack(fonts);
  }

  static async create(options: CliOptions): Promise<ShapeCommand> {
    const sources = options.fonts.length ? options.fonts : [DEFAULT_MONGOLIAN_FONT];
    const fonts = await Promise.all(sources.map((source) => loadFont(source)));
    const fallback = options.layout && !options.fonts.length ? DEFAULT_CHINESE_FONT : undefined;
    return new ShapeCommand(options, fonts, fallback);
  }

  /** Loads the default fallback font if `line` has a character the loaded fonts do not cover. */
  async prepare(line: string): Promise<void> {
    if (!this.#fallback) return;
    for (const character of line) {
      if (this.#stack.fontIndexFor(character.codePointAt(0)!) >= 0) continue;
      const font = await loadFont(this.#fallback);
      this.#fallback = undefined;
      this.fonts.push(font);
      this.#stack = new FontStack(this.fonts);
      return;
    }
  }

  /** The output line for one input line; call {@link prepare} with it first. */
  run(line: string): string {
    if (this.options.layout) {
      const layout = layoutText(line, {
        fonts: this.#stack,
        blockSize: this.options.blockSize,
        fontSize: this.options.fontSize,
        features: this.options.features,
        shaper: this.#shaper,
      });
      return JSON.stringify({
        columns: layout.columns.map((c) => ({ start: c.start, end: c.end, text: line.slice(c.start, c.end) })),
        missing: layout.missing,
      });
    }
    const font = this.fonts[0]!;
    const shaped = this.#shaper.shape(font, line, {
      direction: this.options.direction,
      features: this.options.features,
    });
    return JSON.stringify({
      glyphs: shaped.glyphs().map((g) => ({
        name: font.glyphName(g.id),
        id: g.id,
        cluster: g.cluster,
        advance: [g.xAdvance, g.yAdvance],
        offset: [g.xOffset, g.yOffset],
      })),
    });
  }
}

/** Runs the command on process stdin/stdout. Returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let command: ShapeCommand;
  try {
    command = await ShapeCommand.create(parseArguments(argv));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write((error.message ? `bichig-shape: ${error.message}\n` : '') + USAGE + '\n');
      return error.message ? 2 : 0;
    }
    process.stderr.write(`bichig-shape: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out: string[] = [];
  for await (const line of lines) {
    await command.prepare(line);
    out.push(command.run(line));
    if (out.length >= 256) {
      process.stdout.write(out.join('\n') + '\n');
      out.length = 0;
    }
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  return 0;
}

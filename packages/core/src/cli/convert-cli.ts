import { convertMenksoft } from '../legacy/menksoft.js';
import { normaliseMongolianSuffixes } from '../legacy/suffixes.js';

/**
 * `bichig-convert`: migrates text written in Menksoft's PUA encoding to Unicode Mongolian.
 *
 *   bichig-convert [--normalise-suffixes] [--out-dir DIR] [FILE…]
 *
 * Reads the files (UTF-8), or stdin when none is given or a file is `-`, and writes the converted
 * text to stdout, or with --out-dir to a file of the same name in DIR. Everything that is not
 * Menksoft stays as it is; suffixes typed after a plain space stay too unless
 * --normalise-suffixes is given. Reports on stderr, per input, what was converted and every
 * code point that could not be (kept in the output): a line of JSON each.
 * Exit status: 0 when everything converted, 1 when some code point could not be, 2 on bad usage.
 */
export const CONVERT_USAGE = `usage: bichig-convert [--normalise-suffixes] [--out-dir DIR] [FILE...]
Converts Menksoft-encoded (PUA) Mongolian to Unicode; stdin when no FILE is given.`;

export interface ConvertOptions {
  files: string[];
  normaliseSuffixes: boolean;
  outDir?: string;
}

/** A command-line argument that cannot be used. */
export class ConvertUsageError extends Error {
  override readonly name = 'ConvertUsageError';
}

export function parseConvertArguments(argv: readonly string[]): ConvertOptions {
  const options: ConvertOptions = { files: [], normaliseSuffixes: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--normalise-suffixes' || arg === '--normalize-suffixes') options.normaliseSuffixes = true;
    else if (arg === '--out-dir' || arg.startsWith('--out-dir=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value) throw new ConvertUsageError('--out-dir needs a directory');
      options.outDir = value;
    } else if (arg === '--help' || arg === '-h') throw new ConvertUsageError('');
    else if (arg.startsWith('--')) throw new ConvertUsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) options.files.push('-');
  if (options.outDir !== undefined && options.files.includes('-'))
    throw new ConvertUsageError('--out-dir needs files to name its outputs; stdin goes to stdout');
  return options;
}

/** What converting one input did, as the report line says it. */
export interface ConvertReport {
  input: string;
  converted: number;
  separatorsAdded: number;
  suffixesNormalised: number;
  unconverted: { codePoint: string; count: number; firstOffset: number }[];
}

/** Converts one text as the CLI does. */
export function convertText(
  input: string,
  text: string,
  normaliseSuffixes: boolean,
): { text: string; report: ConvertReport } {
  const menksoft = convertMenksoft(text);
  const suffixes = normaliseSuffixes ? normaliseMongolianSuffixes(menksoft.text) : { text: menksoft.text, replaced: 0 };
  return {
    text: suffixes.text,
    report: {
      input,
      converted: menksoft.converted,
      separatorsAdded: menksoft.separatorsAdded,
      suffixesNormalised: suffixes.replaced,
      unconverted: menksoft.unconverted.map((u) => ({
        codePoint: `U+${u.codePoint.toString(16).toUpperCase()}`,
        count: u.count,
        firstOffset: u.firstOffset,
      })),
    },
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function main(argv: readonly string[]): Promise<number> {
  let options: ConvertOptions;
  try {
    options = parseConvertArguments(argv);
  } catch (error) {
    if (error instanceof ConvertUsageError) {
      process.stderr.write((error.message ? `bichig-convert: ${error.message}\n` : '') + CONVERT_USAGE + '\n');
      return error.message ? 2 : 0;
    }
    throw error;
  }
  const { readFile, writeFile, mkdir } = await import('node:fs/promises');
  const { basename, join } = await import('node:path');
  if (options.outDir !== undefined) await mkdir(options.outDir, { recursive: true });
  let incomplete = false;
  for (const file of options.files) {
    let text: string;
    try {
      text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
    } catch (error) {
      process.stderr.write(
        `bichig-convert: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 2;
    }
    const result = convertText(file === '-' ? '<stdin>' : file, text, options.normaliseSuffixes);
    if (options.outDir !== undefined) await writeFile(join(options.outDir, basename(file)), result.text, 'utf8');
    else process.stdout.write(result.text);
    process.stderr.write(JSON.stringify(result.report) + '\n');
    if (result.report.unconverted.length > 0) incomplete = true;
  }
  return incomplete ? 1 : 0;
}

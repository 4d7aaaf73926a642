// Writes the Xilingol League fixture cluster to packages/cluster/fixtures/xilingol/.
// Usage: node --import tsx packages/cluster/scripts/generate-fixture.ts
// The output is deterministic; commit it together with any change to the generator.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCluster } from './fixture/generate.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'xilingol');
rmSync(join(out, 'sites'), { recursive: true, force: true });
rmSync(join(out, 'media'), { recursive: true, force: true });
const { files, media } = generateCluster();
let bytes = 0;
for (const [path, data] of Object.entries(files)) {
  const file = join(out, path);
  mkdirSync(dirname(file), { recursive: true });
  const text = `${JSON.stringify(data, null, 1)}\n`;
  bytes += Buffer.byteLength(text);
  writeFileSync(file, text);
}
for (const [path, svg] of Object.entries(media)) {
  const file = join(out, path);
  mkdirSync(dirname(file), { recursive: true });
  bytes += Buffer.byteLength(svg);
  writeFileSync(file, svg);
}
console.log(
  `wrote ${Object.keys(files).length} data files and ${Object.keys(media).length} SVG charts, ${(bytes / 1024).toFixed(0)} KiB, to ${out}`,
);

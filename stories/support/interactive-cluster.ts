// The Xilingol fixture cluster for the interactive column stories, bundled by Vite (no server
// needed): every JSON file of the fixture, loaded and validated by @bichig/cluster.
import { loadCluster, type Cluster } from '@bichig/cluster';
import { MemoryFormAdapter } from '@bichig/elements';

const modules = import.meta.glob('../../packages/fixtures/xilingol/**/*.json', {
  eager: true,
  import: 'default',
});
const files = Object.fromEntries(
  Object.entries(modules).map(([path, data]) => [path.replace(/^.*\/packages\/fixtures\/xilingol\//, ''), data]),
);

let cluster: Cluster | undefined;
/** The loaded fixture (once per page). */
export function xilingol(): Cluster {
  if (!cluster) {
    const result = loadCluster(files);
    if (result.errors.length) console.warn(`fixture: ${result.errors.length} validation problems`, result.errors);
    cluster = result.cluster;
  }
  return cluster;
}

/** An in-memory backend for one site, with a pinned clock and an optional delay (to see loading states). */
export function memoryAdapter(siteId: string, now: string, latencyMs = 0): MemoryFormAdapter {
  return MemoryFormAdapter.fromCluster(xilingol(), siteId, { now: () => new Date(now), latencyMs });
}

/** Story args every interactive column shares. */
export interface ColumnArgs {
  lang: 'zh' | 'mn';
  site: string;
  width: number;
  renderer: 'native' | 'shaped' | 'auto';
}

export const columnArgTypes = {
  lang: { control: 'inline-radio', options: ['zh', 'mn'], description: 'Content language: zh horizontal, mn vertical' },
  site: {
    control: 'select',
    options: ['xlgl', 'xlgl-mn', 'xlht', 'dwq-mn', 'xhq-mn', 'nmj'],
    description: 'Fixture site id',
  },
  width: { control: { type: 'range', min: 320, max: 1400, step: 20 }, description: 'Container width (360 = phone)' },
  renderer: {
    control: 'inline-radio',
    options: ['native', 'shaped', 'auto'],
    description: 'How Mongolian text is drawn',
  },
} as const;

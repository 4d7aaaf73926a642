// Shared helpers for the cluster tests: the fixture loaded once, and deep copies of its files to break.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCluster, type ClusterFiles, type LoadResult } from '@bichig/cluster';
import { loadXilingolFixture, xilingolFixtureDirectory } from '@bichig/fixtures';

export const FIXTURE_DIR = fileURLToPath(xilingolFixtureDirectory());

let cached: Promise<LoadResult> | undefined;
/** The Xilingol fixture, loaded through @bichig/fixtures' Node loader. */
export function fixture(): Promise<LoadResult> {
  cached ??= loadXilingolFixture();
  return cached;
}

/** The fixture's files, parsed afresh so a test can damage them. */
export function fixtureFiles(): Record<string, unknown> {
  const files: Record<string, unknown> = {
    'cluster.json': JSON.parse(readFileSync(join(FIXTURE_DIR, 'cluster.json'), 'utf8')),
  };
  for (const name of readdirSync(join(FIXTURE_DIR, 'sites')))
    files[`sites/${name}`] = JSON.parse(readFileSync(join(FIXTURE_DIR, 'sites', name), 'utf8'));
  return files;
}

/** A site file of a file set, typed loosely for damaging. */
/* eslint-disable @typescript-eslint/no-explicit-any -- tests reach into records to break them */
export function siteFile(files: Record<string, unknown>, id: string): Record<string, any> {
  return files[`sites/${id}.json`] as Record<string, any>;
  /* eslint-enable @typescript-eslint/no-explicit-any */
}

/** Loads a fresh cluster from fixture files (modifiable, unlike the cached one). */
export function freshCluster(edit?: (files: Record<string, unknown>) => void): LoadResult {
  const files = fixtureFiles();
  edit?.(files);
  return loadCluster(files as ClusterFiles);
}

/** "Now" for the fixture: the day after its last content. */
export const FIXTURE_NOW = '2026-11-21T09:00:00+08:00';

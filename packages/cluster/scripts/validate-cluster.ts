// Validates a cluster directory (cluster.json + the site files it lists) and prints every problem
// with its file, JSON path and what was expected. Exit code 1 when there are problems.
// Usage: node --conditions=@bichig/source --import tsx packages/cluster/scripts/validate-cluster.ts <directory>
import { formatIssue, loadClusterFromDirectory } from '@bichig/cluster';

const directory = process.argv[2];
if (!directory) {
  console.error('usage: validate-cluster.ts <directory holding cluster.json>');
  process.exit(2);
}
const { cluster, errors } = await loadClusterFromDirectory(directory);
for (const issue of errors)
  console.log(`${issue.dropped === 'nothing' ? 'warning' : `dropped ${issue.dropped}`}: ${formatIssue(issue)}`);
const articles = [...cluster.sites.values()].reduce((n, s) => n + s.articles.length, 0);
console.log(
  `${cluster.sites.size} sites, ${articles} articles loaded; ${errors.length} problem${errors.length === 1 ? '' : 's'}.`,
);
process.exit(errors.length ? 1 : 0);

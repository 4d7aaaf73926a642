// Serving a built portal beside the API: its files with the headers of its `_headers` file, hashed
// assets cached for good, the portal's 404 page, a runtime config that sends the forms here, and
// the API's own answers untouched.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase, type Database } from '@bichig/server';
import { parseHeadersFile } from '../../packages/server/src/http/portal.js';
import { listen } from './support.js';

const CSP = "default-src 'self'; script-src 'self'";

describe('@bichig/server serving the portal', () => {
  let root: string;
  let db: Database;
  let server: { url: string; close: () => Promise<void> };
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'portal-'));
    mkdirSync(join(root, 'assets'));
    mkdirSync(join(root, 'mn', 'mailbox'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>门户</title>');
    writeFileSync(join(root, 'mn', 'mailbox', 'index.html'), '<!doctype html><title>ᠰᠠᠭᠤᠯᠢ</title>');
    writeFileSync(join(root, 'assets', 'main-abc123.js'), 'console.log(1);'.repeat(200));
    writeFileSync(join(root, '404.html'), '<!doctype html><title>没有这个页面</title>');
    writeFileSync(join(root, 'portal-config.json'), '{"formApi":null}');
    writeFileSync(join(root, '_headers'), `/*\n  Content-Security-Policy: ${CSP}\n  X-Content-Type-Options: nosniff\n`);
    db = await openDatabase();
    await migrate(db);
    server = await listen(db, { portal: root });
  });
  after(async () => {
    await server?.close();
    await db?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('reads a _headers file', () => {
    assert.deepEqual(parseHeadersFile('# policy\n/*\n  A: 1\n  B: x: y\n/assets/*\n  C: 2\n'), [
      {
        pattern: '/*',
        headers: [
          ['A', '1'],
          ['B', 'x: y'],
        ],
      },
      { pattern: '/assets/*', headers: [['C', '2']] },
    ]);
  });

  it('serves pages with the build’s policy, folders by their index.html', async () => {
    const home = await fetch(`${server.url}/`);
    assert.equal(home.status, 200);
    assert.equal(home.headers.get('content-security-policy'), CSP);
    assert.match(await home.text(), /门户/);
    const mailbox = await fetch(`${server.url}/mn/mailbox/`);
    assert.equal(mailbox.status, 200);
    assert.match(await mailbox.text(), /ᠰᠠᠭᠤᠯᠢ/);
  });

  it('caches hashed assets for good and compresses them', async () => {
    const asset = await fetch(`${server.url}/assets/main-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(asset.status, 200);
    assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(asset.headers.get('content-encoding'), 'gzip');
    assert.equal((await asset.text()).length, 'console.log(1);'.length * 200);
  });

  it('sends the forms to this server, answers the portal’s 404 page, and keeps the API’s own answers', async () => {
    assert.deepEqual(await (await fetch(`${server.url}/portal-config.json`)).json(), {
      formApi: '/api/forms/',
      searchApi: '/api/search/',
      deskApi: '/api/desk/',
    });
    const missing = await fetch(`${server.url}/no/such/page/`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /没有这个页面/);
    assert.equal((await fetch(`${server.url}/_headers`)).status, 404);
    const api = await fetch(`${server.url}/api/nothing`);
    assert.equal(api.status, 404);
    assert.deepEqual(await api.json(), { error: 'not-found' });
    assert.equal((await fetch(`${server.url}/api/desk/letters`)).status, 401);
  });
});

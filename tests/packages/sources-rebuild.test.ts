// The packages `npm run zip` makes for the two stores, and the sources zip Firefox's review
// asks for: unpacked in a temporary folder, installed and built, it must give the very same
// Firefox package, file by file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, expect, test } from 'vitest';

const ROOT = process.cwd();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const zipPath = (root: string, kind: string) => join(root, '.output', `${pkg.name}-${pkg.version}-${kind}.zip`);
const open = (path: string) => JSZip.loadAsync(readFileSync(path));

/** File name → content of every file in a zip (directories left out). */
async function filesOf(zip: JSZip): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files).filter((e) => !e.dir)) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

const work = mkdtempSync(join(tmpdir(), 'koppelhulp-sources-'));
// Removing the rebuilt tree (with its own node_modules) can take minutes on a busy disk: not a failure.
afterAll(() => rmSync(work, { recursive: true, force: true }), 600_000);

test('both store packages carry the version of package.json, the one place it is set', async () => {
  for (const kind of ['chrome', 'firefox']) {
    const manifest = JSON.parse(await (await open(zipPath(ROOT, kind))).file('manifest.json')!.async('string'));
    expect(manifest.version, kind).toBe(pkg.version);
  }
});

test('the sources zip rebuilds to the same Firefox package, file by file', { timeout: 600_000 }, async () => {
  const sources = await filesOf(await open(zipPath(ROOT, 'sources')));
  expect([...sources.keys()]).toContain('package-lock.json');
  for (const [name, content] of sources) {
    mkdirSync(dirname(join(work, name)), { recursive: true });
    writeFileSync(join(work, name), content);
  }
  // What a reviewer runs (README, "Store packages"), from npm's cache when it has everything.
  // Without vitest's NODE_ENV=test and VITEST* variables, which would make Vite build another bundle.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
  const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: work, env, stdio: 'pipe', encoding: 'utf8' });
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund']);
  run('npx', ['wxt', 'zip', '-b', 'firefox']);

  const original = await filesOf(await open(zipPath(ROOT, 'firefox')));
  const rebuilt = await filesOf(await open(zipPath(work, 'firefox')));
  expect([...rebuilt.keys()].sort()).toEqual([...original.keys()].sort());
  const differing = [...original].filter(([name, content]) => !content.equals(rebuilt.get(name)!)).map(([name]) => name);
  expect(differing).toEqual([]);
});

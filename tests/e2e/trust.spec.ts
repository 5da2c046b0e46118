import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, flowTest, waitForCapture } from './fixtures';
import { seedRegistration } from './seed';

const LOKET = 'https://www.loket.nl';
const OUTPUT = join(process.cwd(), '.output');

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

test('the built code has no way to reach the network and no remote code', () => {
  for (const build of ['chrome-mv3', 'firefox-mv2']) {
    for (const file of filesIn(join(OUTPUT, build)).filter((f) => /\.(js|html)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'importScripts', 'eval(', 'new Function(']) {
        expect(code.includes(api), `${api} in ${file}`).toBe(false);
      }
      expect(code).not.toMatch(/<script[^>]+src=["']https?:/);
    }
  }
});

flowTest('the whole flow makes no network request of its own');

test('Loket.nl content in a frame of another origin, or a look-alike host, is never captured', async ({ context, readStorage }) => {
  await context.route('https://evil.example.com/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<h1>Bedrijfsgegevens</h1><table><tr><th>Werkgever ID</th><td>66666</td></tr><tr><th>Loonheffingennummer</th><td>123456782L01</td></tr></table>',
    }),
  );
  const lookalike = await context.newPage();
  await lookalike.goto('https://evil.example.com/bedrijfsgegevens');
  const host = await context.newPage();
  await host.route(`${LOKET}/frame-host`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<h1>Welkom</h1><iframe src="https://evil.example.com/frame"></iframe>' }),
  );
  await host.goto(`${LOKET}/frame-host`);
  await expect(host.frameLocator('iframe').getByText('66666')).toBeVisible();
  await host.waitForTimeout(500);
  expect(JSON.stringify(await readStorage())).not.toContain('66666');
});

test('corrupt stored data is set aside, the user is told, and it can be exported', async ({ context, extensionId, readStorage }) => {
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(() =>
    chrome.storage.local.set({
      // Damaged in the single item of older versions, and in today's one key per employer.
      employers: { broken: { draft: 'kapot', id: 42 } },
      'employer:stuk': { id: 'stuk', draft: 'stuk' },
      'employerIds:open': ['stuk'],
      profile: 'geen profiel',
    }),
  );
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const notice = popup.getByRole('status').filter({ hasText: 'beschadigd' });
  await expect(notice).toBeVisible();
  const [download] = await Promise.all([popup.waitForEvent('download'), notice.getByRole('button', { name: /Exporteren/ }).click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(JSON.stringify(exported.storage.quarantine)).toContain('kapot');
  expect(JSON.stringify(exported.storage.quarantine)).toContain('geen profiel');
  expect(JSON.stringify(exported.storage.quarantine)).toContain('"draft":"stuk"');
  // The popup still works: typing is saved.
  await popup.getByLabel('Bedrijfsnaam', { exact: true }).fill('Na herstel B.V.');
  await expect.poll(async () => JSON.stringify((await readStorage()).profile)).toContain('Na herstel B.V.');
});

test('the user sees everything stored, exports it, deletes one employer or everything', async ({ context, openPopup, readStorage }) => {
  const loket = await context.newPage();
  await loket.goto(`${LOKET}/classic-bedrijfsgegevens.html`);
  await waitForCapture(readStorage, '20720');
  await seedRegistration(context);
  await loket.reload();
  await waitForCapture(readStorage, '20720');
  const popup = await openPopup(loket);
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('20720');
  // The duplicate offer appears once the list of employers is read, after the first paint, and
  // moves everything below it: a click aimed before that lands beside "Gegevens beheren".
  await expect(popup.getByRole('region', { name: 'Samenvoegen' })).toBeVisible();
  await popup.getByText('Gegevens beheren').click();
  const shown = popup.getByLabel('Opgeslagen gegevens');
  await expect(shown).toContainText('Jan de Vries');
  await expect(shown).toContainText('20720');

  // Typing still waiting to be saved must not bring the deleted employer back.
  await popup.getByLabel('Naam werkgever').fill('Tijdelijk getypt');
  await popup.getByRole('button', { name: 'Deze werkgever verwijderen' }).click();
  // Deleting asks first (and can be undone afterwards).
  await popup.getByRole('button', { name: 'Ja, deze werkgever verwijderen' }).click();
  await expect.poll(async () => JSON.stringify(await readStorage())).not.toContain('"20720"');
  await popup.waitForTimeout(400);
  expect(JSON.stringify(await readStorage())).not.toContain('Tijdelijk getypt');
  expect(JSON.stringify(await readStorage())).toContain('Jan de Vries');

  const again = await openPopup(loket);
  await again.getByText('Gegevens beheren').click();
  await again.getByRole('button', { name: 'Alles verwijderen' }).click();
  await again.getByRole('button', { name: 'Echt alles verwijderen?' }).click();
  await expect.poll(async () => Object.keys(await readStorage())).toEqual([]);
});

test('web-ext lint on the Firefox build: no errors, no warnings from our own code', () => {
  const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', join(OUTPUT, 'firefox-mv2'), '--output', 'json'], {
    encoding: 'utf8',
  });
  const report = JSON.parse(out.slice(out.indexOf('{')));
  expect(report.errors).toEqual([]);
  for (const warning of report.warnings as { code: string; file: string }[]) {
    // react-dom's own innerHTML (dangerouslySetInnerHTML support), which we never use.
    expect(warning.code).toBe('UNSAFE_VAR_ASSIGNMENT');
    expect(readFileSync(join(OUTPUT, 'firefox-mv2', warning.file), 'utf8')).toContain('dangerouslySetInnerHTML');
  }
});

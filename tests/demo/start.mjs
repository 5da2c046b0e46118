// `npm start`: the whole flow on the simulated Loket.nl and a.s.r. pages, no account needed.
// With a display: a browser window to try it yourself. Without one: headless, the flow is walked
// and screenshots of the popup and the filled form are written and their paths printed.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launchWithExtension, openPopup } from '../support/browser.mjs';

const LOKET_PAGE = 'https://www.loket.nl/classic-bedrijfsgegevens.html';
const EMPLOYEE_PAGE = 'https://www.loket.nl/employee-dga.html';
const RIGHTS_PAGE = 'https://www.loket.nl/rights-missing.html';
const ASR_PAGE = 'https://www.asr.nl/plain-form.html';
const DEMO_PROFILE = {
  Bedrijfsnaam: 'Voorbeeld Salarisadministratie B.V.',
  'E-mailadres': 'salaris@voorbeeld.nl',
  Raamwerkcontractnummer: 'A020123456',
};

const headless = Boolean(process.env.CI) || !process.env.DISPLAY;
const STORE_SIZE = { width: 1280, height: 800 };
const outDir = join(ROOT, 'tests/artifacts/demo');
mkdirSync(outDir, { recursive: true });

console.log('Extensie bouwen (Chrome)…');
execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

let launched;
try {
  launched = await launchWithExtension({ headless });
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
}
const { context, extensionId } = launched;

const loket = await context.newPage();
await loket.goto(LOKET_PAGE);
const employee = await context.newPage();
await employee.goto(EMPLOYEE_PAGE);
// The link user's rights page: two rights are missing there, so the popup warns.
const rights = await context.newPage();
await rights.goto(RIGHTS_PAGE);
await loket.bringToFront();
await loket.waitForTimeout(800);

const popup = await openPopup(context, extensionId, loket);
await popup.getByLabel('Werkgever ID', { exact: true }).waitFor();
for (const [label, value] of Object.entries(DEMO_PROFILE)) {
  const field = popup.getByLabel(label, { exact: true });
  if (!(await field.inputValue())) await field.fill(value);
}
// What Loket.nl cannot know: the DGA found on the employee page, and the 13th month.
const candidate = popup.getByRole('button', { name: /^Toevoegen: / }).first();
if (await candidate.isVisible().catch(() => false)) await candidate.click();
await popup.getByRole('group', { name: '13e maand' }).getByLabel('Nee').check();
await popup.waitForTimeout(400);
await popup.screenshot({ path: join(outDir, 'popup-loket.png'), fullPage: true });

const asr = await context.newPage();
await asr.goto(ASR_PAGE);
const asrPopup = await openPopup(context, extensionId, asr);
const fillButton = asrPopup.getByRole('button', { name: /^Invullen/ });
await fillButton.click();
// Only an incomplete registration asks for a second, deliberate press.
const anyway = asrPopup.getByRole('button', { name: 'Invullen, ook al is het onvolledig' });
if (await anyway.isVisible().catch(() => false)) await anyway.click();
await asrPopup.getByRole('region', { name: /Resultaat van het invullen/ }).waitFor({ timeout: 5000 }).catch(() => undefined);
const shots = {
  popup: join(outDir, 'popup-after-fill.png'),
  form: join(outDir, 'asr-form-filled.png'),
  loketPopup: join(outDir, 'popup-loket.png'),
  storeLoket: join(outDir, 'store-1-loket.png'),
  storeAsr: join(outDir, 'store-2-asr.png'),
};
await asrPopup.screenshot({ path: shots.popup, fullPage: true });
await asr.bringToFront();
await asr.screenshot({ path: shots.form, fullPage: true });
await storeScreenshot(loket, popup, shots.storeLoket);
await storeScreenshot(asr, asrPopup, shots.storeAsr);

/**
 * A store screenshot (1280×800, the size both stores take): the page as a user sees it, with
 * the popup as it opens from the toolbar, top right.
 */
async function storeScreenshot(sitePage, popupPage, path) {
  const { width, height } = STORE_SIZE;
  await sitePage.setViewportSize({ width, height });
  const site = (await sitePage.screenshot()).toString('base64');
  // A toolbar popup is at most 600 px high (Chrome and Firefox); it scrolls beyond that.
  const shown = (await popupPage.screenshot({ clip: { x: 0, y: 0, width: 380, height: 600 } })).toString('base64');
  const canvas = await context.newPage();
  await canvas.setViewportSize({ width, height });
  await canvas.setContent(`<body style="margin:0;width:${width}px;height:${height}px;overflow:hidden;position:relative">
    <img src="data:image/png;base64,${site}" style="position:absolute;inset:0">
    <img src="data:image/png;base64,${shown}" style="position:absolute;top:8px;right:16px;
      border:1px solid #94a3b8;border-radius:8px;box-shadow:0 8px 28px rgba(15,23,42,.35)"></body>`);
  await canvas.screenshot({ path });
  await canvas.close();
}

if (headless) {
  console.log('Stroom doorlopen (headless). Schermafbeeldingen:');
  for (const path of Object.values(shots)) console.log(`  ${path}`);
  await context.close();
} else {
  console.log('Chromium is open met de extensie. Sluit het venster om te stoppen.');
  await new Promise((resolve) => context.on('close', resolve));
}

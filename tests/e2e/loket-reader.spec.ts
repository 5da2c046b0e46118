import { test, expect, waitForCapture } from './fixtures';

const LOKET = 'https://www.loket.nl';
const BSN = '111222333';

test.describe('Loket.nl reader through the popup', () => {
  const companyPages = [
    { page: 'classic-bedrijfsgegevens', werkgeverId: '20720', lhn: '123456782L01' },
    { page: 'new-ui-bedrijfsgegevens', werkgeverId: 'b14acd0d-75d7-4fc8-8b22-4a3924585cab', lhn: '812345678L01' },
    { page: 'formatted-number', lhn: '628194821L01' },
    { page: 'late-render', lhn: '854321093L01' },
  ];
  for (const variant of companyPages) {
    test(`${variant.page}: the popup shows what Loket.nl shows`, async ({ context, openPopup }) => {
      const loket = await context.newPage();
      await loket.goto(`${LOKET}/${variant.page}.html`);
      const popup = await openPopup(loket);
      const werkgeverId = popup.getByLabel('Werkgever ID', { exact: true });
      if (variant.werkgeverId) await expect(werkgeverId).toHaveValue(variant.werkgeverId);
      else await expect(werkgeverId).not.toHaveValue('');
      await expect(popup.getByLabel('Loonheffingennummer', { exact: true })).toHaveValue(variant.lhn);
    });
  }

  test('several administrations: the user picks the loonheffingennummer', async ({ context, openPopup }) => {
    const loket = await context.newPage();
    await loket.goto(`${LOKET}/several-administrations.html`);
    const popup = await openPopup(loket);
    const choice = popup.getByLabel('Loonheffingennummer', { exact: true });
    await expect(choice.locator('option')).toHaveText(['819000127L01', '819000127L02', '824375919L01', 'Ander nummer…']);
    await choice.selectOption('824375919L01');
    await popup.close();
    const again = await openPopup(loket);
    await expect(again.getByLabel('Loonheffingennummer', { exact: true })).toHaveValue('824375919L01');
  });

  test('a route change in the single-page app captures the new employer without reload', async ({ context, openPopup, readStorage }) => {
    const loket = await context.newPage();
    await loket.goto(`${LOKET}/spa-route-change/werkgevers/40001/bedrijfsgegevens`);
    await waitForCapture(readStorage, '40001');
    await loket.getByRole('link', { name: 'Schoonmaakbedrijf Glans B.V.' }).click();
    await waitForCapture(readStorage, '40002');
    const popup = await openPopup(loket);
    await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('40002');
    await expect(popup.getByRole('group', { name: 'Verloning' }).getByLabel('Per 4 weken')).toBeChecked();
  });

  test('an employee marked DGA is offered in the popup with one click', async ({ context, openPopup }) => {
    const loket = await context.newPage();
    await loket.goto(`${LOKET}/classic-bedrijfsgegevens.html`);
    const employee = await context.newPage();
    await employee.goto(`${LOKET}/employee-dga.html`);
    const popup = await openPopup(loket);
    const offer = popup.getByRole('button', { name: /Toevoegen: Pieter van Dijk/ });
    await expect(offer).toBeVisible();
    await offer.click();
    await expect(popup.getByRole('group', { name: /DGA's in de verloning/ }).getByLabel('Ja')).toBeChecked();
    await expect(popup.getByLabel('Naam DGA').first()).toHaveValue('Pieter van Dijk');
    await expect(popup.getByLabel('Personeelsnummer').first()).toHaveValue('1042');
  });

  test('a BSN on captured pages appears nowhere in the extension’s storage', async ({ context, readStorage }) => {
    const page = await context.newPage();
    for (const name of ['classic-bedrijfsgegevens', 'employee-dga', 'new-ui-bedrijfsgegevens']) {
      await page.goto(`${LOKET}/${name}.html`);
      expect(await page.content()).toContain(BSN);
      await page.waitForTimeout(200);
    }
    await waitForCapture(readStorage, '20720');
    await page.waitForTimeout(300);
    const stored = JSON.stringify(await readStorage());
    expect(stored).toContain('20720');
    expect(stored).not.toContain(BSN);
  });
});

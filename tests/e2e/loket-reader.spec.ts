import { test, expect, flowTest } from './fixtures';

const LOKET = 'https://www.loket.nl';

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
    // Each number with its administration's name; none chosen for the user.
    await expect(choice.locator('option')).toHaveText([
      'Kies de administratie',
      '819000127L01 · Hoofdadministratie',
      '819000127L02 · Oproepkrachten',
      '824375919L01 · Holding',
      'Ander nummer…',
    ]);
    await expect(choice).toHaveValue('');
    // Blocking until chosen: the number is among what is still missing, and the field says why.
    const missing = popup.locator('#missing-summary li');
    await expect(missing.filter({ hasText: /^Loonheffingennummer$/ })).toHaveCount(1);
    await choice.selectOption('824375919L01');
    await expect(missing.filter({ hasText: /^Loonheffingennummer$/ })).toHaveCount(0);
    await popup.close();
    const again = await openPopup(loket);
    await expect(again.getByLabel('Loonheffingennummer', { exact: true })).toHaveValue('824375919L01');
  });

  flowTest('a route change in the single-page app captures the new employer without reload');

  flowTest('the popup is prefilled with what Loket.nl shows, a DGA taken over with one click');

  flowTest('a BSN on captured pages appears nowhere in the extension’s storage');
});

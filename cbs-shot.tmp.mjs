import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
for (const [w, h] of [[1280, 800], [390, 844]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto('http://127.0.0.1:4791/gebied/reeshof');
  const t = page.getByRole('table', { name: 'Cijfers', exact: true });
  await t.waitFor({ timeout: 120000 });
  await page.getByRole('heading', { name: 'Cijfers', exact: true }).scrollIntoViewIfNeeded();
  await page.getByRole('heading', { name: 'Cijfers', exact: true }).evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: `/tmp/cbs-profile-${w}.png` });
  await page.getByRole('heading', { name: /Wijken in Reeshof/ }).evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: `/tmp/cbs-profile-wijken-${w}.png` });
  await page.close();
}
await browser.close();

// The audit page in headless Chromium, as a reader with a keyboard, a
// phone or a screen reader meets it: axe-core's WCAG 2.2 A/AA rules run in
// the page (no serious or critical violation may remain), the page reflows
// at 320 and 400 px without sideways scrolling, the first Tab lands on the
// skip link, and screenshots at desktop and 400 px are kept.
//
// node audit-page.mjs PAGE OUT_DIR TOOLS_DIR
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [page, out, tools] = process.argv.slice(2).map((p) => resolve(p));
const require = createRequire(join(tools, 'package.json'));
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
const fail = (msg) => { console.error(`FAIL: ${msg}`); failed = true; };
const url = `file://${page}`;

for (const [name, width, height] of [['desktop', 1400, 1000], ['mobile-400', 400, 860], ['reflow-320', 320, 640]]) {
  const context = await browser.newContext({ viewport: { width, height }, offline: true });
  const tab = await context.newPage();
  await tab.goto(url);
  const sideways = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  console.log(`${name}: ${width}px wide, scrolls sideways by ${sideways}px`);
  if (sideways > 0) fail(`${name}: the page scrolls sideways by ${sideways}px`);
  if (name !== 'reflow-320') {
    await tab.screenshot({ path: join(out, `audit-${name}.png`) });
    await tab.screenshot({ path: join(out, `audit-${name}-full.png`), fullPage: true });
    // The matrix and where to act first, as a reader scrolls to them.
    for (const [part, selector] of [['matrix', 'table.matrix'], ['actions', 'table.gaps']]) {
      const box = await tab.locator(selector).boundingBox();
      if (box) {
        await tab.screenshot({
          path: join(out, `audit-${name}-${part}.png`),
          fullPage: true,
          clip: { x: 0, y: box.y - 8, width, height: Math.min(box.height + 16, height) },
        });
      }
    }
  }
  if (name === 'desktop') {
    await tab.addScriptTag({ content: axeSource });
    const result = await tab.evaluate(async () => await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }));
    writeFileSync(join(out, 'axe.json'), JSON.stringify(result, null, 2));
    const counts = {};
    for (const v of result.violations) {
      counts[v.impact] = (counts[v.impact] || 0) + 1;
      console.log(`axe ${v.impact}: ${v.id} (${v.nodes.length} nodes): ${v.help}`);
    }
    console.log(`axe ${result.testEngine.version}: ${result.passes.length} rules passed, ${result.violations.length} violated ${JSON.stringify(counts)}, ${result.incomplete.length} need review`);
    const grave = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (grave.length) fail(`axe: ${grave.length} serious or critical violations`);
    // Keyboard: the first Tab reaches the skip link, Enter moves to the
    // actions, and every link is reachable in order.
    await tab.keyboard.press('Tab');
    const first = await tab.evaluate(() => document.activeElement.className);
    if (first !== 'skip') fail(`the first Tab lands on "${first}", not the skip link`);
    await tab.keyboard.press('Enter');
    const hash = await tab.evaluate(() => location.hash);
    if (hash !== '#act') fail(`the skip link leads to "${hash}"`);
    const outline = await tab.evaluate(() => {
      const a = document.querySelector('table.matrix a');
      a.focus();
      return getComputedStyle(a).outlineStyle;
    });
    if (outline === 'none') fail('a focused link shows no outline');
    console.log(`keyboard: first Tab on the skip link, Enter to ${hash}, focus outline ${outline}`);
  }
  await context.close();
}
await browser.close();
process.exit(failed ? 1 : 0);

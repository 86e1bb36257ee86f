// Browser test of the explorer: Playwright (playwright-core) drives Debian's
// Chromium, headless, through what a user does, and saves a screenshot after
// each step.
//
//   node web/e2e/explorer.mjs BASE_URL SCREENSHOT_DIR
//
// BASE_URL is a `jhagraph serve` (or the Go test's httptest server) whose
// graph holds testdata/letters and the real letter kst-32317-867. The
// browser is /usr/bin/chromium, or $CHROMIUM (scripts/chromium.sh installs
// it). Exits 0 when every step passed, 1 with the failing step otherwise.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './browser.mjs';

const [base, shots = 'web/e2e/screenshots'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node web/e2e/explorer.mjs BASE_URL [SCREENSHOT_DIR]');
  process.exit(2);
}
const origin = base.replace(/\/+$/, '');
const TIMEOUT = 15_000;

const ACT = 'celex:32011L0098';
const LETTER = 'kst-32317-867';
const SIGNATORIES = ['D. Yeşilgöz-Zegerius', 'F.M. Weerwind', 'E. van der Burg'];
const PUBLICATION = 'https://zoek.officielebekendmakingen.nl/';

mkdirSync(shots, { recursive: true });
const { context, close } = await launch('e2e', { locale: 'en-GB' });
const page = context.pages()[0] ?? (await context.newPage());
page.setDefaultTimeout(TIMEOUT);

// Anything the page logs as an error fails the run, as does a failed request.
const problems = [];
page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
page.on('console', (msg) => {
  if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
});
page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
page.on('response', (res) => {
  if (res.url().startsWith(origin) && res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
});

// How long each GraphQL operation took, to name the slow ones.
const timings = [];
page.on('requestfinished', (req) => {
  if (!req.url().endsWith('/graphql')) return;
  const op = /^\s*query\s+(\w+)/.exec(JSON.parse(req.postData() ?? '{}').query ?? '')?.[1] ?? 'anonymous';
  timings.push({ op, ms: Math.round(req.timing().responseEnd) });
});

let n = 0;
const passed = [];

/** Runs one step, then saves its screenshot as NN-name.png; fn may return a note for the log. */
async function step(name, what, fn) {
  n++;
  const file = `${String(n).padStart(2, '0')}-${name}.png`;
  const t0 = Date.now();
  const note = await fn();
  await page.screenshot({ path: join(shots, file), fullPage: false });
  if (problems.length) throw new Error(problems.join('\n'));
  passed.push(name);
  console.log(`ok  ${file}  ${what}${note ? `: ${note}` : ''} (${Date.now() - t0} ms)`);
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

const pathOf = () => {
  const u = new URL(page.url());
  return u.pathname + u.search;
};

async function waitForPath(want) {
  await page.waitForURL((u) => u.pathname + u.search === want, { timeout: TIMEOUT }).catch(() => {
    throw new Error(`expected the URL ${want}, got ${pathOf()}`);
  });
}

const entityPath = (id, view) => `/explore/entity/${encodeURIComponent(id)}${view ? `?view=${view}` : ''}`;

try {
  await step('search', 'typed "2011/98/EU" into the search box; the act is the first suggestion, chosen with ArrowDown', async () => {
    await page.goto(`${origin}/explore/`);
    const box = page.getByRole('combobox', { name: 'Search the graph' });
    await box.waitFor();
    assert(await box.evaluate((el) => el === document.activeElement), 'the search box does not have the focus on the home page');
    await box.pressSequentially('2011/98/EU', { delay: 20 });
    // Wait for the suggestions for all of it, not those for a prefix typed before.
    await page.locator('[role=listbox][data-query="2011/98/EU"][aria-busy=false]').waitFor();
    const first = page.getByRole('option').first();
    await first.waitFor();
    assert((await first.getAttribute('data-id')) === ACT, `first suggestion is ${await first.getAttribute('data-id')}, not ${ACT}`);
    assert((await page.getByRole('option').count()) > 1, 'only one suggestion');
    await box.press('ArrowDown');
    await page.locator('[role=option][aria-selected=true]').waitFor();
    const active = await box.getAttribute('aria-activedescendant');
    assert(active && (await page.locator(`[id="${active}"]`).getAttribute('data-id')) === ACT,
      'ArrowDown did not make the act the active suggestion');
  });

  await step('act', 'Enter opened the act: its title, and kst-32317-867 among the letters that cite it', async () => {
    await page.getByRole('combobox', { name: 'Search the graph' }).press('Enter');
    await waitForPath(entityPath(ACT));
    await page.getByRole('heading', { level: 1, name: 'Directive 2011/98/EU' }).waitFor();
    await page.getByText('on a single application procedure for a single permit', { exact: false }).first().waitFor();
    const citedBy = page.locator('section.group[data-type=CITES][data-direction=IN]');
    await citedBy.getByRole('heading', { name: /Cited by/ }).waitFor();
    await citedBy.locator(`a[data-id="${LETTER}"]`).waitFor();
    assert((await page.title()).startsWith('Directive 2011/98/EU'), `document title is "${await page.title()}"`);
  });

  await step('letter', 'opened kst-32317-867 from "Cited by": its page with its three signatories', async () => {
    await page.locator(`section.group[data-type=CITES][data-direction=IN] a[data-id="${LETTER}"]`).click();
    await waitForPath(entityPath(LETTER));
    await page.getByRole('heading', { level: 1, name: 'Kamerstuk 32317, nr. 867' }).waitFor();
    const signatories = page.locator('.signatories li a');
    await signatories.first().waitFor();
    const names = await signatories.allTextContents();
    assert(JSON.stringify(names) === JSON.stringify(SIGNATORIES), `signatories: ${JSON.stringify(names)}`);
    await page.locator('section.group').first().waitFor();
  });

  await step('evidence', 'the letter cites 2011/98/EU: the quote, its paragraph, the official publication and EUR-Lex', async () => {
    const rel = page
      .locator('section.group[data-type=CITES][data-direction=OUT] li.relation')
      .filter({ has: page.locator(`a[data-id="${ACT}"]`) });
    const quote = (await rel.locator('blockquote').textContent()) ?? '';
    assert(quote.includes('Richtlijn 2011/98/EU'), `evidence quote: ${quote}`);
    const pub = rel.locator(`a[href^="${PUBLICATION}"]`);
    await pub.waitFor();
    assert((await pub.getAttribute('href')) === `${PUBLICATION}${LETTER}.html`, `publication link: ${await pub.getAttribute('href')}`);
    await rel.locator('a[href^="https://eur-lex.europa.eu/"]').waitFor();
    await rel.locator('details.paragraph summary').click();
    const mark = rel.locator('details.paragraph mark');
    await mark.waitFor();
    assert((await mark.textContent()) === quote, 'the marked sentence in the paragraph is not the quote');
    assert((await rel.locator('details.paragraph').getAttribute('data-located')) === 'offsets',
      'the quote is not at its offsets (counted in code points) in the letter\'s text');
    // Every quote of the letter stands at its offsets, and some in a longer paragraph.
    const all = page.locator('section.group li.relation details.paragraph');
    const located = await all.evaluateAll((els) => els.map((el) => el.getAttribute('data-located')));
    assert(located.length > 10 && located.every((l) => l === 'offsets'), `quotes located by: ${located.join(' ')}`);
    const longer = await all.evaluateAll((els) =>
      els.filter((el) => (el.querySelector('p')?.textContent ?? '').length > (el.querySelector('mark')?.textContent ?? '').length + 20).length,
    );
    assert(longer > 0, 'no quote stands in a longer paragraph');
    // The citation of 2011/36/EU, just above: a sentence inside a longer paragraph.
    const other = page
      .locator('section.group[data-type=CITES][data-direction=OUT] li.relation')
      .filter({ has: page.locator('a[data-id="celex:32011L0036"]') });
    await other.locator('details.paragraph summary').click();
    const otherQuote = (await other.locator('blockquote').textContent()) ?? '';
    const otherPara = (await other.locator('details.paragraph p').textContent()) ?? '';
    assert((await other.locator('details.paragraph mark').textContent()) === otherQuote, 'the 2011/36/EU quote is not marked');
    assert(otherPara.length > otherQuote.length, 'the 2011/36/EU quote is its whole paragraph');
    await other.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  });

  let before = 0;
  await step('graph', 'opened the graph view of the letter: its neighbours around it', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: 'Graph', exact: true }).click();
    await waitForPath(entityPath(LETTER, 'graph'));
    await page.locator(`svg.graph a.gnode.focus[data-id="${LETTER}"]`).waitFor();
    await page.locator('svg.graph a.gnode[data-id="country:RO"]').waitFor();
    before = await page.locator('svg.graph a.gnode').count();
    assert(before >= 10, `only ${before} nodes in the graph`);
    await page.locator('svg.graph').scrollIntoViewIfNeeded();
  });

  await step('graph-follow', 'clicked Romania in the graph: the URL follows and its neighbours are added', async () => {
    await page.locator('svg.graph a.gnode[data-id="country:RO"] circle').click();
    await waitForPath(entityPath('country:RO', 'graph'));
    await page.getByTestId('graph-focus').filter({ hasText: 'Romania' }).waitFor();
    await page.locator('svg.graph a.gnode.focus[data-id="country:RO"].expanded').waitFor();
    const after = await page.locator('svg.graph a.gnode').count();
    assert(after > before, `following Romania added no nodes (${before} -> ${after})`);
    await page.locator(`svg.graph a.gnode[data-id="${LETTER}"]`).waitFor();
    await page.locator('svg.graph').scrollIntoViewIfNeeded();
  });

  await step('back', 'the back button returned to the letter in the graph view', async () => {
    await page.goBack();
    await waitForPath(entityPath(LETTER, 'graph'));
    await page.getByTestId('graph-focus').filter({ hasText: LETTER }).waitFor();
    await page.locator(`svg.graph a.gnode.focus[data-id="${LETTER}"]`).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Kamerstuk 32317, nr. 867' }).waitFor();
    await page.locator('svg.graph').scrollIntoViewIfNeeded();
  });

  await step('keyboard', 'Tab reaches the graph nodes, Enter on Romania follows it and the focus stays on it', async () => {
    // Tab from the button before the graph lands on a node of it.
    await page.getByRole('button', { name: 'Reset graph' }).focus();
    await page.keyboard.press('Tab');
    assert(await page.evaluate(() => !!document.activeElement?.matches('svg.graph a.gnode')), 'Tab does not reach the graph nodes');
    const node = page.locator('svg.graph a.gnode[data-id="country:RO"]');
    await node.focus();
    assert(await node.evaluate((el) => el === document.activeElement), 'a graph node cannot take the focus');
    await page.keyboard.press('Enter');
    await waitForPath(entityPath('country:RO', 'graph'));
    await page.getByTestId('graph-focus').filter({ hasText: 'Romania' }).waitFor();
    assert(await node.evaluate((el) => el === document.activeElement), 'following a node lost the focus');
  });

  await step('timeline', 'the timeline of positions on the Temporary Protection Directive', async () => {
    await page.goto(`${origin}${entityPath('celex:32001L0055', 'timeline')}`);
    await page.getByRole('heading', { level: 1, name: 'Directive 2001/55/EC' }).waitFor();
    // The letters may state positions on it or not: either is shown, never nothing.
    await page.locator('ol.timeline, .status.empty').first().waitFor();
    const shown = await page.locator('ol.timeline li.position').count();
    if (shown > 0) {
      await page.locator('ol.timeline li.position blockquote').first().waitFor();
      return `${shown} position${shown === 1 ? "" : "s"} shown, newest first`;
    }
    return 'no positions on it in these letters: the empty state is shown';
  });

  await step('narrow', 'the letter at 375 px wide: no horizontal overflow', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${origin}${entityPath(LETTER)}`);
    await page.locator('.signatories li a').first().waitFor();
    await page.locator('section.group').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(overflow <= 0, `the page is ${overflow}px wider than the 375px screen`);
  });

  await step('not-found', 'an unknown id shows an error, not a blank page', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${origin}${entityPath('celex:39999L9999')}`);
    await page.getByRole('alert').filter({ hasText: 'Not found' }).waitFor();
    await page.goto(`${origin}${entityPath('no-such-thing')}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert(/could not be loaded/.test((await alert.textContent()) ?? ''), `error state: ${await alert.textContent()}`);
  });
} catch (err) {
  const file = join(shots, '99-failure.png');
  await page.screenshot({ path: file, fullPage: true }).catch(() => {});
  console.error(`FAIL step ${n} at ${page.url()}: ${err instanceof Error ? err.message : err}`);
  console.error(`screenshot of the failure: ${file}`);
  await close();
  process.exit(1);
}

await close();
const slow = timings.sort((a, b) => b.ms - a.ms).slice(0, 3).map((t) => `${t.op} ${t.ms} ms`);
console.log(`${timings.length} GraphQL requests; slowest: ${slow.join(', ')}`);
console.log(`explorer: all ${passed.length} steps passed; screenshots in ${shots}`);

// Browser test of the GraphQL playground at /: Playwright (playwright-core)
// drives Debian's Chromium, headless, with every request that would leave
// the machine intercepted and refused (a request to anything but the server
// under test fails the run). It checks that GraphiQL renders, that it
// loaded the schema (the standard introspection query, answered), that the
// docs panel lists the schema's root fields, and that a query runs.
//
//   node web/e2e/playground.mjs BASE_URL [SCREENSHOT_DIR]
//
// Exits 0 when every check passed, 1 with the failing check otherwise.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './browser.mjs';

const [base, shots = 'web/e2e/screenshots'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node web/e2e/playground.mjs BASE_URL [SCREENSHOT_DIR]');
  process.exit(2);
}
const origin = new URL(base).origin;
const TIMEOUT = 20_000;

mkdirSync(shots, { recursive: true });
const { context, close } = await launch('playground');

// Every request of the page goes through here: the server under test is
// let through, anything else is refused and recorded.
const outside = [];
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
  outside.push(url);
  return route.abort('blockedbyclient');
});

const page = context.pages()[0] ?? (await context.newPage());
page.setDefaultTimeout(TIMEOUT);
const problems = [];
page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
page.on('response', (res) => {
  if (res.url().startsWith(origin) && res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
});

// The introspection query GraphiQL sends, and the answer it got.
let introspection = null;
page.on('response', async (res) => {
  if (!res.url().startsWith(origin + '/graphql')) return;
  const body = res.request().postData() ?? '';
  if (!body.includes('__schema')) return;
  try {
    introspection = { status: res.status(), json: await res.json() };
  } catch (e) {
    introspection = { status: res.status(), error: String(e) };
  }
});

let failed = null;
async function check(name, fn) {
  if (failed) return;
  try {
    await fn();
    console.log(`ok   ${name}`);
  } catch (e) {
    failed = `${name}: ${e.message ?? e}`;
    console.log(`FAIL ${failed}`);
  }
  await page.screenshot({ path: join(shots, `playground-${name}.png`) }).catch(() => {});
}

await check('renders', async () => {
  await page.goto(origin + '/');
  await page.locator('.graphiql-container').waitFor();
});
await check('schema', async () => {
  const t0 = Date.now();
  while (!introspection && Date.now() - t0 < TIMEOUT) await page.waitForTimeout(100);
  if (!introspection) throw new Error('GraphiQL sent no introspection query');
  const types = introspection.json?.data?.__schema?.types;
  if (introspection.status !== 200 || !Array.isArray(types) || !types.some((t) => t.name === 'Document')) {
    throw new Error(`introspection answered ${introspection.status}: ${JSON.stringify(introspection.json ?? introspection.error).slice(0, 300)}`);
  }
});
await check('docs', async () => {
  await page.getByRole('button', { name: /documentation/i }).first().click();
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
  for (const field of ['documents', 'legalAct', 'search']) {
    await page.locator('.graphiql-doc-explorer').getByText(field, { exact: true }).first().waitFor();
  }
});
await check('run', async () => {
  await page.locator('.graphiql-execute-button').click();
  await page.locator('.graphiql-response').getByText('"legalAct"').first().waitFor();
});
await check('offline', async () => {
  if (outside.length) throw new Error(`requests left the machine: ${outside.join(', ')}`);
  if (problems.length) throw new Error(problems.join('; '));
});

await close();
process.exit(failed ? 1 : 0);

// What the browser tests share: Debian's Chromium (/usr/bin/chromium, or
// $CHROMIUM; scripts/chromium.sh installs it), headless, in a profile of
// its own, with flags that keep it from reaching out to Google's services,
// which this machine's closed network refuses (and which a test has no use
// for).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

// launch starts the browser in a new profile named after name, with the
// context options given added, and returns its context and close, which
// stops it and removes the profile.
export async function launch(name, options = {}) {
  const profile = mkdtempSync(join(tmpdir(), `jhagraph-${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...options,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/**
 * Runs once before the e2e project: finds Chromium (installing Debian's chromium, its zh-CN UI pack
 * and a CJK font on a fresh root CI machine) and Firefox (Debian's firefox-esr likewise) and checks the extension is built, so a missing piece
 * fails once with a clear message instead of in every test file.
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from '../../rig/chromium';
import { findFirefox, firefoxMajorVersion } from '../../rig/firefox';
import { extensionDir } from '../../rig/harness';

export default async function setup(): Promise<void> {
  const executable = await findChromium();
  const version = execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  console.log(`[e2e] ${version} at ${executable}; extension from ${extensionDir()}`);
  // Firefox the same way (Debian's firefox-esr when root on Debian); without one the Firefox cases
  // skip, or fail under CI unless SGB_E2E_OPTIONAL=firefox (tests/e2e/required.ts).
  const firefox = findFirefox();
  console.log(
    firefox
      ? `[e2e] ${firefoxMajorVersion(firefox).text} at ${firefox}`
      : '[e2e] no Firefox found: the Firefox cases skip, or fail under CI (set FIREFOX_PATH, install firefox-esr, or SGB_E2E_OPTIONAL=firefox)',
  );
}

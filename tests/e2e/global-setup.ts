/**
 * Runs once before the e2e project: finds Chromium (installing Debian's chromium, its zh-CN UI pack
 * and a CJK font on a fresh root CI machine) and checks the extension is built, so a missing piece
 * fails once with a clear message instead of in every test file.
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from '../../rig/chromium';
import { extensionDir } from '../../rig/harness';

export default async function setup(): Promise<void> {
  const executable = await findChromium();
  const version = execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  console.log(`[e2e] ${version} at ${executable}; extension from ${extensionDir()}`);
}

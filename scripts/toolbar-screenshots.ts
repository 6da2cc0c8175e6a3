/**
 * `tsx scripts/toolbar-screenshots.ts`: the real Chromium toolbar with our icon pinned and its
 * badge, at 100% and 200% device scale, light and dark, on the demo article (✓) and on the partial
 * reprint (NN%). Headless Chromium draws no toolbar, so this runs a headed Chromium on a virtual X
 * display (Xvfb) and grabs the screen with ImageMagick's `import`.
 * Needs: `apt-get install -y xvfb imagemagick` and a build (`npm run build`).
 * Writes .output/screenshots/toolbar-<scale>-<theme>-<verdict>.png and docs/store/toolbar.png (all stacked).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ARTICLE_PATH } from '../pipeline/hosts';
import { extensionDir, launch, REPO_ROOT } from '../rig/harness';
import { findXTools, startXvfb } from '../rig/xvfb';

const PARTIAL_PATH = '/a/partial-reprint.html';
const PARTIAL_HOST = 'www.sohu.com';

/** The id Chromium gives an unpacked extension: SHA-256 of its absolute path, hex digits mapped to a–p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

function grab(display: string, crop: string, file: string): void {
  const result = spawnSync('import', ['-display', display, '-window', 'root', '-crop', crop, '+repage', file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`import failed (apt-get install -y imagemagick): ${result.stderr}`);
}

async function shoot(display: string, scale: 1 | 2, theme: 'light' | 'dark', out: (name: string) => string): Promise<string[]> {
  const width = 900;
  const h = await launch({
    headed: true,
    colorScheme: theme,
    extraArgs: [
      `--force-device-scale-factor=${scale}`,
      `--window-size=${width},400`,
      '--window-position=0,0',
      ...(theme === 'dark' ? ['--force-dark-mode'] : []),
    ],
    // The icon pinned next to the address bar, as a reader who uses it would have it.
    preferences: { extensions: { pinned_extensions: [unpackedExtensionId(extensionDir())] } },
  });
  const files: string[] = [];
  try {
    for (const [label, path, host, badge] of [
      ['match', DEMO_ARTICLE_PATH, undefined, '✓'],
      ['partial', PARTIAL_PATH, PARTIAL_HOST, null],
    ] as const) {
      const page = await h.openPage(path, host);
      const tabId = await h.tabIdOf(page);
      if (badge) await h.waitForBadge(tabId, badge);
      else for (let i = 0; i < 100 && !(await h.badgeText(tabId)).endsWith('%'); i++) await page.waitForTimeout(100);
      await page.bringToFront();
      // The first frame after a badge change: wait for two animation frames of the window itself.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const file = out(`toolbar-${scale * 100}-${theme}-${label}`);
      // The right end of the toolbar: address bar's end, our icon, the puzzle menu and the app menu.
      grab(display, `${320 * scale}x${90 * scale}+${(width - 320) * scale}+0`, file);
      files.push(file);
      await page.close();
    }
  } finally {
    await h.close();
  }
  return files;
}

async function main(): Promise<void> {
  const probe = await launch(); // fails early with a clear message when there is no build
  const out = (name: string) => probe.screenshotPath(name);
  await probe.close();
  if (!findXTools(['import'])) throw new Error('Needs Xvfb and ImageMagick: apt-get install -y xvfb imagemagick');
  const { display, stop } = await startXvfb();
  process.env.DISPLAY = display;
  try {
    const files: string[] = [];
    for (const scale of [1, 2] as const)
      for (const theme of ['light', 'dark'] as const) files.push(...(await shoot(display, scale, theme, out)));
    const all = join(REPO_ROOT, 'docs', 'store', 'toolbar.png');
    spawnSync('convert', [...files, '-background', '#888', '-gravity', 'east', '-splice', '0x8', '-append', all]);
    console.log([...files, all].join('\n'));
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * Finds a Chromium that can load an unpacked extension, installing Debian's on a fresh CI machine.
 * Order: $CHROMIUM_PATH, system Chromium, Playwright's browser cache, then Google Chrome (last:
 * branded Chrome 137+ ignores --load-extension, so it only serves when nothing else is there).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { canAptInstall, isExecutable, onPath } from './executables';

const SYSTEM_CHROMIUMS = ['chromium', 'chromium-browser'];
const GOOGLE_CHROMES = ['google-chrome', 'google-chrome-stable', 'chrome'];
// chromium-l10n: Debian ships Chromium's UI languages apart; without it chrome.i18n stays English under --lang=zh-CN.
// fontconfig gives fc-list (the font check); fonts-liberation is the Latin face chromium would recommend.
const DEBIAN_PACKAGES = ['chromium', 'chromium-l10n', 'fonts-noto-cjk', 'fonts-liberation', 'fontconfig'];

function inPlaywrightCache(): string | undefined {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  const builds = readdirSync(cache)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort()
    .reverse();
  for (const build of builds) {
    for (const folder of ['chrome-linux64', 'chrome-linux']) {
      const file = join(cache, build, folder, 'chrome');
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

function locate(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file.`);
    return fromEnv;
  }
  for (const command of SYSTEM_CHROMIUMS) {
    const found = onPath(command);
    if (found) return found;
  }
  return inPlaywrightCache() ?? GOOGLE_CHROMES.map(onPath).find(Boolean);
}

/** Without a CJK font the demo page and the popup render Chinese as boxes. */
function hasChineseFont(): boolean {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '';
}

/** Chromium picks its UI (and our extension's) language from locales/*.pak; Debian splits those out. */
function hasChineseUiLocale(executable: string): boolean {
  const dir = [join(dirname(realpathSync(executable)), 'locales'), '/usr/lib/chromium/locales'].find((d) => existsSync(d));
  return !dir || existsSync(join(dir, 'zh-CN.pak')); // an unknown layout: assume complete
}

function aptInstall(packages: string[]): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // No recommends: they pull in printing, mesa and notification daemons a headless test never uses (minutes in CI).
  const install = ['install', '-y', '--no-install-recommends', ...packages];
  console.log(`[chromium] installing from Debian: apt-get update && apt-get ${install.join(' ')}`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', install, { stdio: 'inherit', env });
}

let found: Promise<string> | undefined;

/** Path of a Chromium executable; installs Debian's chromium, chromium-l10n and fonts-noto-cjk when root on Debian. */
export function findChromium(): Promise<string> {
  found ??= Promise.resolve().then(() => {
    let executable = locate();
    if (!executable && canAptInstall()) {
      aptInstall(DEBIAN_PACKAGES);
      executable = locate();
    }
    if (!executable) {
      throw new Error(
        'No Chromium found. Install one (Debian: `sudo apt-get install chromium chromium-l10n fonts-noto-cjk`) ' +
          'or point CHROMIUM_PATH at a Chromium executable (not branded Google Chrome 137+, which ignores --load-extension).',
      );
    }
    const missing = [
      ...(hasChineseFont() ? [] : ['fontconfig', 'fonts-noto-cjk']),
      ...(hasChineseUiLocale(executable) ? [] : ['chromium-l10n']),
    ];
    if (missing.length > 0) {
      if (canAptInstall()) aptInstall(missing);
      else console.warn(`[chromium] missing ${missing.join(', ')}: Chinese may render as boxes or the zh-CN UI fall back to English.`);
    }
    return executable;
  });
  return found;
}

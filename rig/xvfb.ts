/**
 * A virtual X display for the few things headless Chromium cannot show or receive: the toolbar
 * (scripts/toolbar-screenshots.ts) and real key presses that reach `commands` (tests/e2e/shortcut).
 * Debian: `apt-get install -y xvfb xdotool imagemagick` (installed by findXTools when root on Debian).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface VirtualDisplay {
  /** ":N" */
  display: string;
  stop(): void;
}

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/**
 * Whether Xvfb and the given X tools are there; as root on Debian, installs what is missing
 * (xvfb, xdotool, imagemagick) the way rig/chromium.ts installs Chromium.
 */
export function findXTools(tools: ReadonlyArray<'xdotool' | 'import'> = []): boolean {
  const packages: Record<string, string> = { Xvfb: 'xvfb', xdotool: 'xdotool', import: 'imagemagick' };
  const missing = ['Xvfb', ...tools].filter((tool) => !has(tool));
  if (missing.length === 0) return true;
  if (process.getuid?.() !== 0 || !existsSync('/etc/debian_version') || !has('apt-get')) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = ['install', '-y', '--no-install-recommends', ...missing.map((tool) => packages[tool]!)];
  console.log(`[xvfb] installing from Debian: apt-get update && apt-get ${install.join(' ')}`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', install, { stdio: 'inherit', env });
  return ['Xvfb', ...tools].every(has);
}

/** Starts Xvfb on the first free display number (Xvfb picks it and writes it to fd 3). */
export function startXvfb(size = { width: 2200, height: 1400 }): Promise<VirtualDisplay> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', `${size.width}x${size.height}x24`, '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    xvfb.once('error', (error) => reject(new Error(`Xvfb failed to start (apt-get install -y xvfb): ${error.message}`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code} before naming its display`)));
    let text = '';
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve({ display: `:${text.trim()}`, stop: () => xvfb.kill() });
    });
  });
}

/** xdotool on `display`, e.g. xdotool(':7', 'key', 'alt+shift+s'). */
export function xdotool(display: string, ...args: string[]): string {
  return execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display }, encoding: 'utf8' });
}

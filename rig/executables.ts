/** Finding programs on this machine: shared by the Chromium and Firefox lookups. */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `command` on $PATH, or in the usual system folders when $PATH is bare (CI, sudo). */
export function onPath(command: string): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...dirs, '/usr/bin', '/usr/local/bin', '/snap/bin'].map((dir) => join(dir, command)).find(isExecutable);
}

/** Root on Debian with apt-get: the rig may install what a test needs, as CI's fresh machine requires. */
export function canAptInstall(): boolean {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && onPath('apt-get') !== undefined;
}

/**
 * Some end-to-end cases need a tool beyond Chromium: Firefox, or Xvfb and xdotool for a real key
 * press. On a developer's machine without it those cases skip and say so. Under CI a skip would
 * turn a run green that did not test what it claims, so there a missing tool fails the run,
 * unless SGB_E2E_OPTIONAL names it (a comma-separated list: `firefox`, `xvfb`; see
 * docs/contributing.md).
 */
import { it } from 'vitest';

export type OptionalTool = 'firefox' | 'xvfb';

const INSTALL: Record<OptionalTool, string> = {
  firefox: 'Firefox (Debian: apt-get install firefox-esr, or set FIREFOX_PATH)',
  xvfb: 'Xvfb and xdotool (Debian: apt-get install xvfb xdotool)',
};

/** CI=true, CI=1, …: set and not "false" or "0". */
export function underCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== 'false' && value !== '0';
}

export function optedOut(tool: OptionalTool, env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.SGB_E2E_OPTIONAL ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .includes(tool);
}

interface SkipOptions {
  env?: NodeJS.ProcessEnv;
  /** Registers the failing case (vitest's `it`; a unit test passes its own). */
  register?: (name: string, body: () => void) => void;
  warn?: (message: string) => void;
}

/**
 * Whether the cases that need `tool` should skip: only when it is missing. Missing under CI and
 * not opted out, it also registers a failing case that says what to install or set, so the run
 * is red; elsewhere it prints why the cases skip.
 */
export function skipWithout(tool: OptionalTool, available: boolean, options: SkipOptions = {}): boolean {
  const { env = process.env, register = it, warn = console.warn } = options;
  if (available) return false;
  if (underCi(env) && !optedOut(tool, env)) {
    register(`has ${tool} (required under CI)`, () => {
      throw new Error(`${INSTALL[tool]} is missing and CI is set: install it, or set SGB_E2E_OPTIONAL=${tool} to let these cases skip.`);
    });
  } else {
    warn(`[e2e] ${INSTALL[tool]} not found: the cases that need it skip.`);
  }
  return true;
}

import { describe, expect, it } from 'vitest';
import { optedOut, skipWithout, underCi } from '../../e2e/required';

/** What skipWithout did: the cases it registered (run to see what they throw) and what it printed. */
function attempt(available: boolean, env: NodeJS.ProcessEnv) {
  const registered: Array<{ name: string; body: () => void }> = [];
  const warned: string[] = [];
  const skip = skipWithout('firefox', available, {
    env,
    register: (name, body) => registered.push({ name, body }),
    warn: (message) => warned.push(message),
  });
  return { skip, registered, warned };
}

describe('e2e cases that need an optional tool', () => {
  it('reads CI as set unless empty, "false" or "0"', () => {
    expect(underCi({ CI: 'true' })).toBe(true);
    expect(underCi({ CI: '1' })).toBe(true);
    expect(underCi({ CI: 'TRUE' })).toBe(true);
    expect(underCi({})).toBe(false);
    expect(underCi({ CI: '' })).toBe(false);
    expect(underCi({ CI: 'false' })).toBe(false);
    expect(underCi({ CI: '0' })).toBe(false);
  });

  it('reads the opt-out as a comma-separated list of tools', () => {
    expect(optedOut('firefox', { SGB_E2E_OPTIONAL: 'firefox' })).toBe(true);
    expect(optedOut('xvfb', { SGB_E2E_OPTIONAL: 'firefox, Xvfb' })).toBe(true);
    expect(optedOut('firefox', { SGB_E2E_OPTIONAL: 'xvfb' })).toBe(false);
    expect(optedOut('firefox', {})).toBe(false);
  });

  it('runs the cases when the tool is there, under CI or not', () => {
    for (const env of [{}, { CI: 'true' }]) expect(attempt(true, env)).toEqual({ skip: false, registered: [], warned: [] });
  });

  it('skips them with a note when the tool is missing outside CI', () => {
    const { skip, registered, warned } = attempt(false, {});
    expect(skip).toBe(true);
    expect(registered).toEqual([]);
    expect(warned.join('')).toMatch(/Firefox.*skip/);
  });

  it('fails the run when the tool is missing under CI, naming the opt-out', () => {
    const { skip, registered, warned } = attempt(false, { CI: 'true' });
    expect(skip).toBe(true);
    expect(warned).toEqual([]);
    expect(registered).toHaveLength(1);
    expect(() => registered[0]!.body()).toThrow(/SGB_E2E_OPTIONAL=firefox/);
  });

  it('skips under CI only when SGB_E2E_OPTIONAL names the tool', () => {
    const { skip, registered, warned } = attempt(false, { CI: 'true', SGB_E2E_OPTIONAL: 'firefox' });
    expect(skip).toBe(true);
    expect(registered).toEqual([]);
    expect(warned).toHaveLength(1);
  });
});

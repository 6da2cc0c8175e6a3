import { describe, expect, it } from 'vitest';
import { actionTitleMessage, badgeText } from '@/utils/badge';
import { coveragePercent } from '@/utils/verdict';

describe('badge', () => {
  it('shows ✓ for a match, the percentage for a partial copy, nothing otherwise', () => {
    expect(badgeText({ kind: 'match', coverage: 0.97 })).toBe('✓');
    expect(badgeText({ kind: 'partial', coverage: 0.62 })).toBe('62%');
    expect(badgeText({ kind: 'none', coverage: 0.05 })).toBe('');
    expect(badgeText(null)).toBe('');
  });

  it('rounds a partial copy down so it never reads as a match threshold', () => {
    expect(badgeText({ kind: 'partial', coverage: 0.899 })).toBe('89%');
  });

  it('survives nonsense coverage', () => {
    expect(coveragePercent(Number.NaN)).toBe(0);
    expect(coveragePercent(7)).toBe(100);
    expect(coveragePercent(-1)).toBe(0);
  });

  it('names the title message with the percentage for a partial copy', () => {
    expect(actionTitleMessage({ kind: 'partial', coverage: 0.5 })).toEqual({ name: 'actionTitlePartial', substitutions: ['50'] });
    expect(actionTitleMessage({ kind: 'match', coverage: 1 }).name).toBe('actionTitleMatch');
    expect(actionTitleMessage(null).name).toBe('actionTitleNone');
  });
});

import { describe, expect, it } from 'vitest';
import { actionTitleMessage, badgeColor, badgeText, CHANGED_COLOR } from '@/entrypoints/background/badge';
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

  it('shows ! on the warning colour when the copy changes facts, whatever the coverage, and counts them in the title', () => {
    expect(badgeText({ kind: 'match', coverage: 1 }, 2)).toBe('!');
    expect(badgeText({ kind: 'partial', coverage: 0.5 }, 1)).toBe('!');
    expect(badgeColor({ kind: 'partial', coverage: 0.5 }, 1)).toBe(CHANGED_COLOR);
    expect(actionTitleMessage({ kind: 'match', coverage: 1 }, 3)).toEqual({ name: 'actionTitleChanged', substitutions: ['3'] });
    expect(actionTitleMessage({ kind: 'partial', coverage: 0.4 }, 1)).toEqual({ name: 'actionTitleChangedOne' });
    // No change, or no article: as before.
    expect(badgeText({ kind: 'match', coverage: 1 }, 0)).toBe('✓');
    expect(badgeColor({ kind: 'match', coverage: 1 }, 0)).not.toBe(CHANGED_COLOR);
    expect(badgeText({ kind: 'none', coverage: 0 }, 4)).toBe('');
    expect(actionTitleMessage(null, 4).name).toBe('actionTitleNone');
  });
});

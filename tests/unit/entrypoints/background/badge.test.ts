import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badgeColor, badgeText, CHANGED_COLOR, titleFor } from '@/entrypoints/background/badge';
import { coveragePercent } from '@/utils/verdict';
import { repoPath } from '@/rig/repo';

const MATCH = { kind: 'match', coverage: 1 } as const;

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

  it('the title is the status line, in the browser language', () => {
    expect(titleFor(MATCH, 0, 'en')).toBe('Stargate Brief: The whole article — no facts changed (click for the summary)');
    // Not compared: the verdict alone, no claim about the facts.
    expect(titleFor(MATCH, undefined, 'en')).toBe('Stargate Brief: This page has the whole article (click for the summary)');
    expect(titleFor({ kind: 'partial', coverage: 0.5 }, 0, 'zh')).toBe('星际之门简报:部分内容(约50%) — 事实没有改动(点击查看摘要)');
  });

  it('the title for no article is the manifest’s own default title', () => {
    for (const [locale, lang] of [
      ['en', 'en'],
      ['zh_CN', 'zh'],
    ] as const) {
      const messages = JSON.parse(readFileSync(repoPath(`public/_locales/${locale}/messages.json`), 'utf8'));
      expect(titleFor(null, 0, lang)).toBe(messages.actionTitleNone.message);
      expect(titleFor({ kind: 'none', coverage: 0 }, 4, lang)).toBe(messages.actionTitleNone.message);
    }
  });

  it('shows ! on the warning colour when the copy changes facts, whatever the coverage, and the title counts them', () => {
    expect(badgeText(MATCH, 2)).toBe('!');
    expect(badgeText({ kind: 'partial', coverage: 0.5 }, 1)).toBe('!');
    expect(badgeColor({ kind: 'partial', coverage: 0.5 }, 1)).toBe(CHANGED_COLOR);
    expect(titleFor(MATCH, 3, 'en')).toBe('Stargate Brief: The whole article — 3 facts changed (click to see which)');
    expect(titleFor({ kind: 'partial', coverage: 0.4 }, 1, 'en')).toBe(
      'Stargate Brief: Part of the article (about 40%) — 1 fact changed (click to see which)',
    );
    expect(titleFor(MATCH, 2, 'zh')).toBe('星际之门简报:全文 — 2 处事实改动(点击查看改动)');
    // No change, or no article: as before.
    expect(badgeText(MATCH, 0)).toBe('✓');
    expect(badgeColor(MATCH, 0)).not.toBe(CHANGED_COLOR);
    expect(badgeText({ kind: 'none', coverage: 0 }, 4)).toBe('');
  });
});

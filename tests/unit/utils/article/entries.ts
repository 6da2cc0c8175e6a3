import type { TimelineEntry } from '@/utils/article/schema';

/** A timeline entry with only what the rules read. */
export function entry(id: string, date: string, extra: Partial<TimelineEntry> = {}): TimelineEntry {
  const precision = date.includes('/') ? 'era' : (['year', 'month', 'day'] as const)[date.split('-').length - 1]!;
  return {
    id,
    kind: 'event',
    date,
    precision,
    inferred: true,
    start: 0,
    end: 1,
    text: '',
    event: { zh: id, en: id },
    basis: { zh: '', en: '' },
    sentence: 's0',
    ...extra,
  };
}

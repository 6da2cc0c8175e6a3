// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import fingerprint from '@/assets/fingerprint.json';
import { article } from '@/utils/article/data';
import { compareCopy } from '@/entrypoints/background/changed-facts/compare';
import { foldTable } from '@/utils/detect/normalise';
import type { TabState } from '@/utils/messages';
import { sendMessage } from '@/utils/messages';
import { ChangedFacts } from '@/components/ChangedFacts';
import { App } from '@/entrypoints/popup/App';
// Loaded up front: the App's lazy import of the sections below its first screen resolves at once, never after the test.
import '@/entrypoints/popup/details';
// The noise switch reads its setting through a lazy import; loaded up front too, so it never resolves after the test.
import '@/utils/settings';

vi.mock('@/utils/messages', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;

const fold = foldTable(fingerprint.fold);
const altered = article.text.replace('投资5000亿美元', '投资500亿美元').replace('执行官孙正义', '执行官马云');
// Compared inside each test, not at import: mutation testing switches a change on only once the tests start.
const changedFactsOf = () => compareCopy(altered, article, fold);
const faithfulOf = () => compareCopy(article.text, article, fold);
const partialOf = () => compareCopy(article.text.slice(0, 1500), article, fold);
const repeatedOf = () => compareCopy(article.text.replaceAll('5000亿美元', '500亿美元'), article, fold);

beforeEach(() => send.mockReset());
afterEach(cleanup);

describe('Changes in this copy', () => {
  it('lists each changed fact with the original and the page words, and shows its sentence on the page', () => {
    const onSource = vi.fn();
    render(<ChangedFacts result={changedFactsOf()} lang="en" onSource={onSource} />);
    const section = screen.getByRole('region', { name: 'Changes in this copy' });
    expect(within(section).getByText('This copy changes 2 facts of the article')).toBeTruthy();
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('5000亿美元');
    expect(items[0]!.textContent).toContain('500亿美元');
    expect(items[0]!.textContent).toContain(article.figures.find((f) => f.id === 'f0')!.measures.en);
    expect(items[1]!.textContent).toContain('马云');
    fireEvent.click(within(items[0]!).getByRole('button', { name: 'Show on page' }));
    expect(onSource).toHaveBeenCalledWith(expect.objectContaining({ text: expect.stringContaining('500亿美元') }), 's3');
  });

  it('the same change in two places: one item, with its count', () => {
    render(<ChangedFacts result={repeatedOf()} lang="en" onSource={() => {}} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelector('.sgb-change-count')!.textContent).toBe(' (in 2 places)');
  });

  it('a faithful copy: no list, no missing passages, and no second "no facts changed" (the status line says it)', () => {
    const faithful = faithfulOf();
    expect(faithful.found).toBe(faithful.total);
    expect(faithful.total).toBeGreaterThan(40);
    render(<ChangedFacts result={faithful} lang="zh" onSource={() => {}} />);
    const section = screen.getByRole('region', { name: '此版本的改动' });
    expect(within(section).queryByText('事实与原文一致')).toBeNull();
    expect(within(section).queryByRole('list')).toBeNull();
  });

  it.each([
    ['empty', { changes: [], missing: [], found: 0, total: 0 }],
    ['nothing found', { changes: [], missing: [], found: 0, total: 53 }],
  ])('an %s comparison never reads "No facts changed": it could not be made', (_, result) => {
    render(<ChangedFacts result={result} lang="en" onSource={() => {}} />);
    expect(screen.queryByText('No facts changed')).toBeNull();
    expect(screen.getByText('This copy’s facts could not be compared')).toBeTruthy();
  });

  it('a partial copy lists its missing passages collapsed', () => {
    const { container } = render(<ChangedFacts result={partialOf()} lang="en" onSource={() => {}} />);
    const details = container.querySelector('details.sgb-missing') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toMatch(/^Missing from this copy \(\d+ passages?\)$/);
  });

  it('the popup shows the section on a page with the article, from the tab state, and its verdict line counts the changes', async () => {
    const state: TabState = { verdict: { kind: 'match', coverage: 1 }, overlayOpen: false, changedFacts: changedFactsOf() };
    send.mockImplementation(async (type: string) => (type === 'getTabState' ? state : true));
    render(<App article={article} lang="en" tabIdParam={7} />);
    const section = await screen.findByRole('region', { name: 'Changes in this copy' });
    expect(document.querySelector('.sgb-state')!.textContent).toBe('The whole article — 2 facts changed');
    fireEvent.click(within(section).getAllByRole('button', { name: 'Show on page' })[0]!);
    expect(send).toHaveBeenCalledWith('revealSource', {
      tabId: 7,
      ref: expect.objectContaining({ start: expect.any(Number), text: expect.stringContaining('500亿美元') }),
    });
  });
});

// @vitest-environment happy-dom
/** The share controls: drawn only where a host offers sharing; the popup's "copy link" asks the page, or links the bundled copy. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { article } from '@/utils/article/data';
import type { TabState } from '@/utils/messages';
import { sendMessage } from '@/utils/messages';
import { App } from '@/entrypoints/popup/App';
// Loaded up front: the App's lazy import of the sections below its first screen resolves at once, never after the test.
import '@/entrypoints/popup/details';
// The noise switch reads its setting through a lazy import; loaded up front too, so it never resolves after the test.
import '@/utils/settings';
import { Summary } from '@/components/Summary';
import { ShareContext, ShareMenu } from '@/components/share';
import { SummaryDetails } from '@/components/SummaryDetails';
import type { ShareActions } from '@/components/share';

vi.mock('@/utils/messages', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;
const LINK = 'https://www.163.com/dy/article/JN5QSTARGATE0553.html#:~:text=abc';

function background(state: TabState) {
  send.mockImplementation(async (type: string) => {
    if (type === 'getTabState' || type === 'detectInTab') return state;
    if (type === 'linkToSource') return LINK;
    return undefined;
  });
}

/** An element the popup draws once its lazy sections have loaded. */
const found = (selector: string) =>
  waitFor(() => {
    const el = document.querySelector(selector);
    if (!el) throw new Error(`no ${selector} yet`);
    return el;
  });

let written: string[];
beforeEach(() => {
  send.mockReset();
  written = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void written.push(text) },
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('share controls', () => {
  it('are not drawn without a host that offers sharing', () => {
    const { container } = render(<Summary article={article} lang="en" state={{ kind: 'bundled' }} onSource={() => {}} />);
    expect(container.querySelector('.sgb-share, .sgb-copy-link')).toBeNull();
  });

  it('give every fact a named copy-link button described by the fact, and call the host with its sentence', () => {
    const share: ShareActions = { copyMarkdown: vi.fn(), downloadJson: vi.fn(), copyLink: vi.fn() };
    const { container } = render(
      <ShareContext.Provider value={share}>
        <Summary
          article={article}
          lang="zh"
          state={{ kind: 'bundled' }}
          onSource={() => {}}
          details={(level) => (
            <SummaryDetails article={article} lang="zh" onSource={() => {}} headingLevel={level} original={{ label: '' }} />
          )}
        />
      </ShareContext.Provider>,
    );
    const facts = container.querySelectorAll('button.sgb-fact');
    const links = container.querySelectorAll<HTMLButtonElement>('button.sgb-copy-link');
    expect(links.length).toBe(facts.length);
    for (const link of links) {
      // A name in words, not a bare glyph; the visible words are part of the accessible name.
      expect(link.getAttribute('aria-label')).toBe('复制链接(指向这句话)');
      expect(link.textContent).toBe('复制链接');
      expect(document.getElementById(link.getAttribute('aria-describedby')!)?.classList.contains('sgb-fact')).toBe(true);
    }
    const figure = article.figures[0]!;
    fireEvent.click(container.querySelector(`[data-figure="${figure.id}"] .sgb-copy-link`)!);
    const sentence = article.sentences.find((s) => s.id === figure.sentence)!;
    expect(share.copyLink).toHaveBeenCalledWith({ start: sentence.start, end: sentence.end }, figure.sentence);
  });

  it('put Copy as Markdown and Download JSON behind one Share control', () => {
    const share: ShareActions = { copyMarkdown: vi.fn(), downloadJson: vi.fn(), copyLink: vi.fn() };
    render(
      <ShareContext.Provider value={share}>
        <ShareMenu lang="en" />
      </ShareContext.Provider>,
    );
    const toggle = screen.getByRole('button', { name: 'Share' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Copy as Markdown' })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(share.copyMarkdown).toHaveBeenCalledOnce();
    expect(toggle.getAttribute('aria-expanded')).toBe('false'); // choosing closes it, focus back on Share
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(toggle);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Download JSON' }), { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(share.downloadJson).toHaveBeenCalledOnce();
  });

  it('in the popup on the article page: copies the Text Fragment link the overlay script made', async () => {
    background({ verdict: { kind: 'match', coverage: 1 }, overlayOpen: false });
    render(<App article={article} lang="en" tabIdParam={7} />);
    await screen.findByText('This page has the whole article');
    const figure = article.figures[0]!;
    fireEvent.click(await found(`[data-figure="${figure.id}"] .sgb-copy-link`));
    await waitFor(() => expect(written).toEqual([LINK]));
    const sentence = article.sentences.find((s) => s.id === figure.sentence)!;
    expect(send).toHaveBeenCalledWith('linkToSource', { tabId: 7, ref: { start: sentence.start, end: sentence.end } });
    await screen.findByText('Link copied.');
  });

  it('in the popup elsewhere: copies the bundled copy’s #sN link', async () => {
    background({ verdict: { kind: 'none', coverage: 0 }, overlayOpen: false });
    render(<App article={article} lang="en" tabIdParam={7} />);
    await screen.findByText('The article is not on this page');
    const figure = article.figures[0]!;
    fireEvent.click(await found(`[data-figure="${figure.id}"] .sgb-copy-link`));
    await waitFor(() => expect(written).toHaveLength(1));
    expect(written[0]).toMatch(new RegExp(`/reader\\.html#${figure.sentence}$`));
    expect(send).not.toHaveBeenCalledWith('linkToSource', expect.anything());
  });

  it('in the popup on the page, when the overlay script finds no sentence: copies nothing and says why', async () => {
    send.mockImplementation(async (type: string) =>
      type === 'linkToSource' ? null : { verdict: { kind: 'partial', coverage: 0.6 }, overlayOpen: false },
    );
    render(<App article={article} lang="en" tabIdParam={7} />);
    await screen.findByText(/part of the article/);
    fireEvent.click(await found('[data-figure] .sgb-copy-link'));
    await screen.findByText('That sentence was not found on this page, so there is no link to it.');
    expect(written).toEqual([]);
  });
});

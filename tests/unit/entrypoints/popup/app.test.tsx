// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { article } from '@/utils/article/data';
import type { TabState } from '@/utils/messages';
import { sendMessage } from '@/utils/messages';
import { App } from '@/entrypoints/popup/App';
// Loaded up front: the App's lazy import of the sections below its first screen resolves at once, never after the test.
import '@/entrypoints/popup/details';
// The noise switch reads its setting through a lazy import; loaded up front too, so it never resolves after the test.
import '@/utils/settings';

vi.mock('@/utils/messages', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;

/** Answers the popup's messages as a background with this tab state would. */
function background(initial: TabState, detected: TabState = initial, revealed = true) {
  send.mockImplementation(async (type: string) => {
    if (type === 'getTabState') return initial;
    if (type === 'detectInTab') return detected;
    if (type === 'revealSource') return revealed;
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

beforeEach(() => {
  send.mockReset();
  vi.spyOn(window, 'close').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup App', () => {
  it('on a page with the article: says so, offers the overlay and the switch, reveals facts on the page', async () => {
    background({ verdict: { kind: 'match', coverage: 1 }, overlayOpen: false });
    render(<App article={article} lang="en" tabIdParam={7} />);
    await screen.findByText('This page has the whole article');
    expect(send).toHaveBeenCalledWith('getTabState', 7);
    expect(send).not.toHaveBeenCalledWith('detectInTab', 7);
    expect(screen.getByRole('switch', { name: /hide file-photo captions/i })).toBeTruthy();

    const figure = article.figures[0]!;
    fireEvent.click(await found(`[data-figure="${figure.id}"] button`));
    const sentence = article.sentences.find((s) => s.id === figure.sentence)!;
    await waitFor(() => expect(send).toHaveBeenCalledWith('revealSource', { tabId: 7, ref: { start: sentence.start, end: sentence.end } }));

    // The background opens it and says so: the popup gets out of the way.
    send.mockImplementation(async (type: string) => type === 'openOverlay');
    fireEvent.click(screen.getByRole('button', { name: 'Show the full brief on the page' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('openOverlay', { tabId: 7, open: true }));
    await waitFor(() => expect(window.close).toHaveBeenCalled());
  });

  it('says so when the overlay could not be opened, and stays open', async () => {
    background({ verdict: { kind: 'match', coverage: 1 }, overlayOpen: false });
    render(<App article={article} lang="en" tabIdParam={4} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Show the full brief on the page' }));
    await waitFor(() =>
      expect(document.querySelector('.popup-message')!.textContent).toBe('The overlay could not be opened on this page.'),
    );
    expect(window.close).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Show the full brief on the page' })).toBeTruthy();
  });

  it('shows a brief note when the page no longer has the sentence', async () => {
    background({ verdict: { kind: 'partial', coverage: 0.5 }, overlayOpen: true }, undefined, false);
    render(<App article={article} lang="zh" tabIdParam={3} />);
    await screen.findByText('本页有这篇文章的部分内容(约50%)');
    expect(screen.getByRole('button', { name: '关闭页面上的简报' })).toBeTruthy();
    fireEvent.click(await found('[data-figure] button'));
    await waitFor(() => expect(document.querySelector('.popup-message')!.textContent).toBe('在本页上没有找到这句话。'));
  });

  it('checks a tab nobody checked yet, and when the article is not there, offers the bundled copy', async () => {
    background({ verdict: null, overlayOpen: false }, { verdict: { kind: 'none', coverage: 0 }, overlayOpen: false });
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    render(<App article={article} lang="en" tabIdParam={9} />);
    await screen.findByText('The article is not on this page', { selector: '.sgb-state-text' });
    expect(send).toHaveBeenCalledWith('detectInTab', 9);
    expect(screen.queryByRole('button', { name: /overlay/i })).toBeNull();
    expect(screen.queryByRole('switch')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Open the bundled copy' }));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/reader\.html$/) });

    // A fact chosen here shows its sentence in the bundled copy.
    const figure = article.figures[0]!;
    fireEvent.click(await found(`[data-figure="${figure.id}"] button`));
    expect(create).toHaveBeenLastCalledWith({ url: expect.stringMatching(new RegExp(`/reader\\.html#${figure.sentence}$`)) });
    expect(send).not.toHaveBeenCalledWith('revealSource', expect.anything());
  });

  it('says so plainly when the tab cannot be read', async () => {
    background({ verdict: null, overlayOpen: false, unreadable: true });
    render(<App article={article} lang="en" tabIdParam={1} />);
    await screen.findByText('The browser does not let extensions read this page');
    expect(screen.getByRole('button', { name: 'Open the bundled copy' })).toBeTruthy();
  });

  it('falls back to the bundled copy when the background does not answer', async () => {
    send.mockRejectedValue(new Error('no receiver'));
    render(<App article={article} lang="zh" tabIdParam={2} />);
    await screen.findByRole('button', { name: '打开内置副本' });
  });
});

describe('the first paint', () => {
  it('shows the verdict the background gave before the first render: no "Checking" state, no second ask', async () => {
    background({
      verdict: { kind: 'match', coverage: 1 },
      overlayOpen: false,
      changedFacts: { changes: [], missing: [], found: 50, total: 50 },
    });
    const known = {
      tabId: 5,
      tabState: {
        verdict: { kind: 'match' as const, coverage: 1 },
        overlayOpen: false,
        changedFacts: { changes: [], missing: [], found: 50, total: 50 },
      },
    };
    render(<App article={article} lang="en" tabIdParam={null} known={known} />);
    // Synchronously, in the very first render.
    expect(document.querySelector('.sgb-state')!.textContent).toBe('The whole article — no facts changed');
    expect(document.querySelector<HTMLElement>('.sgb-state')!.dataset.tone).toBe('ok');
    expect(screen.getByRole('button', { name: 'Show the full brief on the page' })).toBeTruthy();
    await waitFor(() => expect(send).not.toHaveBeenCalledWith('getTabState', expect.anything()));
    expect(send).not.toHaveBeenCalledWith('detectInTab', expect.anything());
  });

  it("knownTab: the background's answer within the wait, else null (the popup paints Checking… and asks again)", async () => {
    const { knownTab } = await import('@/entrypoints/popup/boot');
    background({ verdict: { kind: 'none', coverage: 0 }, overlayOpen: false });
    expect(await knownTab(3)).toEqual({ tabId: 3, tabState: { verdict: { kind: 'none', coverage: 0 }, overlayOpen: false } });
    send.mockImplementation(() => new Promise(() => {})); // a background that never answers
    expect(await knownTab(3, 10)).toBeNull();
    send.mockRejectedValue(new Error('no receiver'));
    expect(await knownTab(3)).toBeNull();
  });
});

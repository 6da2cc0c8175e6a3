// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { article } from '@/utils/article/data';
import { Reader } from '@/entrypoints/reader/Reader';
import { groupBlocks } from '@/entrypoints/reader/ArticleText';

afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('reader page', () => {
  it('renders every sentence of every shown block in its own span, and no noise', () => {
    const { container } = render(<Reader article={article} lang="en" />);
    const shown = new Set(article.blocks.flatMap((b, i) => (b.kind === 'noise' ? [] : [i])));
    for (const s of article.sentences) {
      const el = container.querySelector(`#${s.id}`);
      if (s.blocks.some((b) => shown.has(b))) {
        expect(el, s.id).not.toBeNull();
        // A sentence the page broke across two blocks reads as one, without the break.
        const expected = s.join
          ? article.text.slice(s.start, s.join.start) + article.text.slice(s.join.end, s.end)
          : article.text.slice(s.start, s.end);
        expect(el!.textContent).toBe(expected);
      } else {
        expect(el).toBeNull();
      }
    }
    const blockTexts = [...container.querySelectorAll('.reader-article > *')].map((el) => el.textContent);
    for (const b of article.blocks.filter((x) => x.kind === 'noise')) {
      expect(blockTexts).not.toContain(article.text.slice(b.start, b.end));
    }
    expect(container.querySelector('.reader-article')!.textContent).not.toContain('阅读:');
  });

  it('shows title, byline, paragraphs and captions as such', () => {
    const { container } = render(<Reader article={article} lang="zh" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(article.title);
    const captions = article.blocks.filter((b) => b.kind === 'caption').length;
    expect(container.querySelectorAll('.reader-caption').length).toBe(captions);
    const paragraphs = groupBlocks(article.blocks).filter((g) => g[0]!.kind === 'paragraph').length;
    expect(container.querySelectorAll('.reader-article > p:not([class])').length).toBe(paragraphs);
    expect(container.querySelector('.reader-article')!.getAttribute('lang')).toBe('zh-CN');
  });

  it('highlights the chosen fact’s sentence, moves focus there, and Escape clears it', () => {
    const { container } = render(<Reader article={article} lang="en" />);
    const figure = article.figures[3]!;
    const button = container.querySelector<HTMLButtonElement>(`[data-figure="${figure.id}"] button`)!;
    button.focus();
    fireEvent.click(button);
    const sentence = document.getElementById(figure.sentence)!;
    expect(document.activeElement).toBe(sentence);
    // happy-dom has no CSS Custom Highlight API: the class fallback is used.
    expect(sentence.classList.contains('is-source')).toBe(true);
    expect(screen.getByText('Press Esc to clear the highlight')).toBeTruthy();

    const next = article.figures[0]!;
    fireEvent.click(container.querySelector(`[data-figure="${next.id}"] button`)!);
    expect(container.querySelectorAll('.is-source').length).toBe(1);
    expect(document.getElementById(next.sentence)!.classList.contains('is-source')).toBe(true);

    fireEvent.keyDown(window, { key: 'Escape' });
    expect(container.querySelectorAll('.is-source').length).toBe(0);
  });

  it('opens at the sentence the URL names (#s12)', () => {
    const id = article.figures[1]!.sentence;
    location.hash = `#${id}`;
    render(<Reader article={article} lang="en" />);
    expect(document.getElementById(id)!.classList.contains('is-source')).toBe(true);
  });
});

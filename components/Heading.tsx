import type { ComponentChildren } from 'preact';

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface HeadingProps {
  level: HeadingLevel;
  id?: string;
  class?: string;
  children: ComponentChildren;
}

/** A heading whose level the host decides: h1 in the popup, one level down beside the reader's article. */
export function Heading({ level, id, class: className, children }: HeadingProps) {
  const Tag = `h${level}` as 'h1';
  return (
    <Tag id={id} class={className}>
      {children}
    </Tag>
  );
}

export function nextLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 4) as HeadingLevel;
}

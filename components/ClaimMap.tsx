import type { ComponentChildren } from 'preact';
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleFacts, Claim } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { mapStrings, detailT } from '@/utils/i18n-details';
import type { HeadingLevel } from '@/components/Heading';
import { Heading } from '@/components/Heading';
import type { OnSource } from '@/utils/article/sentences';
import { sentenceRef } from '@/utils/article/sentences';
import type { ClaimMapView } from '@/utils/claim-map/view';
import { claimMapView } from '@/utils/claim-map/view';

export interface ClaimMapProps {
  article: ArticleFacts;
  lang: Lang;
  onSource: OnSource;
  headingLevel: HeadingLevel;
  /** A chosen line's claim, drawn as the list below draws it. */
  renderClaim: (claim: Claim) => ComponentChildren;
}

/** A node or a line: one SVG group, a button with the name the view gives it. */
function Item({
  view,
  id,
  index,
  tabbable,
  chosen,
  dim,
}: {
  view: ClaimMapView;
  id: string;
  index: number;
  tabbable: boolean;
  chosen: boolean;
  dim: boolean;
}) {
  const edge = view.edges.get(id);
  const node = view.nodes.get(id);
  const common = {
    role: 'button' as const,
    tabindex: tabbable ? 0 : -1, // lower case: an SVG attribute, set as written
    'aria-label': (edge ?? node)!.name,
    'aria-current': chosen ? ('true' as const) : undefined,
    'data-map-i': index,
  };
  if (edge) {
    const { d, width } = edge.placed;
    return (
      <g
        {...common}
        class={`sgb-map-item sgb-map-edge sgb-tone-${edge.tone}${chosen ? ' is-chosen' : ''}${dim ? ' is-dim' : ''}`}
        data-map-edge={id}
        data-count={edge.edge.claims.length}
      >
        <path class="sgb-map-halo" d={d} stroke-width={width + 6} />
        <path class="sgb-map-line" d={d} stroke-width={width} />
        <path class="sgb-map-hit" d={d} />
      </g>
    );
  }
  const { bar, box, text, x, y, side } = node!.placed;
  return (
    <g {...common} class={`sgb-map-item sgb-map-node${chosen ? ' is-chosen' : ''}`} data-map-node={id}>
      <rect class="sgb-map-box" x={box.x - 2} y={box.y - 1} width={box.width + 4} height={box.height + 2} rx={4} />
      <rect class="sgb-map-bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={2} />
      <text class="sgb-map-label" x={x} y={y} text-anchor={side === 'left' ? 'end' : 'start'}>
        {text}
      </text>
    </g>
  );
}

function Legend({ view, lang }: { view: ClaimMapView; lang: Lang }) {
  const stance = detailT(lang).stance;
  const swatch = (tone: string, width = 2) => (
    <svg class={`sgb-map-swatch sgb-tone-${tone}`} viewBox="0 0 24 8" aria-hidden="true">
      <path class="sgb-map-line" d="M1 4H23" stroke-width={width} />
    </svg>
  );
  return (
    <ul class="sgb-map-legend">
      {view.tones.map(({ tone, stances }) => (
        <li key={tone} data-tone={tone}>
          {swatch(tone)}
          {stances.map((st) => stance[st]).join(' · ')}
        </li>
      ))}
      {view.weighted && (
        <li>
          {swatch('plain', 4)}
          {mapStrings(lang).thicker}
        </li>
      )}
    </ul>
  );
}

/**
 * Who speaks of whom: the claims of named people and organisations as lines from who speaks (left)
 * to whom they speak of (right), coloured by stance (utils/claim-map). One tab stop: the arrow keys,
 * Home and End walk the names and lines (each speaker, its lines, then those spoken of); Enter,
 * Space or a click chooses one. A line shows its claims and leads to the first one's sentence; a
 * name lights its lines. The lines are listed as text as well.
 */
export function ClaimMap({ article, lang, onSource, headingLevel, renderClaim }: ClaimMapProps) {
  const view = useMemo(() => claimMapView(article, lang), [article, lang]);
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState('');
  const svg = useRef<SVGSVGElement>(null);
  const headingId = useId();
  const hintId = useId();
  if (!view) return null;
  const m = mapStrings(lang);
  const { layout, order } = view;
  const [left, right, baseline] = layout.headings;

  const choose = (at: number) => {
    const key = order[at]!;
    setChosen(key);
    setActive(at);
    const first = view.edges.get(key)?.edge.claims[0];
    if (first) onSource(sentenceRef(article, first.sentence, first), first.sentence);
  };
  const indexOf = (target: EventTarget | null) =>
    target instanceof Element ? Number(target.closest('[data-map-i]')?.getAttribute('data-map-i') ?? -1) : -1;
  const onKeyDown = (e: KeyboardEvent) => {
    const at = indexOf(e.target);
    const to = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: order.length - 1 }[e.key];
    if (at < 0) return;
    if (e.key === 'Enter' || e.key === ' ') choose(at);
    else if (to === undefined) return;
    else {
      const next = Math.max(0, Math.min(order.length - 1, to));
      setActive(next);
      svg.current?.querySelector<SVGElement>(`[data-map-i="${next}"]`)?.focus();
    }
    e.preventDefault();
  };
  const lit = chosen ? new Set([chosen, ...(view.nodes.get(chosen)?.edges ?? [])]) : null;
  const edge = view.edges.get(chosen);

  return (
    <div class="sgb-map">
      <Heading level={headingLevel} id={headingId} class="sgb-map-heading">
        {m.heading}
      </Heading>
      <p id={hintId} class="sgb-map-hint">
        {m.hint}
        {lang === 'en' ? ' ' : ''}
        <span class="sgb-map-howto">{m.howTo}</span>
      </p>
      <svg
        ref={svg}
        class="sgb-map-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-labelledby={headingId}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
        onClick={(e) => indexOf(e.target) >= 0 && choose(indexOf(e.target))}
      >
        <text class="sgb-map-col" x={left} y={baseline} text-anchor="end" aria-hidden="true">
          {m.speakers}
        </text>
        <text class="sgb-map-col" x={right} y={baseline} aria-hidden="true">
          {m.subjects}
        </text>
        {order.map((id, i) => (
          <Item key={id} view={view} id={id} index={i} tabbable={i === active} chosen={id === chosen} dim={lit !== null && !lit.has(id)} />
        ))}
      </svg>
      <Legend view={view} lang={lang} />
      <div class="sgb-map-detail" aria-live="polite">
        {chosen && <p class="sgb-map-detail-title">{(edge ?? view.nodes.get(chosen))!.name}</p>}
        {edge && <ul class="sgb-list">{edge.edge.claims.map(renderClaim)}</ul>}
      </div>
      <details class="sgb-map-text">
        <summary>{m.asText}</summary>
        <ul>
          {[...view.edges.values()].map((e) => (
            <li key={e.key}>{e.name}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

import type { ArticleFacts, Figure } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { LANG_TAG, formatFigure, t } from '@/utils/i18n';
import { chartT } from '@/utils/i18n-details';
import { scaleAmount } from '@/components/chart-format';
import { FactButton } from '@/components/FactButton';
import type { OnSource } from '@/utils/article/sentences';
import { sentenceRef } from '@/utils/article/sentences';
import type { AmountScale, Bound } from '@/components/amounts';
import { amountStatus, boundOf } from '@/components/amounts';
import '@/components/charts.css';

export interface AmountsChartProps {
  article: ArticleFacts;
  scale: AmountScale;
  lang: Lang;
  onSource: OnSource;
  speakerName: (id: string | undefined) => string | undefined;
}

const pct = (n: number) => `${(n * 100).toFixed(2)}%`;

/**
 * One bar: to the amount; for an upper bound (远低于 "well below") an open dashed bar ending in a
 * chevron that points back, for a lower bound an arrow onward, for a round figure a whisker.
 */
function Bar({ at, bound, ticks }: { at: number; bound: Bound; ticks: number[] }) {
  const end = pct(at);
  return (
    <>
      {ticks.map((x) => (
        <line key={x} class="sgb-bar-grid" x1={pct(x)} x2={pct(x)} y1="0" y2="14" />
      ))}
      <rect class={`sgb-bar sgb-bar-${bound}`} x="0" y="2" width={end} height="10" />
      {bound === 'below' && (
        <>
          <line class="sgb-bar-open" x1="0" x2={end} y1="2.5" y2="2.5" />
          <line class="sgb-bar-open" x1="0" x2={end} y1="11.5" y2="11.5" />
        </>
      )}
      {bound !== 'exact' && (
        <svg x={end} y="0" overflow="visible" class="sgb-bar-end">
          {bound === 'below' && <path d="M5 1.5L0 7l5 5.5" />}
          {bound === 'above' && <path d="M0 1.5l6 5.5l-6 5.5z" />}
          {bound === 'about' && <path d="M-4 7h8M-4 3v8M4 3v8" />}
        </svg>
      )}
    </>
  );
}

/** One amount: the button holds the amount, its bar, what it measures, how it stands and who says so. */
function AmountRow({ figure, props }: { figure: Figure; props: AmountsChartProps }) {
  const { article, lang, onSource, scale } = props;
  const c = chartT(lang);
  const speaker = props.speakerName(figure.speaker);
  return (
    <li class="sgb-amount-row" data-figure={figure.id} data-bound={boundOf(figure)}>
      <FactButton
        lang={lang}
        sourceRef={sentenceRef(article, figure.sentence, figure)}
        sentenceId={figure.sentence}
        onSource={onSource}
        class="sgb-amount-fact"
      >
        <span class="sgb-amount">{formatFigure(figure, lang)}</span>
        <svg class="sgb-bar-svg" height="14" aria-hidden="true">
          <Bar at={scale.at(figure.value)} bound={boundOf(figure)} ticks={scale.ticks.map(scale.at)} />
        </svg>
        <span class="sgb-amount-desc">
          <span class="sgb-measures" lang={LANG_TAG[lang]}>
            {figure.measures[lang]}
          </span>
          <span class="sgb-status">{c.status[amountStatus(figure)]}</span>
          <span class="sgb-speaker">{speaker ? t(lang).statedBy(speaker) : c.noSource}</span>
          {/* English readers can check the amount against the words of the original. */}
          {lang === 'en' && (
            <span class="sgb-original" lang="zh-CN">
              {figure.text}
            </span>
          )}
        </span>
      </FactButton>
    </li>
  );
}

/**
 * The money on one scale per currency: a bar per amount, largest first, each labelled with what
 * it measures, who says so and how it stands, each leading to its sentence. The gridlines'
 * amounts run along the top; the caption says the scale is logarithmic where it is.
 */
export function AmountsChart(props: AmountsChartProps) {
  const { scale, lang } = props;
  const c = chartT(lang);
  const bounds = new Set(scale.figures.map(boundOf));
  const last = scale.ticks.length - 1;
  return (
    <figure class="sgb-chart sgb-amounts" data-currency={scale.currency}>
      {/* Laid out as a row is (a row's "Copy link" shows over it, taking no room), so the amounts sit over the bars' gridlines. */}
      <div class="sgb-amount-axis" aria-hidden="true">
        <span class="sgb-amount-grid">
          <svg height="14">
            {scale.ticks.map((v, i) => (
              <text key={v} x={pct(scale.at(v))} y="11" text-anchor={i === 0 ? 'start' : i === last ? 'end' : 'middle'}>
                {scaleAmount(v, scale.currency, lang)}
              </text>
            ))}
          </svg>
        </span>
      </div>
      <ul class="sgb-amount-list">
        {scale.figures.map((f) => (
          <AmountRow key={f.id} figure={f} props={props} />
        ))}
      </ul>
      <figcaption class="sgb-chart-caption">
        <span>{scale.kind === 'log' ? c.logScale(c.currencyName[scale.currency]) : c.currencyName[scale.currency]}</span>
        {bounds.has('below') && <span>{c.upperBound}</span>}
        {bounds.has('above') && <span>{c.lowerBound}</span>}
      </figcaption>
    </figure>
  );
}

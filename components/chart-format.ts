/**
 * The charts' axis words, short forms of the UI's own formatters (formatDate, formatNumber), kept
 * beside the charts: only they use them.
 */
import type { Lang } from '@/utils/i18n';
import { formatDate, formatNumber } from '@/utils/i18n';
import { calendarDate } from '@/utils/article/when';
import type { TickLabeler } from '@/components/timeline-layout';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Axis labels: "20 Jan" / "1月20日" (short: "21" / "21日"), "Nov 2024" / "2024年11月" (short: "Dec" / "12月"), "2025". */
export function tickLabeler(lang: Lang): TickLabeler {
  return (day, unit, full) => {
    const [y, m, d] = calendarDate(day);
    if (unit === 'year') return String(y);
    if (unit === 'month') {
      const text = formatDate(`${y}-${pad2(m)}`, 'month', lang); // "Nov 2024" / "2024年11月"
      return full ? text : lang === 'en' ? text.split(' ')[0]! : text.slice(text.indexOf('年') + 1);
    }
    const text = formatDate(`${y}-${pad2(m)}-${pad2(d)}`, 'day', lang); // "20 Jan 2025" / "2025年1月20日"
    if (lang === 'en')
      return text
        .split(' ')
        .slice(0, full ? 2 : 1)
        .join(' ');
    return text.slice(text.indexOf(full ? '年' : '月') + 1);
  };
}

/** A gridline's amount, short: "$10B" / "100亿" (the chart's caption names the currency). */
export function scaleAmount(value: number, currency: 'USD' | 'CNY', lang: Lang): string {
  if (lang === 'zh') return formatNumber(value, 'zh');
  const short = formatNumber(value, 'en').replace(/ ([tbm])\w+$/, (_, w: string) => w.toUpperCase());
  return `${currency === 'USD' ? '$' : '¥'}${short}`;
}

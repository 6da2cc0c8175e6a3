/**
 * The popup's lazy chunk: what its first screen does not show (figures, timeline, about this
 * brief) with the full facts projection they read. App loads it after the first paint.
 */
import facts from 'virtual:article-facts';
import type { SummaryDetailsProps } from '@/components/SummaryDetails';
import { SummaryDetails } from '@/components/SummaryDetails';
import type { HantDictionary } from '@/utils/article/hant';
import { localiseFacts } from '@/utils/article/hant';
import { chineseScript } from '@/utils/chinese-script';

export type PopupDetailsProps = Omit<SummaryDetailsProps, 'article'> & { hant: HantDictionary | null };

export function PopupDetails({ hant, ...props }: PopupDetailsProps) {
  return <SummaryDetails article={hant ? localiseFacts(facts, hant, chineseScript()) : facts} {...props} />;
}

/**
 * The popup's lazy chunk: what its first screen does not show (figures, timeline, about this
 * brief) with the full facts projection they read. App loads it after the first paint.
 */
import facts from 'virtual:article-facts';
import type { SummaryDetailsProps } from '@/components/SummaryDetails';
import { SummaryDetails } from '@/components/SummaryDetails';

export function PopupDetails(props: Omit<SummaryDetailsProps, 'article'>) {
  return <SummaryDetails article={facts} {...props} />;
}

import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { PopupDetailsProps as DetailsProps } from './details';

/**
 * The sections below the first screen, loaded after the first paint (`./details`, its own chunk
 * with the full facts). Until then nothing stands in for them: they start below the fold.
 */
export function LazyDetails(props: DetailsProps) {
  const [Details, setDetails] = useState<ComponentType<DetailsProps> | null>(null);
  useEffect(() => {
    let live = true;
    void import('./details').then((m) => live && setDetails(() => m.PopupDetails));
    return () => {
      live = false;
    };
  }, []);
  return Details ? <Details {...props} /> : null;
}

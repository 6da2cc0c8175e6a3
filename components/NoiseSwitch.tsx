import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Lang } from '@/utils/i18n';
import { t } from '@/utils/i18n';

export interface NoiseSwitchProps {
  lang: Lang;
}

/** The setting's default (`hideNoiseItem.fallback`, a unit test keeps them equal): drawn before storage answers. */
export const HIDE_NOISE_DEFAULT = true;

/** The storage layer loads after the first paint: the popup opens without it (it weighs more than the switch). */
const settings = () => import('@/utils/settings');

/**
 * The hide-noise setting as a real switch. It shows the default at once (no jump while storage
 * answers), then the stored value; a change made elsewhere (overlay, another popup) shows up here.
 */
export function NoiseSwitch({ lang }: NoiseSwitchProps) {
  const s = t(lang);
  const id = useId();
  const [hide, setHide] = useState<boolean>(HIDE_NOISE_DEFAULT);
  // Set once the value changed here or elsewhere: the first read, if slower, must not undo it.
  const settled = useRef(false);

  useEffect(() => {
    let live = true;
    let unwatch = () => {};
    void settings().then(({ readHideNoise, watchHideNoise }) => {
      if (!live) return;
      unwatch = watchHideNoise((value) => {
        settled.current = true;
        setHide(value);
      });
      void readHideNoise().then((value) => live && !settled.current && setHide(value));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const onChange = (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const next = event.currentTarget.checked;
    settled.current = true;
    setHide(next);
    // If storage refuses, show the truth again rather than a setting that did not stick.
    settings()
      .then(({ hideNoiseItem }) => hideNoiseItem.setValue(next))
      .catch(() => setHide(!next));
  };

  return (
    <div class="sgb-switch">
      <input
        id={`${id}-input`}
        class="sgb-switch-input"
        type="checkbox"
        role="switch"
        checked={hide}
        aria-describedby={`${id}-hint`}
        onChange={onChange}
      />
      <label for={`${id}-input`} class="sgb-switch-label" title={s.noiseSwitchHint}>
        <span class="sgb-switch-track" aria-hidden="true">
          <span class="sgb-switch-thumb" />
        </span>
        {s.noiseSwitch}
      </label>
      <p id={`${id}-hint`} class="sgb-switch-hint">
        {s.noiseSwitchHint}
      </p>
    </div>
  );
}

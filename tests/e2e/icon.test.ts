/**
 * The toolbar icon: one SVG source (assets/icon.svg) rendered at build time by @wxt-dev/auto-icons
 * into icons/{16,32,48,128}.png, declared as the extension's icons and the action's default icon,
 * and legible at toolbar sizes on light and dark toolbars (docs/store/README.md shows the toolbar).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CHROME_DIR, readManifest } from './built';

const SIZES = [16, 32, 48, 128] as const;

/** Toolbar colours: Chrome light and dark, Firefox light and dark. */
const TOOLBARS = {
  'chrome light': [255, 255, 255],
  'chrome dark': [60, 60, 60],
  'firefox light': [249, 249, 251],
  'firefox dark': [43, 42, 51],
} as const;

function luminance(r: number, g: number, b: number): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Share of the icon's pixels, drawn on `background`, that stand out from it by WCAG contrast ≥ 3:1. */
async function shareStandingOut(file: string, [r, g, b]: readonly number[]): Promise<number> {
  const { data } = await sharp(file)
    .flatten({ background: { r: r!, g: g!, b: b! } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const bg = luminance(r!, g!, b!);
  let standing = 0;
  for (let i = 0; i < data.length; i += 3) {
    const l = luminance(data[i]!, data[i + 1]!, data[i + 2]!);
    if ((Math.max(l, bg) + 0.05) / (Math.min(l, bg) + 0.05) >= 3) standing++;
  }
  return standing / (data.length / 3);
}

describe('toolbar icon', () => {
  const manifest = readManifest();

  it('declares icons at 16, 32, 48 and 128 px and the action icon at 16 and 32', () => {
    expect(manifest.icons).toEqual(Object.fromEntries(SIZES.map((s) => [String(s), `icons/${s}.png`])));
    expect((manifest.action as { default_icon?: unknown }).default_icon).toEqual({ 16: 'icons/16.png', 32: 'icons/32.png' });
  });

  it.each(SIZES)('icons/%i.png is a square PNG of that size, rendered from the SVG', async (size) => {
    const file = join(CHROME_DIR, 'icons', `${size}.png`);
    expect(existsSync(file)).toBe(true);
    const meta = await sharp(file).metadata();
    expect([meta.format, meta.width, meta.height, meta.channels]).toEqual(['png', size, size, 4]);
    // The blue tile fills the icon: a silhouette on any toolbar, not a faint glyph.
    const { data } = await sharp(file).extractChannel('alpha').raw().toBuffer({ resolveWithObject: true });
    expect(data.filter((a) => a > 200).length / data.length).toBeGreaterThan(0.75);
  });

  it.each(Object.entries(TOOLBARS))(
    'at 16 and 32 px at least a quarter of the icon stands out (≥ 3:1) on a %s toolbar',
    async (_name, colour) => {
      for (const size of [16, 32]) {
        expect(await shareStandingOut(join(CHROME_DIR, 'icons', `${size}.png`), colour)).toBeGreaterThan(0.25);
      }
    },
  );
});

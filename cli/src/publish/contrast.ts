/** The widgets' own accent when a feed names none (src/core/widget.styles.ts). */
export const defaultAccent = '#5b2bd6';

/** Text on a card: white, or this near-black, whichever the accent lets be read. */
const dark = '#111111';
const white = '#ffffff';

const channels = (hex: string): [number, number, number] => {
  const six = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c).slice(1) : hex.slice(1, 7);
  return [0, 2, 4].map((at) => parseInt(six.slice(at, at + 2), 16)) as [number, number, number];
};

/** WCAG 2's relative luminance of a `#rgb` or `#rrggbb` colour. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2's contrast ratio of two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (darker + 0.05);
}

const toHex = (rgb: number[]): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/**
 * A card's background (the coalition's accent) and text colour, at least 4.5:1 apart (WCAG AA):
 * white or near-black, whichever reads better; an accent on which neither does is darkened until
 * white does.
 */
export function cardColours(accent: string = defaultAccent): { background: string; text: string } {
  const background = toHex(channels(accent));
  const text = contrast(background, white) >= contrast(background, dark) ? white : dark;
  if (contrast(background, text) >= 4.5) return { background, text };
  let rgb = channels(background);
  while (contrast(toHex(rgb), white) < 4.5) rgb = rgb.map((c) => c * 0.95) as [number, number, number];
  return { background: toHex(rgb), text: white };
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { cardColours } from './contrast.js';

/** What a victory's picture card says, already in its language. */
export interface CardText {
  coalition: string;
  headline: string;
  /** `4,350 households protected`. */
  metric?: string | undefined;
  /** `September 18, 2026`. */
  date: string;
  accent?: string | undefined;
}

/** The two pictures of a win: a link preview's (1200×630) and a square post's (1080×1080). */
export const cardSizes = {
  card: { width: 1200, height: 630 },
  square: { width: 1080, height: 1080 },
} as const;
export type CardShape = keyof typeof cardSizes;

let fonts: SatoriOptions['fonts'] | undefined;

/**
 * Noto Sans, regular and bold, from its npm package (no system font, so every machine draws the
 * same card). Whole TrueType files, one per weight: satori picks one font per word, so subsets
 * split by script (Latin, Latin Extended, Vietnamese) would leave "Đường" half drawn.
 */
function notoSans(): SatoriOptions['fonts'] {
  const resolve = createRequire(import.meta.url).resolve;
  fonts ??= (
    [
      [400, '400Regular'],
      [700, '700Bold'],
    ] as const
  ).map(([weight, name]) => ({
    name: 'Noto Sans',
    data: readFileSync(resolve(`@expo-google-fonts/noto-sans/${name}/NotoSans_${name}.ttf`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, string | number>; children?: unknown } };
const div = (style: Record<string, string | number>, children: unknown): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Bigger type for a short headline, smaller for a long one, so it fits in at most four lines. */
const headlineSize = (headline: string, shape: CardShape): number => {
  const base = shape === 'card' ? 68 : 84;
  return headline.length <= 40 ? base : headline.length <= 80 ? base * 0.8 : base * 0.62;
};

/** The card as an element tree: the coalition's name, the headline, the metric, the date, on its accent. */
function layout(text: CardText, shape: CardShape): Node {
  const { background, text: colour } = cardColours(text.accent);
  const square = shape === 'square';
  const padding = square ? 88 : 64;
  // satori adds padding outside the size it is given, so the box is the picture less its padding
  const { width, height } = cardSizes[shape];
  return div(
    {
      width: width - 2 * padding,
      height: height - 2 * padding,
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding,
      background,
      color: colour,
      fontFamily: 'Noto Sans',
    },
    [
      div({ fontSize: square ? 38 : 32, fontWeight: 700 }, text.coalition),
      div({ flexDirection: 'column' }, [
        div(
          { fontSize: headlineSize(text.headline, shape), fontWeight: 700, lineHeight: 1.15, lineClamp: 4 },
          text.headline,
        ),
        ...(text.metric
          ? [
              div(
                { fontSize: square ? 60 : 46, fontWeight: 700, marginTop: square ? 40 : 24, opacity: 0.92 },
                text.metric,
              ),
            ]
          : []),
      ]),
      div({ fontSize: square ? 32 : 28, fontWeight: 400 }, text.date),
    ],
  );
}

/**
 * A win's picture as PNG bytes, at its shape's size: satori lays it out as SVG (text as paths),
 * resvg draws it on a libuv thread, so several cards are drawn at once on a machine's cores.
 */
export async function renderCard(text: CardText, shape: CardShape): Promise<Buffer> {
  const size = cardSizes[shape];
  const svg = await satori(layout(text, shape) as Parameters<typeof satori>[0], { ...size, fonts: notoSans() });
  const image = await renderAsync(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } });
  return image.asPng();
}

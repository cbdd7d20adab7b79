import { resolveText, type CoalitionEvent, type Feed } from 'coalition-widgets/feed-format.js';
import QRCode from 'qrcode';
import { cardColours } from './contrast.js';
import { htmlPage, Markup, markup } from './markup.js';
import { whenOf } from './when.js';
import { wordsFor, type Words } from './words.js';

/** What the flyer's QR code opens, and what its caption says: the RSVP, else the online link, else the site. */
export function qrTarget(event: CoalitionEvent, site: string): { url: string; caption: keyof Words['scan'] } {
  if (event.rsvp && /^https?:/i.test(event.rsvp)) return { url: event.rsvp, caption: 'rsvp' };
  if (event.online?.url) return { url: event.online.url, caption: 'online' };
  return { url: `${site}/`, caption: 'site' };
}

/** A description short enough for one printed page: cut at a word, with an ellipsis. */
function short(text: string, limit = 480): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2)).trimEnd()}…`;
}

/**
 * The QR code as SVG drawn in the page (no request, no image file), labelled for screen readers;
 * the encoder's own markup, holding the URL only as black and white modules.
 */
async function qrCode(url: string, label: string): Promise<Markup> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return new Markup(svg.replace('<svg ', () => markup`<svg class="qr" role="img" aria-label="${label}" `.text));
}

// the page fits inside both Letter (215.9 × 279.4 mm) and A4 (210 × 297 mm) less the margins,
// and its box is fixed, so whichever paper it is printed on it stays one page
// the page's own constant rules, written as they are (a <style> element reads no entities)
const style = new Markup(`@page { margin: 12mm; }
* { box-sizing: border-box; }
html { font: 15pt/1.4 "Noto Sans", "DejaVu Sans", system-ui, sans-serif; color: #111; background: #fff; }
body { margin: 0; }
.flyer { width: 186mm; height: 252mm; margin: 0 auto; overflow: hidden; display: flex; flex-direction: column; gap: 6mm; }
.band { margin: 0; padding: 5mm 7mm; border-radius: 3mm; font-weight: 700; font-size: 16pt; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
h1 { margin: 0; font-size: 36pt; line-height: 1.15; }
dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2mm 6mm; }
dt { font-weight: 700; }
dd { margin: 0; overflow-wrap: anywhere; }
ul { margin: 0; padding-left: 5mm; }
.description { margin: 0; white-space: pre-line; }
figure { margin: auto 0 0; display: flex; align-items: center; gap: 8mm; }
.qr { width: 58mm; height: 58mm; flex: none; }
figcaption { font-size: 20pt; font-weight: 700; }
figcaption span { display: block; font-size: 10pt; font-weight: 400; overflow-wrap: anywhere; }
@media screen { body { padding: 12mm 0; background: #eee; } .flyer { background: #fff; padding: 12mm; height: auto; min-height: 252mm; width: 210mm; } }
@media print { .flyer { padding: 0; } }`);

const row = (term: string, detail: Markup | string) => markup`
        <dt>${term}</dt>
        <dd>${detail}</dd>`;

/**
 * `events/<id>/flyer.html`: one printable page for a notice board or a door, in `lang`: the
 * title, when in the event's zone, where or the online link, the host and access, a short
 * description and a QR code to the RSVP.
 */
export async function flyer(event: CoalitionEvent, feed: Feed, lang: string, site: string): Promise<string> {
  const words = wordsFor(lang);
  const title = resolveText(event.title, lang);
  const description = short(resolveText(event.description, lang));
  const notes = resolveText(event.accessNotes, lang);
  const { background, text } = cardColours(feed.coalition.accent);
  const place = event.location
    ? markup`${event.location.name ?? ''}${event.location.name && event.location.address ? markup`<br />` : ''}${event.location.address ?? ''}`
    : undefined;
  const access = event.access?.length
    ? markup`<ul>${event.access.map((key) => markup`<li>${words.accessLabels[key]}</li>`)}</ul>${notes ? markup`${notes}` : ''}`
    : notes || undefined;
  const target = qrTarget(event, site);
  const code = await qrCode(target.url, `${words.scan[target.caption]}: ${target.url}`);
  return htmlPage({
    lang,
    title: `${title} — ${feed.coalition.name}`,
    head: markup``,
    style: markup`${style}
.band { background: ${background}; color: ${text}; }`,
    body: markup`
    <main class="flyer">
      <p class="band">${feed.coalition.name}</p>
      <h1>${title}</h1>
      <dl>${[
        row(words.when, whenOf(event, feed, lang)),
        ...(place ? [row(words.where, place)] : []),
        ...(event.online ? [row(words.online, event.online.url)] : []),
        ...(event.organizer ? [row(words.host, event.organizer.name)] : []),
        ...(access ? [row(words.access, access)] : []),
      ]}
      </dl>${
        description
          ? markup`
      <p class="description">${description}</p>`
          : ''
      }
      <figure>
        ${code}
        <figcaption>${words.scan[target.caption]}<span>${target.url}</span></figcaption>
      </figure>
    </main>`,
  });
}

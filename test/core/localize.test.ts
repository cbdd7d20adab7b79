import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import '../../src/all.js';
import { resolveLanguage } from '../../src/core/localize.js';
import { findTranslation } from '../../src/core/translations.js';
import { resolveText } from '../../src/format/resolve-text.js';
import { minimalFeed } from '../fixtures/feeds.js';

const feed = {
  ...minimalFeed,
  victories: [{ id: 'v', title: { en: 'Bus route restored', es: 'Ruta de autobús restablecida' }, date: '2024-03-14' }],
};
const shown = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

class LangShadow extends LitElement {
  override render() {
    return litHtml`<span><coalition-victory-tracker></coalition-victory-tracker></span>`;
  }
}
customElements.define('test-lang-shadow', LangShadow);

describe('language', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('resolves from the element, its closest ancestor, across shadow roots, then the document', async () => {
    const tree = await fixture(
      html`<div lang="es-MX">
        <p lang=""><span id="inner"></span></p>
        <test-lang-shadow></test-lang-shadow>
        <b lang="en"><i id="english"></i></b>
      </div>`,
    );
    expect(resolveLanguage(tree.querySelector('#inner')!)).to.equal('es-MX');
    const shadowed = tree.querySelector('test-lang-shadow')!;
    await (shadowed as LitElement).updateComplete;
    expect(resolveLanguage(shadowed.shadowRoot!.querySelector('coalition-victory-tracker')!)).to.equal('es-MX');
    expect(resolveLanguage(tree.querySelector('#english')!)).to.equal('en');
    document.documentElement.lang = 'es';
    expect(resolveLanguage(document.body)).to.equal('es');
  });

  it('picks bilingual feed text by language, base language, English, then the first', () => {
    const text = { es: 'Hola', 'en-GB': 'Hello', fr: 'Bonjour' };
    expect(resolveText(text, 'es-MX')).to.equal('Hola');
    expect(resolveText(text, 'fr')).to.equal('Bonjour');
    expect(resolveText(text, 'de')).to.equal('Hello');
    expect(resolveText({ fr: 'Bonjour', de: 'Hallo' }, 'pt')).to.equal('Bonjour');
    expect(resolveText('Plain', 'es')).to.equal('Plain');
  });

  it('ships English and Spanish UI strings', () => {
    expect(findTranslation('es-US')!.retry).to.equal('Intentar de nuevo');
    expect(findTranslation('en')!.retry).to.equal('Try again');
    expect(findTranslation('de')).to.equal(undefined);
  });

  it('shows Spanish text, strings and dates under lang="es", and follows a change of lang', async () => {
    const wrapper = await fixture(
      html`<div lang="es">
        <coalition-victory-tracker .feed=${feed}></coalition-victory-tracker>
        <coalition-victory-tracker .feed=${minimalFeed}></coalition-victory-tracker>
      </div>`,
    );
    const [tracker, empty] = wrapper.querySelectorAll('coalition-victory-tracker');
    expect(shown(tracker!)).to.contain('Ruta de autobús restablecida');
    expect(shown(tracker!)).to.contain('14 de marzo de 2024');
    expect(shown(empty!)).to.contain('Todavía no hay victorias');
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => shown(tracker!).includes('Bus route restored'), 'did not switch to English');
    expect(shown(tracker!)).to.contain('March 14, 2024');
    expect(shown(empty!)).to.contain('No victories to show yet');
  });

  it('follows the document language when nothing closer says', async () => {
    const tracker = await fixture(html`<coalition-victory-tracker .feed=${feed}></coalition-victory-tracker>`);
    expect(shown(tracker)).to.contain('Bus route restored');
    document.documentElement.lang = 'es';
    await waitUntil(() => shown(tracker).includes('Ruta de autobús'), 'did not follow the document');
  });
});

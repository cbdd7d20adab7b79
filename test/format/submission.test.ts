import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/format/validate-feed.js';
import { buildSubmission, encode, mailtoUrl, uuid, validate, type FormValues } from '../../src/format/submission.js';
import { minimalFeed } from '../fixtures/feeds.js';

const { feed } = validateFeed({
  ...minimalFeed,
  feedback: {
    questions: [
      { id: 'more', label: 'Hear more?', type: 'choice', options: ['Yes', 'No'], required: true },
      { id: 'contact', label: 'Work email', type: 'email' },
      { id: 'topics', label: 'Topics', type: 'multi', options: ['Housing', 'Transit'] },
    ],
  },
});
const questions = feed.feedback.questions!;
const values = (extra: Partial<FormValues> = {}): FormValues => ({
  answers: { more: 'Yes', contact: '', topics: [] },
  message: '',
  name: '',
  email: '',
  consent: false,
  ...extra,
});
const page = location.origin + location.pathname;

describe('feedback submissions', () => {
  it('asks for required answers, valid emails, consent with an email, and something said', () => {
    expect(validate(values(), questions)).to.deep.equal([]);
    expect(validate(values({ answers: { more: '', contact: 'nope', topics: [] } }), questions)).to.deep.equal([
      { field: 'q-0', problem: 'required' },
      { field: 'q-1', problem: 'email' },
    ]);
    expect(validate(values({ answers: {}, message: ' ' }), [])).to.deep.equal([{ field: 'message', problem: 'empty' }]);
    expect(validate(values({ email: 'ana@example' }), questions)).to.deep.equal([{ field: 'email', problem: 'email' }]);
    expect(validate(values({ email: 'ana@example.org' }), questions)).to.deep.equal([
      { field: 'consent', problem: 'consent' },
    ]);
    expect(validate(values({ email: 'ana@example.org', consent: true }), questions)).to.deep.equal([]);
  });

  it('gives each submission a unique id and time, and leaves out empty answers', () => {
    const a = buildSubmission(
      values({ message: ' Thanks! ', answers: { more: 'Yes', topics: ['Housing'], contact: '' } }),
      { topic: 'Town hall', lang: 'es', page },
    );
    const b = buildSubmission(values(), { lang: 'en', page });
    expect(a.id).to.match(/^[0-9a-f-]{36}$/);
    expect(a.id).not.to.equal(b.id);
    expect(Date.parse(a.submittedAt)).to.be.closeTo(Date.now(), 5000);
    expect(a).to.include({ topic: 'Town hall', lang: 'es', message: 'Thanks!' });
    expect(a.answers).to.deep.equal({ more: 'Yes', topics: ['Housing'] });
    expect(a).not.to.have.property('email');
    expect(buildSubmission(values({ email: 'ana@example.org', consent: true }), { lang: 'en', page })).to.include({
      email: 'ana@example.org',
      consent: true,
    });
  });

  it('makes version 4 UUIDs even where crypto.randomUUID is missing (http pages)', () => {
    const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
    Object.defineProperty(Crypto.prototype, 'randomUUID', { configurable: true, value: undefined });
    try {
      const ids = new Set(Array.from({ length: 100 }, () => uuid()));
      expect(ids.size).to.equal(100);
      for (const id of ids)
        expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(Crypto.prototype, 'randomUUID', original);
    }
  });

  it('encodes JSON, or form fields for form services', () => {
    const submission = buildSubmission(
      values({ answers: { more: 'Yes', topics: ['Housing', 'Transit'] }, message: 'Hi & bye' }),
      { lang: 'en', page },
    );
    const json = encode(submission, 'json');
    expect(json.type).to.equal('application/json');
    expect(JSON.parse(json.body)).to.deep.equal(submission);
    const form = encode(submission, 'form');
    expect(form.type).to.equal('application/x-www-form-urlencoded;charset=UTF-8');
    const fields = new URLSearchParams(form.body);
    expect(fields.get('id')).to.equal(submission.id);
    expect(fields.get('message')).to.equal('Hi & bye');
    expect(fields.get('topics')).to.equal('Housing, Transit');
  });

  it('prefills a mailto: link with the answers', () => {
    const submission = buildSubmission(values({ message: 'Más buses, por favor', name: 'Ana' }), {
      lang: 'es',
      topic: 'Transit',
      page,
    });
    const url = mailtoUrl('hello@example.org', 'Feedback: Transit', submission, {
      question: (id) => ({ more: 'Hear more?' })[id] ?? id,
      message: 'Message',
      name: 'Name',
      email: 'Email',
      topic: 'Topic',
    });
    expect(url.startsWith('mailto:hello@example.org?')).to.be.true;
    const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect(params.get('subject')).to.equal('Feedback: Transit');
    expect(params.get('body')).to.equal('Topic: Transit\nHear more?: Yes\n\nMás buses, por favor\n\nName: Ana');
    expect(url).not.to.contain('+');
  });
});

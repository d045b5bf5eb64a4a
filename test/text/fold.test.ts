import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedText, withoutAccents, withoutInvisibles } from '../../src/text/fold';

describe('text folding', () => {
  it('takes accents off and makes compatibility forms plain', () => {
    expect(withoutAccents('Sécurité Réseau')).toBe('Securite Reseau');
    expect(withoutAccents('Zertiﬁkat')).toBe('Zertifikat');
    expect(withoutAccents('ＣＣＮＡ')).toBe('CCNA');
    expect(withoutAccents('março')).toBe('marco');
  });

  it('lower-cases what it folds: two spellings of one word meet', () => {
    expect(foldedText('SÉCURITÉ')).toBe(foldedText('securite'));
    expect(foldedText('Décembre')).toBe('decembre');
  });

  it('leaves ASCII text as it is, and folds any text the way Unicode normalization does', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      expect(withoutAccents(text)).toBe(text.normalize('NFKD').replace(/\p{M}/gu, ''));
    }));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      expect(withoutAccents(text)).toBe(text.normalize('NFKD').replace(/\p{M}/gu, ''));
    }));
  });

  it('takes off what the page never shows: zero-width characters, soft hyphens, the BOM and bidi controls', () => {
    expect(withoutInvisibles('EN\u200BAU\u00ADTO\u2066 v1.1\u2069\uFEFF\u061C\u180E\u2062')).toBe('ENAUTO v1.1');
    expect(withoutInvisibles('Sécurité – CCNA')).toBe('Sécurité – CCNA');
  });
});

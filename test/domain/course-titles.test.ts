import { describe, expect, it } from 'vitest';
import { boundedEditDistance, declaredAcronyms, deletionVariants, titleFeatures, titleKey, titleMatch } from '../../src/domain/course-titles';

const ENAUTO = 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO)';

const KNOWN = new Set(['encor', 'ccna', 'dcaci', 'dcacia']);
const features = (title: string) => titleFeatures(title, KNOWN);

describe('title features', () => {
  it.each([
    ['Implementing ... (ENCOR) v1.2', '1.2'],
    ['ENCOR Version 1.2', '1.2'],
    ['ENCOR ver. 1.2', '1.2'],
    ['ENCOR 1.2', '1.2'],
    ['ENCOR v1.2.0', '1.2'],
    ['CCNA v2', '2'],
    ['CCNA v2.0', '2'],
    ['CCNA 2.0', '2'],
    ['Release 1.10 notes', '1.10'],
  ])('reads the version of %s as %s', (title, version) => {
    expect(features(title).version).toBe(version);
  });

  it.each(['Introduction to 802.1X Operations', 'IPv6 Fundamentals', 'Cisco Live 2024', 'Catalyst 9000 Switching', 'CCNA 200-301'])(
    'finds no version in %s',
    (title) => {
      expect(features(title).version).toBeUndefined();
    },
  );

  it.each(['ENCOR v1.2 Lite', 'ENCOR v1.2 - NO LABS', 'ENCOR v1.2 (No Labs)', 'ENCOR no-labs', 'ENCOR NoLabs', 'ENCOR without labs', 'ENCOR LITE'])(
    'reads %s as the lab-less variant',
    (title) => {
      expect(features(title).variant).toBe('lite');
    },
  );

  it.each(['Cisco Modeling Labs Essentials', 'ENCOR v1.2 Self-Paced with Labs', 'Satellite Networking', 'Hands-on Lab', 'Lightweight APs'])(
    'reads %s as the full course',
    (title) => {
      expect(features(title).variant).toBe('full');
    },
  );

  it('reads known acronyms alone, in parentheses and in any case, and keeps them out of the words', () => {
    for (const title of ['ENCOR', '(ENCOR)', 'encor', 'Encor course']) expect(features(title)).toMatchObject({ acronyms: ['encor'], words: [] });
    // Not a known acronym: an ordinary word.
    expect(features('ENCORE')).toMatchObject({ acronyms: [], words: ['encore'] });
  });

  it('reads Cisco Live session codes however they are written, and only for session families', () => {
    for (const title of ['BRKENS-2092', 'brkens 2092', 'BRKENS2092: Catalyst']) expect(features(title).sessionCodes).toEqual(['brkens2092']);
    expect(features('Catalyst 9000 Switching').sessionCodes).toEqual([]);
    expect(features('Cisco Live 2024').sessionCodes).toEqual([]);
  });

  it('drops accents, case, punctuation, "&", filler and delivery words, and plural endings', () => {
    expect(features('Implémenting & Administering Cisco Solutions – E-Learning Course (Instructor-Led, 5 days)').words.sort()).toEqual(
      ['administering', 'cisco', 'implementing', 'solution'],
    );
    expect(features('Network Core Technologies').words).toEqual(['network', 'core', 'technology']);
    expect(features('Cisco SD-WAN').words).toEqual(features('Cisco SDWAN').words);
  });

  it('keeps the parts of each hyphen-joined word, for a catalogue that spells it apart', () => {
    expect(features('Rev-Up to Re-cert: Python')).toMatchObject({ words: ['revup', 'recert', 'python'], compoundParts: { revup: ['rev', 'up'], recert: ['re', 'cert'] } });
  });

  it('takes declared acronyms from parentheses only, not ordinary parenthesised words', () => {
    expect(declaredAcronyms('Implementing Cisco Application Centric Infrastructure - Advanced (DCACIA) v1.0')).toEqual(['dcacia']);
    expect(declaredAcronyms('Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0 (Lite)')).toEqual(['ensdwi']);
    expect(declaredAcronyms('Rev Up to Recert: Python')).toEqual([]);
  });
});

describe('bounded edit distance', () => {
  it.each([
    ['network', 'network', 0],
    ['network', 'netwrok', 1],
    ['implementing', 'implemeting', 1],
    ['enterprise', 'enterprize', 1],
    ['wireless', 'wirless', 1],
    ['dcaci', 'dcacia', 1],
    ['routing', 'switching', 2],
    ['ab', 'abcdef', 2],
  ])('%s to %s is %i (capped at 1 -> 2 means more than 1)', (a, b, expected) => {
    expect(boundedEditDistance(a, b, 1)).toBe(expected);
  });

  it('finds every one-deletion variant, including the word itself', () => {
    expect(deletionVariants('core').sort()).toEqual(['cor', 'core', 'coe', 'cre', 'ore'].sort());
  });
});

describe('exact title keys (the portal sync: a claim and the record it was submitted from)', () => {
  it.each([
    ['case, spacing and punctuation', 'Rev Up to Recert: Python', 'rev up  to recert – PYTHON.'],
    ['a trailing version marker on one side', 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.3', 'Implementing Cisco Enterprise Network Core Technologies (ENCOR)'],
    ['the acronym in brackets on one side', ENAUTO, 'Implementing Automation for Cisco Enterprise Solutions'],
    ['version written otherwise', 'Designing Cisco Enterprise Networks v1.0', 'Designing Cisco Enterprise Networks (Version 1)'],
    ['accents', 'Sécurité des réseaux Cisco', 'Securite des reseaux Cisco'],
    ['a version marked "release"', 'Rev Up to Recert: Python release 2', 'Rev Up to Recert: Python'],
    ['zero-width characters', ENAUTO, 'Implementing\u200B Automation for Cisco Enter\u00ADprise Solutions (EN\u200DAUTO)'],
  ])('tolerates %s', (_, a, b) => {
    expect(titleMatch(titleKey(a), titleKey(b))).toBeGreaterThan(0);
  });

  it.each([
    ['another version', 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.3', 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.2'],
    ['the lite edition', ENAUTO, 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO) Lite'],
    ['the NO LABS edition', ENAUTO, 'Implementing Automation for Cisco Enterprise Solutions (NO LABS)'],
    ['a lab-free edition', ENAUTO, `${ENAUTO} (lab-free)`],
    ['a lab-free edition in capitals, in brackets', ENAUTO, `${ENAUTO} (LAB-FREE)`],
    ['a labless edition', ENAUTO, `${ENAUTO} (LABLESS)`],
    ['a lite edition in brackets', ENAUTO, 'Implementing Automation for Cisco Enterprise Solutions (LITE)'],
    ['another acronym', 'Implementing Cisco Solutions (ENCOR)', 'Implementing Cisco Solutions (ENARSI)'],
    ['another title', 'Rev Up to Recert: Python', 'Rev Up to Recert: Ansible'],
  ])('never matches %s', (_, a, b) => {
    expect(titleMatch(titleKey(a), titleKey(b))).toBe(0);
  });

  it('ranks the exact title above the same item with its version left out', () => {
    const claimed = titleKey('Designing Cisco Enterprise Networks (ENSLD) v1.1');
    expect(titleMatch(claimed, titleKey('designing cisco enterprise networks (ENSLD) V1.1'))).toBe(2);
    expect(titleMatch(claimed, titleKey('Designing Cisco Enterprise Networks (ENSLD)'))).toBe(1);
  });
});

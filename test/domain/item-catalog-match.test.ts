import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMatchingSet, scoreItemCatalogMatching } from '../../scripts/item-catalog-accuracy';
import type { ItemCatalogEntry } from '../../src/domain/item-catalog';
import { indexItemCatalog, MATCH_THRESHOLD, matchTitle, SUGGESTION_THRESHOLD, TIE_MARGIN, type ItemCatalogMatch } from '../../src/domain/item-catalog-match';
import { chooseItemCatalogEntry, claimName, linkToItemCatalog } from '../../src/domain/item-catalog-link';

const set = readMatchingSet();
const index = indexItemCatalog(set.items);
const byName = (name: string): ItemCatalogEntry => set.items.find((item) => item.name === name)!;
const ENCOR_11 = 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.1';
const ENCOR_12 = 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.2';
const ENCOR_12_NO_LABS = 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.2 - NO LABS';
const ENAUI_LITE = 'Automating and Programming Cisco Enterprise Solutions (ENAUI) v1.1 Lite';

/** What a user would see: the item proposed, the items offered, or nothing. */
function outcome(result: ItemCatalogMatch): string | string[] | null {
  if (result.kind === 'match') return result.item.name;
  if (result.kind === 'tie') return result.candidates.map((c) => c.item.name);
  return null;
}
const isLabLess = (name: string) => /\blite\b|no labs/i.test(name);
const versionOf = (name: string) => /\bv(\d+(?:\.\d+)*)\s*(?:- NO LABS|Lite)?$/.exec(name)?.[1];

describe('matchTitle', () => {
  it('gives a title in the catalogue’s own words its item, fully confident', () => {
    expect(matchTitle(index, ENCOR_12)).toEqual({ kind: 'match', item: byName(ENCOR_12), confidence: 1 });
  });

  it('sees through portal noise, word order, acronyms and small typos', () => {
    for (const title of [
      'ENCOR v1.2',
      'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.2 | Cisco U.',
      'Cisco Enterprise Network Core Technologies, Implementing - Version 1.2',
      'Implemeting Cisco Enterprise Netwrok Core Technologies 1.2',
    ]) {
      expect(outcome(matchTitle(index, title)), title).toBe(ENCOR_12);
    }
    expect(outcome(matchTitle(index, 'Rev-Up to Re-cert: Python'))).toBe('Rev Up to Recert: Python');
  });

  it('never matches a lab-less title to the full item, even when only the full item exists', () => {
    expect(matchTitle(index, 'ENCOR v1.1 - NO LABS').kind).toBe('none');
    expect(outcome(matchTitle(index, 'ENCOR v1.2 Lite'))).toBe(ENCOR_12_NO_LABS);
  });

  it('never matches a full title to a lab-less item, even when only the lab-less item exists', () => {
    const labLessOnly = indexItemCatalog([byName(ENAUI_LITE)]);
    expect(matchTitle(labLessOnly, 'Automating and Programming Cisco Enterprise Solutions (ENAUI) v1.1')).toEqual({ kind: 'none' });
    expect(outcome(matchTitle(labLessOnly, 'ENAUI v1.1 Lite'))).toBe(ENAUI_LITE);
  });

  it('never matches another version, even one that is otherwise word for word the item', () => {
    expect(matchTitle(index, 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.3').kind).toBe('none');
    expect(matchTitle(indexItemCatalog([byName(ENCOR_11)]), ENCOR_12)).toEqual({ kind: 'none' });
  });

  it('asks the user to pick when the title names no version and the catalogue lists several', () => {
    for (const title of ['ENCOR', 'Implementing Cisco Enterprise Network Core Technologies']) {
      const result = matchTitle(index, title);
      expect(result.kind, title).toBe('tie');
      expect(outcome(result), title).toEqual([ENCOR_11, ENCOR_12]);
    }
    // Renamed between versions: the words favour the old name, but without a version the title cannot tell.
    const renamed = { name: 'Implementing Automation for Cisco Enterprise Solutions (ENAUI) v1.2', credits: 24 };
    const result = matchTitle(indexItemCatalog([byName('Automating and Programming Cisco Enterprise Solutions (ENAUI) v1.1'), renamed]), 'Automating and Programming Cisco Enterprise Solutions');
    expect(outcome(result)).toEqual(['Automating and Programming Cisco Enterprise Solutions (ENAUI) v1.1', renamed.name]);
    // One version listed: nothing to pick.
    expect(outcome(matchTitle(index, 'Designing Cisco Enterprise Networks'))).toBe('Designing Cisco Enterprise Networks (ENSLD) v1.1');
  });

  it('asks the user to pick between near-equal items of one name, such as the same course from two providers', () => {
    const elearning = { name: ENCOR_12, credits: 64, type: 'E-Learning', provider: 'Cisco' };
    const classroom = { name: ENCOR_12, credits: 40, type: 'Instructor-Led', provider: 'A Learning Partner' };
    const tie = { kind: 'tie', candidates: [{ item: classroom, confidence: 1 }, { item: elearning, confidence: 1 }] };
    // In one order whichever way the catalogue lists them.
    expect(matchTitle(indexItemCatalog([elearning, classroom]), 'ENCOR v1.2')).toEqual(tie);
    expect(matchTitle(indexItemCatalog([classroom, elearning]), 'ENCOR v1.2')).toEqual(tie);
  });

  it('tells sibling courses apart by the word that differs', () => {
    expect(outcome(matchTitle(index, 'Designing Cisco Enterprise Networks v1.1'))).toBe('Designing Cisco Enterprise Networks (ENSLD) v1.1');
    expect(outcome(matchTitle(index, 'Designing Cisco Enterprise Wireless Networks v1.1'))).toBe('Designing Cisco Enterprise Wireless Networks (ENWLSD) v1.1');
    expect(outcome(matchTitle(index, 'DCACI v1.1'))).toBe('Implementing Cisco Application Centric Infrastructure (DCACI) v1.1');
  });

  it('takes a Cisco Live session code as decisive: event words around it do not matter, another code is another session', () => {
    expect(outcome(matchTitle(index, 'Cisco Live 2025 Amsterdam - BRKSEC-2131'))).toBe('BRKSEC-2131: Zero Trust Access with Cisco Secure Access');
    expect(matchTitle(index, 'BRKENS-2094: Catalyst 9000 Switching Platforms Deep Dive').kind).toBe('none');
  });

  it('forgives typos only in longer words: a short product name one letter off is another product', () => {
    const asa = indexItemCatalog([{ name: 'Cisco ASA Essentials', credits: 8 }]);
    expect(matchTitle(asa, 'Cisco ASR Essentials').kind).toBe('none');
    expect(matchTitle(asa, 'Cisco ASA Essentails').kind).toBe('match');
  });

  it('uses an acronym hint the record carries apart from the title', () => {
    const title = 'Core Technologies v1.2';
    expect(outcome(matchTitle(index, title))).not.toBe(ENCOR_12);
    expect(outcome(matchTitle(index, title, { acronym: 'ENCOR' }))).toBe(ENCOR_12);
  });

  it('flags a title not in the catalogue, showing the nearest item only when it is near', () => {
    const near = matchTitle(index, 'Implementing Cisco Enterprise Networks');
    expect(near.kind).toBe('none');
    expect(near.kind === 'none' && near.best?.confidence).toBeGreaterThanOrEqual(SUGGESTION_THRESHOLD);
    expect(matchTitle(index, 'AWS Certified Solutions Architect - Associate')).toEqual({ kind: 'none' });
    expect(matchTitle(indexItemCatalog([]), ENCOR_12)).toEqual({ kind: 'none' });
  });

  it('keeps its thresholds in a sensible order', () => {
    expect(SUGGESTION_THRESHOLD).toBeLessThan(MATCH_THRESHOLD);
    expect(TIE_MARGIN).toBeLessThan(1 - MATCH_THRESHOLD);
  });
});

describe('matchTitle properties', () => {
  const pairs = set.pairs;
  const fullItems = set.items.filter((item) => !isLabLess(item.name));

  it('answers the same whatever the case, accents and spacing of the title', () => {
    const restyle = fc.array(fc.constantFrom('upper', 'lower', 'accent', 'space', 'keep'), { minLength: 200, maxLength: 200 });
    fc.assert(
      fc.property(fc.constantFrom(...pairs), restyle, (pair, styles) => {
        const restyled = [...pair.title]
          .map((char, i) => {
            const style = styles[i % styles.length];
            if (style === 'upper') return char.toUpperCase();
            if (style === 'lower') return char.toLowerCase();
            if (style === 'accent' && /[a-z]/i.test(char)) return `${char}\u0301`;
            if (style === 'space' && char === ' ') return ' \t ';
            return char;
          })
          .join('');
        expect(outcome(matchTitle(index, `  ${restyled} `))).toEqual(outcome(matchTitle(index, pair.title)));
      }),
    );
  });

  it('never gives a lab-less title a full item, however the lab-less marker is written', () => {
    const marker = fc.constantFrom('Lite', '- NO LABS', '(No Labs)', 'no-labs', 'LITE', 'without labs');
    fc.assert(
      fc.property(fc.constantFrom(...set.items), marker, fc.boolean(), (item, lite, before) => {
        const title = before ? `${lite} ${item.name}` : `${item.name} ${lite}`;
        const result = matchTitle(index, title);
        const offered = result.kind === 'match' ? [result.item] : result.kind === 'tie' ? result.candidates.map((c) => c.item) : [];
        for (const found of offered) expect(isLabLess(found.name), `${title} -> ${found.name}`).toBe(true);
      }),
    );
  });

  it('never gives a full title a lab-less item', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fullItems), (item) => {
        const result = matchTitle(index, item.name);
        expect(result).toEqual({ kind: 'match', item, confidence: 1 });
      }),
    );
  });

  it('never gives a title with a version an item with another version', () => {
    const version = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 })).map(([major, minor]) => `${major}.${minor}`);
    fc.assert(
      fc.property(fc.constantFrom(...set.items.filter((item) => versionOf(item.name))), version, (item, wanted) => {
        const title = item.name.replace(/\bv\d+(?:\.\d+)*/, `v${wanted}`);
        const result = matchTitle(index, title);
        if (result.kind === 'match') expect(versionOf(result.item.name)?.replace(/\.0$/, '')).toBe(wanted.replace(/\.0$/, ''));
      }),
    );
  });

  it('answers the same whatever the order of the title’s words', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fullItems), fc.infiniteStream(fc.nat()), (item, randomness) => {
        const words = item.name.split(' ');
        for (let i = words.length - 1; i > 0; i--) {
          const j = randomness.next().value % (i + 1);
          [words[i], words[j]] = [words[j]!, words[i]!];
        }
        expect(outcome(matchTitle(index, words.join(' ')))).toEqual(item.name);
      }),
    );
  });

  it('does not depend on the order of the catalogue', () => {
    const reversed = indexItemCatalog([...set.items].reverse());
    for (const pair of pairs) expect(outcome(matchTitle(reversed, pair.title)), pair.title).toEqual(outcome(matchTitle(index, pair.title)));
  });
});

describe('the matching set', () => {
  const report = scoreItemCatalogMatching(set);

  it('holds at least 120 hand-judged pairs with near-miss distractors', () => {
    expect(report.pairs).toBeGreaterThanOrEqual(120);
    expect(set.pairs.filter((p) => p.expected === null).length).toBeGreaterThanOrEqual(30);
    expect(set.pairs.filter((p) => Array.isArray(p.expected)).length).toBeGreaterThanOrEqual(5);
  });

  it('never matches a lab-less title to a full item (or back), nor one version to another', () => {
    expect(report.liteFullMatches).toBe(0);
    expect(report.wrongVersionMatches).toBe(0);
  });

  it('keeps its precision and recall', () => {
    // Reached when this was written: precision 1.000 (no wrong proposal), recall 0.972 (141 of 145; the four
    // misses are listed in test/fixtures/catalogue/README.md). The floors sit a small margin below, so a change
    // that costs one or two titles fails here and must be looked at.
    expect(report.precision).toBeGreaterThanOrEqual(0.98);
    expect(report.recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe('linkToItemCatalog', () => {
  const READ_AT = '2026-11-01T10:00:00.000Z';
  const match = matchTitle(index, 'ENCOR v1.2 | Cisco U.');

  it('links a captured record to the official item and gives it the catalogue’s credits, keeping its own title', () => {
    expect(linkToItemCatalog({ title: 'ENCOR v1.2 | Cisco U.', credits: 12, adapterId: 'cisco-u' }, match, READ_AT)).toEqual({
      catalogue: { state: 'matched', item: { name: ENCOR_12, code: byName(ENCOR_12).code, credits: 64 }, confidence: 1, readAt: READ_AT },
      credits: 64,
    });
    expect(claimName({ title: 'ENCOR v1.2 | Cisco U.', catalogue: linkToItemCatalog({ title: 'x' }, match, READ_AT).catalogue })).toBe(ENCOR_12);
  });

  it('never overwrites credits the user typed, but fills credits they left empty', () => {
    expect(linkToItemCatalog({ title: 'My ENCOR course', credits: 60, adapterId: 'manual' }, match, READ_AT).credits).toBeUndefined();
    expect(linkToItemCatalog({ title: 'ENCOR', credits: 60, adapterId: 'cisco-u', userSet: ['credits'] }, match, READ_AT).credits).toBeUndefined();
    expect(linkToItemCatalog({ title: 'My ENCOR course', adapterId: 'manual' }, match, READ_AT).credits).toBe(64);
  });

  it('takes a tie between rows a claim cannot tell apart (one course, several partners) as a match, and offers each name once', () => {
    const item = { name: ENCOR_12, credits: 64 };
    const sameNamed = linkToItemCatalog({ title: 'ENCOR' }, { kind: 'tie', candidates: [{ item: { ...item, provider: 'A' }, confidence: 0.9 }, { item: { ...item, provider: 'B' }, confidence: 0.88 }] }, READ_AT);
    expect(sameNamed).toEqual({ catalogue: { state: 'matched', item, confidence: 0.9, readAt: READ_AT }, credits: 64 });
    const twoNames = linkToItemCatalog(
      { title: 'ENCOR' },
      { kind: 'tie', candidates: [{ item, confidence: 0.9 }, { item, confidence: 0.9 }, { item: { name: ENCOR_11, credits: 64 }, confidence: 0.89 }] },
      READ_AT,
    );
    expect(twoNames.catalogue).toEqual({ state: 'choose', candidates: [item, { name: ENCOR_11, credits: 64 }], readAt: READ_AT });
  });

  it('turns a tie into a choice and no match into a flag, and keeps what the user chose', () => {
    const tie = linkToItemCatalog({ title: 'ENCOR' }, matchTitle(index, 'ENCOR'), READ_AT);
    expect(tie.catalogue).toMatchObject({ state: 'choose', candidates: [{ name: ENCOR_11 }, { name: ENCOR_12 }] });
    expect(tie.credits).toBeUndefined();
    expect(linkToItemCatalog({ title: 'Python for Everybody' }, matchTitle(index, 'Python for Everybody'), READ_AT)).toEqual({ catalogue: { state: 'not-found', readAt: READ_AT } });
    const chosen = chooseItemCatalogEntry({ title: 'ENCOR', credits: 10 }, { name: ENCOR_11, credits: 64 }, READ_AT);
    expect(chosen).toEqual({ catalogue: { state: 'chosen', item: { name: ENCOR_11, credits: 64 }, readAt: READ_AT }, credits: 64 });
    expect(linkToItemCatalog({ title: 'ENCOR', catalogue: chosen.catalogue }, match, '2026-12-01T10:00:00.000Z')).toEqual({ catalogue: chosen.catalogue });
  });
});

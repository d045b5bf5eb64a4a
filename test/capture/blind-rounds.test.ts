/**
 * The blind rounds and the real certificates, read as the extension reads them, must not fall back below the floors
 * recorded in test/fixtures/blind/floors.json (see that folder's README). A floor is what the code reached when it
 * was raised; the honest figure is each round's first-seen score in docs/accuracy.md.
 */
import { describe, expect, it } from 'vitest';
import { fallbacks, readFloors, scoreArtifact, scoredSets, scoreSet, summarise } from '../../scripts/artifact-score';

describe('blind rounds and real certificates keep their floors', () => {
  const floors = readFloors();
  for (const { name, dir } of scoredSets()) {
    it(name, async () => {
      const { summary } = await scoreSet(dir);
      expect(fallbacks(name, summary, floors[name])).toEqual([]);
    }, 120_000);
  }
});

describe('scoring', () => {
  const truth = { expect: { title: 'Cloud Basics', endDate: '2026-03-14', hours: 4.88 }, alt: { title: ['Cloud Basics (2026)'] }, recipient: 'Priya Raman' };

  it('counts a field right when it matches the truth or an alternative, whatever its case, spacing or dashes', () => {
    const result = scoreArtifact({ name: 'a', surface: 'page', truth }, [{ title: 'cloud  basics (2026)', endDate: '2026-03-14', hours: 4.883 }]);
    expect(result.fields.map((f) => f.verdict)).toEqual(['right', 'right', 'right']);
  });

  it('tells wrong, missed and extra fields apart, and a recipient read as the title', () => {
    const result = scoreArtifact({ name: 'a', surface: 'pdf', truth }, [{ title: 'Priya Raman', certificateCode: 'X-1' }]);
    expect(result.fields).toEqual([
      { field: 'title', verdict: 'wrong', expected: 'Cloud Basics', found: 'Priya Raman' },
      { field: 'endDate', verdict: 'missed', expected: '2026-03-14' },
      { field: 'certificateCode', verdict: 'extra', found: 'X-1' },
      { field: 'hours', verdict: 'missed', expected: 4.88 },
    ]);
    expect(result.recipientRead).toBe(true);
    const summary = summarise([result]);
    expect(summary.accuracy).toEqual({ page: null, pdf: 0, all: 0 });
    expect(summary.notCaptured).toEqual([]);
  });

  it('counts a capture on a negative as a false capture, and a positive with no capture as not captured', () => {
    const negative = scoreArtifact({ name: 'neg', surface: 'page', truth: { expect: { none: true } } }, [{ title: 'Invoice' }]);
    const missed = scoreArtifact({ name: 'pos', surface: 'page', truth }, []);
    const summary = summarise([negative, missed]);
    expect(summary.falseCaptures).toEqual(['neg']);
    expect(summary.notCaptured).toEqual(['pos']);
    expect(fallbacks('r', summary, { page: 0.5, pdf: null, falseCaptures: 0 })).toHaveLength(2);
    expect(fallbacks('r', summary, { page: 0, pdf: null, falseCaptures: 1 })).toEqual([]);
  });
});

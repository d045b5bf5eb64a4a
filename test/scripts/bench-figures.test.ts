/** The bench's figure rules, checked on made-up numbers: nothing here times anything. */
import { describe, expect, it } from 'vitest';
import { documentedOverFigure, middleHalf, relativeFigure, ruleFigure, timedFigure } from '../../scripts/bench/figures';

describe('bench figures', () => {
  it('sets a relative budget from the same run\'s baseline, and passes only within it', () => {
    const within = relativeFigure({ id: 'popup', label: 'popup', value: 140, baseline: 100 }, 1.5);
    expect(within).toMatchObject({ budget: 150, maxRatio: 1.5, ratio: 1.4, pass: true, unit: 'ms' });
    expect(relativeFigure({ id: 'popup', label: 'popup', value: 151, baseline: 100 }, 1.5).pass).toBe(false);
  });

  it('reports a size in KB against its budget in KB', () => {
    expect(timedFigure({ id: 'size', label: 'size', value: 11.5, unit: 'KB' }, 12)).toMatchObject({ unit: 'KB', budget: 12, pass: true });
    expect(timedFigure({ id: 'size', label: 'size', value: 12.1, unit: 'KB' }, 12).pass).toBe(false);
  });

  it('keeps a documented exception OVER its budget, with its ceiling and reason for the table', () => {
    const figure = documentedOverFigure({ id: 'portal', label: 'portal', value: 14.4, unit: 'KB' }, 12, 15, 'the form filler');
    expect(figure.pass).toBe(false);
    expect(figure.rule).toBe('documented exception, ceiling 15: the form filler');
  });

  it('gives the middle half of the samples, whatever their order', () => {
    expect(middleHalf([9, 1, 5, 3, 7, 2, 8, 4])).toEqual([3, 8]);
    expect(middleHalf([40])).toEqual([40, 40]);
    expect(() => middleHalf([])).toThrow(/no samples/);
  });

  it('gives a rule figure no numeric budget, only the words for the table', () => {
    expect(ruleFigure({ id: 'no-match', label: 'no match', value: 0.05 }, 'URL check only, nothing read', true, 'URL check only')).toMatchObject({ budget: null, budgetText: 'URL check only', pass: true });
  });
});

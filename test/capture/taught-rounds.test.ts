/**
 * Recipes on the blind rounds' taught sites (round-N/taught/<system>/): learned on each system's teach page, they must
 * not fall back below the floors in test/fixtures/blind/floors.json ("round-N taught"), nor misread a certificate
 * link. The honest figure is round 16's first-seen score in docs/accuracy.md.
 */
import { describe, expect, it } from 'vitest';
import { fallbacks, readFloors } from '../../scripts/artifact-score';
import { scoreTaughtRound, taughtFloorKey, taughtRounds } from '../../scripts/taught-score';

describe('recipes on the blind rounds’ taught sites keep their floors', () => {
  const floors = readFloors();
  const rounds = taughtRounds();

  it('has rounds to measure', () => {
    expect(rounds.map((r) => r.name)).toEqual(expect.arrayContaining(['round-15', 'round-16']));
  });

  for (const { name, dir } of rounds) {
    it(name, () => {
      const summary = scoreTaughtRound(dir)!;
      expect(summary.untaught).toEqual([]);
      expect(fallbacks(taughtFloorKey(name), summary.withRecipe, floors[taughtFloorKey(name)])).toEqual([]);
      expect(summary.links.wrong).toEqual([]);
      // A recipe is worth teaching only if it reads the site better than the generic reader alone.
      expect(summary.withRecipe.accuracy.page!).toBeGreaterThan(summary.genericOnly.accuracy.page!);
    }, 60_000);
  }
});

import { describe, expect, it } from 'vitest';
import { badgeText } from '../../src/background/badge';

describe('badgeText', () => {
  it('shows the number of captured, unsubmitted records, capped at 99+', () => {
    expect(badgeText(0, true)).toBe('');
    expect(badgeText(3, true)).toBe('3');
    expect(badgeText(120, true)).toBe('99+');
  });
  it('is empty when the user turned the badge off', () => {
    expect(badgeText(3, false)).toBe('');
  });
});

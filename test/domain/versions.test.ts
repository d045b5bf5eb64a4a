import { describe, expect, it } from 'vitest';
import { compareVersions, isVersion } from '../../src/domain/versions';

describe('extension versions', () => {
  it('compare part by part as numbers, not as text', () => {
    expect(compareVersions('0.10.0', '0.9.0')).toBe(1);
    expect(compareVersions('0.9.0', '0.10.0')).toBe(-1);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.0.0.1', '1.0')).toBe(1);
  });

  it('are one to four dot-separated whole numbers, nothing else', () => {
    expect(['0.1.0', '1', '1.2.3.4'].every(isVersion)).toBe(true);
    expect(['', '1.2.3.4.5', '1.x', '1..2', 'v1.0', '1.0-beta', '<b>1</b>'].some(isVersion)).toBe(false);
  });
});

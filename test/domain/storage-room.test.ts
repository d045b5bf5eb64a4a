import { describe, expect, it } from 'vitest';
import { AUTO_ATTACH_QUOTA_SHARE, roomForAutoAttach } from '../../src/domain/storage-room';

const MB = 1024 * 1024;

describe('roomForAutoAttach', () => {
  it('has room while usage plus the incoming file stays within the share of the quota', () => {
    expect(AUTO_ATTACH_QUOTA_SHARE).toBe(0.9);
    expect(roomForAutoAttach({ usage: 40 * MB, quota: 100 * MB }, 50 * MB)).toBe('room');
    expect(roomForAutoAttach({ usage: 40 * MB, quota: 100 * MB }, 50 * MB + 1)).toBe('full');
    expect(roomForAutoAttach({ usage: 90 * MB, quota: 100 * MB }, 0)).toBe('room');
    expect(roomForAutoAttach({ usage: 90 * MB + 1, quota: 100 * MB }, 0)).toBe('full');
  });

  it('says unknown when the browser gives no usable figures, rather than guessing', () => {
    expect(roomForAutoAttach(undefined, MB)).toBe('unknown');
    expect(roomForAutoAttach({ usage: 1 }, MB)).toBe('unknown');
    expect(roomForAutoAttach({ quota: 100 * MB }, MB)).toBe('unknown');
    expect(roomForAutoAttach({ usage: 0, quota: 0 }, MB)).toBe('unknown');
    expect(roomForAutoAttach({ usage: Number.NaN, quota: 100 * MB }, MB)).toBe('unknown');
  });

  it('treats a negative size as nothing incoming', () => {
    expect(roomForAutoAttach({ usage: 89 * MB, quota: 100 * MB }, -5 * MB)).toBe('room');
  });
});

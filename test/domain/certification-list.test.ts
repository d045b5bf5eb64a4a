import { describe, expect, it } from 'vitest';
import { listedCertifications, listedByLevel, findListedCertification } from '../../src/domain/certification-list';
import { PROGRAM_DEFINITIONS, ruleFor } from '../../src/domain/programs';

describe('the certification list pages list from', () => {
  it('is exactly what the validated program registry holds, including which never expire', () => {
    for (const program of PROGRAM_DEFINITIONS) {
      const entries = listedCertifications(program.id);
      expect(entries.map((e) => e.code), program.id).toEqual(program.certifications.map((c) => c.code));
      for (const entry of entries) {
        const held = { id: 'x', program: program.id, code: entry.code, name: entry.name, level: entry.level };
        expect(entry.neverExpires, entry.code).toBe(ruleFor(program, held)?.neverExpires ?? false);
      }
    }
    expect(listedCertifications('cisco').filter((e) => e.neverExpiresIfEarnedBefore).map((e) => e.code)).toEqual(['ccst-networking', 'ccst-cybersecurity', 'ccst-it-support']);
  });

  it('lists nothing for the Other program', () => {
    expect(listedCertifications('other')).toEqual([]);
    expect(listedByLevel('other')).toEqual([]);
  });

  it('groups by level, lowest first, leaving out empty levels', () => {
    expect(listedByLevel('comptia').map((g) => g.level)).toEqual(['associate', 'professional', 'expert']);
    expect(listedByLevel('cisco')[0]).toMatchObject({ level: 'entry', entries: [{ code: 'ccst-networking' }, { code: 'ccst-cybersecurity' }, { code: 'ccst-it-support' }, { code: 'cct' }] });
  });

  it('finds a held certification by code, else by name however it is spaced or cased', () => {
    expect(findListedCertification('comptia', { code: 'security-plus', name: 'Renamed' })?.code).toBe('security-plus');
    expect(findListedCertification('cisco', { name: 'ccnp  enterprise' })?.code).toBe('ccnp-enterprise');
    expect(findListedCertification('cisco', { name: 'CCNP Wireless' })).toBeUndefined();
  });
});

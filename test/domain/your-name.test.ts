import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, MAX_PEOPLE, nameFromInput, peopleFromArgument, peopleOf } from '../../src/domain/your-name';

describe('the user’s name as the readers take it', () => {
  it('gives the name from the settings, or no names at all', () => {
    expect(peopleOf({ yourName: 'Priya Raman' })).toEqual(['Priya Raman']);
    expect(peopleOf({ yourName: '   ' })).toEqual([]);
    expect(peopleOf({})).toEqual([]);
  });

  it('reads a name as typed: spaces collapsed, empty as none, too long refused', () => {
    expect(nameFromInput('  Priya   Raman ')).toEqual({ ok: true, yourName: 'Priya Raman' });
    expect(nameFromInput(' ')).toEqual({ ok: true });
    expect(nameFromInput('x'.repeat(MAX_NAME_LENGTH))).toEqual({ ok: true, yourName: 'x'.repeat(MAX_NAME_LENGTH) });
    expect(nameFromInput('x'.repeat(MAX_NAME_LENGTH + 1))).toEqual({ ok: false });
  });

  it('takes from an argument only a short array of names of bounded length', () => {
    expect(peopleFromArgument([' Priya Raman ', 'P. Raman'])).toEqual(['Priya Raman', 'P. Raman']);
    expect(peopleFromArgument(['', { toString: () => 'Priya' }, 'x'.repeat(MAX_NAME_LENGTH + 1), 'Priya Raman'])).toEqual(['Priya Raman']);
    expect(peopleFromArgument(Array.from({ length: MAX_PEOPLE }, () => 'Priya Raman'))).toHaveLength(MAX_PEOPLE);
    expect(peopleFromArgument(Array.from({ length: MAX_PEOPLE + 1 }, () => 'Priya Raman'))).toEqual([]);
    for (const value of [undefined, null, 'Priya Raman', { length: 1, 0: 'Priya Raman' }, 42]) expect(peopleFromArgument(value)).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CourseRecord, Program, RecordStatus } from '../../src/domain/schema';
import { PROGRAMS, RECORD_STATUSES } from '../../src/domain/vocabulary';
import { DEFAULT_VIEW, compareRecords, isFiltered, nextSort, undoMarkEarned, viewRecords, type RecordsFilter, type RecordsSort, type SortKey } from '../../src/ui/options/records-view';
import { makeRecord } from '../helpers/factories';

const filter = (overrides: Partial<RecordsFilter> = {}): RecordsFilter => ({ ...DEFAULT_VIEW.filter, ...overrides });
const view = (f: Partial<RecordsFilter> = {}, sort: RecordsSort = DEFAULT_VIEW.sort) => ({ sort, filter: filter(f) });
const titles = (records: readonly CourseRecord[]) => records.map((r) => r.title);

const enauto = makeRecord({ title: 'ENAUTO: Implementing Automation', provider: 'Cisco U.', certificateCode: 'CU-2026-ABC', endDate: '2026-03-14', credits: 24, status: 'captured', updatedAt: '2026-03-15T10:00:00.000Z' });
const secPlus = makeRecord({ title: 'Sécurité réseau avancée', provider: 'Coursera', program: 'comptia', creditUnit: 'CEU', endDate: '2025-11-02', credits: 3, status: 'earned', updatedAt: '2026-03-20T10:00:00.000Z' });
const cissp = makeRecord({ title: 'Zero trust basics', provider: 'ISC2', program: 'isc2', creditUnit: 'CPE', endDate: undefined, credits: undefined, status: 'pending', updatedAt: '2026-02-01T10:00:00.000Z' });
const encor = makeRecord({ title: 'encor deep dive', provider: 'Cisco Live', endDate: '2026-06-30', credits: 8, status: 'submitted', updatedAt: '2026-01-01T10:00:00.000Z' });
const ALL = [enauto, secPlus, cissp, encor];

describe('viewRecords: filter', () => {
  it('shows everything, in the order given, when nothing is filtered and the order is the opening one', () => {
    const byUpdate = [secPlus, enauto, cissp, encor];
    expect(viewRecords(byUpdate, DEFAULT_VIEW)).toEqual(byUpdate);
    expect(isFiltered(DEFAULT_VIEW.filter)).toBe(false);
    expect(isFiltered(filter({ query: '   ' })), 'blank words are no filter').toBe(false);
  });

  it('keeps the statuses and programs chosen; none chosen means all', () => {
    expect(titles(viewRecords(ALL, view({ statuses: new Set<RecordStatus>(['captured', 'submitted']) })))).toEqual(['ENAUTO: Implementing Automation', 'encor deep dive']);
    expect(titles(viewRecords(ALL, view({ programs: new Set<Program>(['comptia', 'isc2']) })))).toEqual(['Sécurité réseau avancée', 'Zero trust basics']);
    expect(viewRecords(ALL, view({ statuses: new Set<RecordStatus>(['earned']), programs: new Set<Program>(['cisco']) }))).toEqual([]);
  });

  it('keeps completion dates within the range, both ends included; a record without one is out once a range is set', () => {
    expect(titles(viewRecords(ALL, view({ from: '2026-03-14' })))).toEqual(['ENAUTO: Implementing Automation', 'encor deep dive']);
    expect(titles(viewRecords(ALL, view({ to: '2026-03-14' }))), 'most recently changed first').toEqual(['Sécurité réseau avancée', 'ENAUTO: Implementing Automation']);
    expect(titles(viewRecords(ALL, view({ from: '2026-01-01', to: '2026-03-14' })))).toEqual(['ENAUTO: Implementing Automation']);
  });

  it('finds every word in the title, provider or certificate code, ignoring case and accents', () => {
    expect(titles(viewRecords(ALL, view({ query: 'SECURITE' })))).toEqual(['Sécurité réseau avancée']);
    expect(titles(viewRecords(ALL, view({ query: 'réseau coursera' })))).toEqual(['Sécurité réseau avancée']);
    expect(titles(viewRecords(ALL, view({ query: 'cu-2026' })))).toEqual(['ENAUTO: Implementing Automation']);
    expect(titles(viewRecords(ALL, view({ query: '  cisco   ' })))).toEqual(['ENAUTO: Implementing Automation', 'encor deep dive']);
    expect(viewRecords(ALL, view({ query: 'cisco coursera' })), 'every word must match').toEqual([]);
  });
});

describe('viewRecords: sort', () => {
  const sorted = (by: SortKey, dir: 'asc' | 'desc') => titles(viewRecords(ALL, view({}, { by, dir })));

  it('sorts by completion date either way, records without one last', () => {
    expect(sorted('endDate', 'asc')).toEqual(['Sécurité réseau avancée', 'ENAUTO: Implementing Automation', 'encor deep dive', 'Zero trust basics']);
    expect(sorted('endDate', 'desc')).toEqual(['encor deep dive', 'ENAUTO: Implementing Automation', 'Sécurité réseau avancée', 'Zero trust basics']);
  });

  it('sorts titles as a reader would (case aside), credits by number, status in lifecycle order, and by last change', () => {
    expect(sorted('title', 'asc')).toEqual(['ENAUTO: Implementing Automation', 'encor deep dive', 'Sécurité réseau avancée', 'Zero trust basics']);
    expect(sorted('credits', 'desc')).toEqual(['ENAUTO: Implementing Automation', 'encor deep dive', 'Sécurité réseau avancée', 'Zero trust basics']);
    expect(sorted('credits', 'asc').at(-1), 'no credits: last either way').toBe('Zero trust basics');
    expect(sorted('status', 'asc')).toEqual(['ENAUTO: Implementing Automation', 'encor deep dive', 'Zero trust basics', 'Sécurité réseau avancée']);
    expect(sorted('updatedAt', 'desc')).toEqual(['Sécurité réseau avancée', 'ENAUTO: Implementing Automation', 'Zero trust basics', 'encor deep dive']);
  });

  it('is stable: equal records keep the order they came in, ascending and descending', () => {
    const a = makeRecord({ title: 'A', status: 'captured' });
    const b = makeRecord({ title: 'B', status: 'earned' });
    const c = makeRecord({ title: 'C', status: 'captured' });
    const d = makeRecord({ title: 'D', status: 'earned' });
    expect(titles(viewRecords([a, b, c, d], view({}, { by: 'status', dir: 'asc' })))).toEqual(['A', 'C', 'B', 'D']);
    expect(titles(viewRecords([a, b, c, d], view({}, { by: 'status', dir: 'desc' })))).toEqual(['B', 'D', 'A', 'C']);
  });

  it('turns a column round on a second click; another column starts in its own first direction', () => {
    expect(nextSort({ by: 'updatedAt', dir: 'desc' }, 'title')).toEqual({ by: 'title', dir: 'asc' });
    expect(nextSort({ by: 'title', dir: 'asc' }, 'title')).toEqual({ by: 'title', dir: 'desc' });
    expect(nextSort({ by: 'title', dir: 'desc' }, 'endDate')).toEqual({ by: 'endDate', dir: 'desc' });
  });
});

describe('viewRecords: properties', () => {
  const isoDate = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const word = fc.constantFrom('ccnp', 'Sécurité', 'CISCO', 'lab', 'é', 'a', 'ENCOR', 'zero');
  const record = fc
    .record({
      title: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
      provider: word,
      certificateCode: fc.option(word, { nil: undefined }),
      endDate: fc.option(isoDate, { nil: undefined }),
      credits: fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }),
      status: fc.constantFrom(...RECORD_STATUSES),
      program: fc.constantFrom(...PROGRAMS),
      updatedAt: isoDate.map((d) => `${d}T10:00:00.000Z`),
    })
    .map((fields) => makeRecord(fields));
  const records = fc.array(record, { maxLength: 30 });
  const sort = fc.record({ by: fc.constantFrom<SortKey>('endDate', 'title', 'credits', 'status', 'updatedAt'), dir: fc.constantFrom<'asc' | 'desc'>('asc', 'desc') });
  const filters = fc.record({
    statuses: fc.subarray([...RECORD_STATUSES]).map((s) => new Set(s)),
    programs: fc.subarray([...PROGRAMS]).map((p) => new Set(p)),
    from: fc.option(isoDate, { nil: undefined }),
    to: fc.option(isoDate, { nil: undefined }),
    query: fc.array(word, { maxLength: 2 }).map((w) => w.join(' ')),
  });

  it('never adds a record, and keeps only records the filter allows, in an order the sort allows', () => {
    fc.assert(
      fc.property(records, sort, filters, (input, s, f) => {
        const out = viewRecords(input, { sort: s, filter: f });
        expect(out.every((r) => input.includes(r))).toBe(true);
        expect(new Set(out).size).toBe(out.length);
        const compare = compareRecords(s);
        for (let i = 1; i < out.length; i += 1) expect(compare(out[i - 1]!, out[i]!)).toBeLessThanOrEqual(0);
        // Filtering is the same whatever the order: the sort only arranges.
        expect(new Set(viewRecords(input, { sort: DEFAULT_VIEW.sort, filter: f }))).toEqual(new Set(out));
      }),
    );
  });

  it('sorting alone is a permutation of its input', () => {
    fc.assert(
      fc.property(records, sort, (input, s) => {
        const out = viewRecords(input, { sort: s, filter: DEFAULT_VIEW.filter });
        expect(out).toHaveLength(input.length);
        expect([...out].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...input].sort((a, b) => a.id.localeCompare(b.id)));
      }),
    );
  });
});

describe('undoMarkEarned', () => {
  const before = makeRecord({ status: 'pending', statusSince: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' });
  const after: CourseRecord = { ...before, status: 'earned', statusSince: '2026-03-20T10:00:00.000Z', updatedAt: '2026-03-20T10:00:00.000Z' };

  it('puts the record back exactly as it was when nothing changed since', () => {
    expect(undoMarkEarned(before, after, after)).toEqual(before);
  });

  it('keeps a later change (a certificate attached) and puts back only the status and its clock', () => {
    const later: CourseRecord = { ...after, certificateFileId: 'f1', updatedAt: '2026-03-21T10:00:00.000Z' };
    expect(undoMarkEarned(before, after, later)).toEqual({ ...later, status: 'pending', statusSince: '2026-03-01T10:00:00.000Z' });
    const { statusSince: _none, ...withoutClock } = before;
    expect(undoMarkEarned(withoutClock, after, later)).not.toHaveProperty('statusSince');
  });

  it('leaves alone a record that is gone or no longer earned', () => {
    expect(undoMarkEarned(before, after, undefined)).toBeUndefined();
    expect(undoMarkEarned(before, after, { ...after, status: 'rejected', updatedAt: '2026-03-22T10:00:00.000Z' })).toBeUndefined();
  });
});

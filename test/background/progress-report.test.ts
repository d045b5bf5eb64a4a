import { describe, expect, it } from 'vitest';
import { progressReport, storeChanging } from '../../src/background/progress-report';
import { saveCertification } from '../../src/store/certifications';
import { freshDatabase } from '../helpers/db';
import { makeCertification, makeRecord } from '../helpers/factories';

const TODAY = '2026-11-29';

describe('progressReport: the kept report', () => {
  it('is kept while nothing changes, and made again after any change to records, certifications or the day', async () => {
    const db = await freshDatabase();
    await saveCertification(db, makeCertification());
    await db.put('records', makeRecord({ id: 'a', credits: 10, status: 'earned', endDate: '2026-01-10' }));
    const first = await progressReport(db, TODAY);
    expect(await progressReport(db, TODAY)).toBe(first);

    // Written behind the router's back (a test seeding the database): the records' mark still changes.
    await db.put('records', makeRecord({ id: 'b', credits: 20, status: 'earned', endDate: '2026-02-10', updatedAt: '2026-02-10T10:00:00.000Z' }));
    const second = await progressReport(db, TODAY);
    expect(second).not.toBe(first);
    expect(second.certifications[0]!.credits.earned).toBe(30);

    // An edit that keeps the count: its updatedAt is the newest.
    await db.put('records', makeRecord({ id: 'a', credits: 15, status: 'earned', endDate: '2026-01-10', updatedAt: '2026-03-01T10:00:00.000Z' }));
    expect((await progressReport(db, TODAY)).certifications[0]!.credits.earned).toBe(35);

    await saveCertification(db, makeCertification({ expiresOn: '2027-06-01' }));
    expect((await progressReport(db, TODAY)).certifications[0]!.expiresOn).toBe('2027-06-01');

    const kept = await progressReport(db, TODAY);
    expect(await progressReport(db, '2026-11-30')).not.toBe(kept);
  });

  it('is dropped when the router says a write is under way', async () => {
    const db = await freshDatabase();
    const first = await progressReport(db, TODAY);
    storeChanging(db);
    expect(await progressReport(db, TODAY)).not.toBe(first);
  });
});

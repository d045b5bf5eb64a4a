import { describe, expect, it } from 'vitest';
import type { Exam } from '../../src/domain/schema';
import { deleteExam, listExams, saveExam } from '../../src/store/exams';
import { NotFoundError } from '../../src/store/transaction';
import { freshDatabase } from '../helpers/db';

function makeExam(overrides: Partial<Exam> = {}): Exam {
  return { id: 'e1', program: 'cisco', code: '350-401', name: 'ENCOR', kind: 'technology-core', passedOn: '2026-02-10', ...overrides };
}

describe('exams in IndexedDB', () => {
  it('saves, lists the most recently passed first, and replaces by id', async () => {
    const db = await freshDatabase();
    await saveExam(db, makeExam());
    await saveExam(db, makeExam({ id: 'e2', code: '300-410', kind: 'professional-concentration', passedOn: '2026-05-01' }));
    expect((await listExams(db)).map((e) => e.code)).toEqual(['300-410', '350-401']);
    await saveExam(db, makeExam({ name: 'Enterprise Core' }));
    expect(await db.count('exams')).toBe(2);
    expect((await db.get('exams', 'e1'))?.name).toBe('Enterprise Core');
  });

  it('refuses an invalid exam and stores nothing', async () => {
    const db = await freshDatabase();
    await expect(saveExam(db, makeExam({ passedOn: '10/02/2026' }))).rejects.toThrow();
    await expect(saveExam(db, { ...makeExam(), kind: 'written' } as unknown as Exam)).rejects.toThrow();
    await expect(saveExam(db, makeExam({ code: '  ' }))).rejects.toThrow();
    expect(await db.count('exams')).toBe(0);
  });

  it('deletes and hands back the exam, so Undo can save it again', async () => {
    const db = await freshDatabase();
    await saveExam(db, makeExam());
    const removed = await deleteExam(db, 'e1');
    expect(removed).toEqual(makeExam());
    expect(await db.count('exams')).toBe(0);
    await saveExam(db, removed);
    expect(await db.get('exams', 'e1')).toEqual(makeExam());
  });

  it('says not found for an exam that is not there, and changes nothing', async () => {
    const db = await freshDatabase();
    await saveExam(db, makeExam());
    await expect(deleteExam(db, 'missing')).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.count('exams')).toBe(1);
  });
});

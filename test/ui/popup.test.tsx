// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { progress } from '../../src/domain/progress';
import { Popup } from '../../src/ui/popup/Popup';
import { makeCertification, makeRecord } from '../helpers/factories';

const settings = { submissionWindowDays: 90 };

function mount(...args: Parameters<typeof progress>) {
  const records = args[0].records;
  const container = document.createElement('div');
  document.body.append(container);
  render(<Popup report={progress(...args)} records={[...records]} />, container);
  return container;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('Popup', () => {
  it('answers "am I on track?" for the primary certification', () => {
    const records = [
      makeRecord({ title: 'ENAUTO', credits: 24, status: 'captured', endDate: '2026-11-20' }),
      makeRecord({ title: 'ENCOR', credits: 40, status: 'earned', endDate: '2025-10-01' }),
    ];
    const el = mount({ records, certifications: [makeCertification({ expiresOn: '2027-03-14' })], settings, today: '2026-11-29' });
    const text = el.textContent ?? '';
    expect(el.querySelector('h1')?.textContent).toBe('CCNP Enterprise');
    expect(el.querySelector('[data-state]')?.textContent).toBe('At risk'); // 90% of the period gone, 80% counted
    expect(text).toContain('105 days');
    expect(text).toContain('64 of 80 CE credits');
    expect(el.querySelector('[data-segment=earned]')?.textContent).toBe('Earned 40');
    expect(el.querySelector('[data-segment=captured]')?.textContent).toBe('Captured 24');
    expect(el.querySelector('[role=meter]')?.getAttribute('aria-valuenow')).toBe('64');
    expect(text).toContain('Submit “ENAUTO” — 81 days left in its window');
    expect([...el.querySelectorAll('.record-title')].map((n) => n.textContent)).toEqual(['ENAUTO', 'ENCOR']);
  });

  it('shows page text as text, never as markup', () => {
    const records = [makeRecord({ title: '<img src=x onerror=alert(1)>' })];
    const el = mount({ records, certifications: [makeCertification()], settings, today: '2026-11-29' });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.record-title')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('is never blank: without a certification it says what to do and still lists captures', () => {
    const el = mount({ records: [makeRecord({ title: 'ENAUTO' })], certifications: [], settings, today: '2026-11-29' });
    expect(el.textContent).toContain('Add the certification you hold');
    expect(el.querySelector('button')?.textContent).toBe('Set up your certifications');
    expect(el.querySelector('.record-title')?.textContent).toBe('ENAUTO');
  });

  it('lists the other held certifications, says the CCNP renewal carries the CCNA, and switches focus', () => {
    const one = mount({ records: [], certifications: [makeCertification()], settings, today: '2026-11-29' });
    expect(one.querySelector('.others')).toBeNull();
    const el = mount({
      records: [makeRecord({ status: 'earned', credits: 30, endDate: '2026-02-01' })],
      certifications: [makeCertification(), makeCertification({ id: 'ccna', name: 'CCNA', level: 'associate', expiresOn: '2027-01-10' })],
      settings,
      today: '2026-11-29',
    });
    expect(el.textContent).toContain('Its renewal also renews CCNA');
    const other = el.querySelector<HTMLButtonElement>('.others button')!;
    expect(other.textContent).toContain('CCNA');
    expect(other.textContent).toContain('Renews with CCNP Enterprise');
    other.click();
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        expect(el.querySelector('h1')?.textContent).toBe('CCNA');
        expect(el.textContent).toContain('Renews with CCNP Enterprise');
        resolve();
      }, 0),
    );
  });

  it('shows every way to renew and the exams passed', () => {
    const el = mount({
      records: [makeRecord({ status: 'earned', credits: 40, endDate: '2026-02-01' })],
      certifications: [makeCertification({ expiresOn: '2027-11-29' })],
      exams: [{ id: 'e', program: 'cisco', code: '350-401', kind: 'technology-core', passedOn: '2026-03-01' }],
      settings,
      today: '2026-11-29',
    });
    expect(el.querySelector('[data-state]')?.textContent).toBe('Renewed');
    const paths = [...el.querySelectorAll('[data-path]')].map((li) => li.textContent);
    expect(el.querySelector('.progress-total')?.textContent).toBe('40 of 40 CE credits40 CE + 1 professional exam');
    expect(paths).toContain('1 technology core exam1/1 exams · met');
    expect(paths).toContain('1 expert written exam0/1 exams');
    expect(paths).toContain('2 concentration exams0/2 exams');
    expect(paths).toContain('80 CE40/80 CE');
    expect(el.textContent).toContain('Renewed: the new expiry is Mar 1, 2029.');
  });
});

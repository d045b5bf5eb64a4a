/** Small builders for valid domain objects; each test states only what it cares about. */
import type { Capture, Certification, CourseRecord, SiteRecipe } from '../../src/domain/schema';
import type { Clock } from '../../src/store/clock';

export function makeCapture(overrides: Partial<Capture> = {}): Capture {
  return {
    adapterId: 'cisco-u',
    title: 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO)',
    provider: 'Cisco U.',
    sourceUrl: 'https://u.cisco.com/paths/enauto/1047',
    endDate: '2026-03-14',
    credits: 24,
    creditUnit: 'CE',
    program: 'cisco',
    confidence: 0.9,
    found: ['title', 'endDate', 'credits'],
    ...overrides,
  };
}

let counter = 0;
export function makeRecord(overrides: Partial<CourseRecord> = {}): CourseRecord {
  counter += 1;
  return {
    id: `r${counter}`,
    title: `Course ${counter}`,
    provider: 'Cisco U.',
    creditUnit: 'CE',
    program: 'cisco',
    status: 'captured',
    endDate: '2026-01-10',
    credits: 10,
    createdAt: '2026-01-10T10:00:00.000Z',
    updatedAt: '2026-01-10T10:00:00.000Z',
    notes: '',
    ...overrides,
  };
}

export function makeCertification(overrides: Partial<Certification> = {}): Certification {
  return { id: 'ccnp', program: 'cisco', name: 'CCNP Enterprise', level: 'professional', expiresOn: '2027-03-14', ...overrides };
}

let ids = 0;
/** A clock that ticks one second per call and hands out predictable, never-repeating ids. */
export function fakeClock(start = '2026-03-20T09:00:00.000Z'): Clock {
  let ms = Date.parse(start);
  return {
    now: () => new Date((ms += 1000)),
    newId: () => `id-${++ids}`,
  };
}

/** A taught site's recipe, as the confirmation form would learn it on a Cornerstone-like transcript page. */
export function makeRecipe(overrides: Partial<SiteRecipe> = {}): SiteRecipe {
  return {
    origin: 'https://acme.csod.com',
    urlShapes: ['/phnx/driver.aspx?loid=*&routename=Learning/LearningObjectDetails'],
    completionWords: ['Completed'],
    title: { level: 1 },
    fields: {
      endDate: { label: 'Completed Date', place: 'cell', hint: { path: 'table.details > tbody > tr > td', nth: 3 } },
      certificateCode: { label: 'Certificate No.', place: 'cell' },
      credits: { label: 'CPE Credits', place: 'cell' },
    },
    providerName: 'Acme Academy',
    creditUnit: 'CPE',
    language: 'en',
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    pagesCaptured: 0,
    ...overrides,
  };
}

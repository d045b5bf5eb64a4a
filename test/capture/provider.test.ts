/** What an issuer's name can be: never a signatory's job, the instructors, a quality label, a contact or a sentence. */
import { describe, expect, it } from 'vitest';
import { usableProvider } from '../../src/capture/generic/provider';

describe('usableProvider', () => {
  it.each([
    'Continuing & Professional Studies Program Director, Cybersecurity',
    'Instructors Kai Lindqvist, NetOps Academy',
    'Head of Global Content, Learning',
    'certifié Qualiopi',
    'Organisme de formation certifié Qualiopi',
    'training@northwind.example',
    'https://verify.example.org',
    'Learning & Certifications will report your Cisco certifications automatically within 5 business days.',
    'following',
    'Item Details',
    '講師 山田太郎',
  ])('refuses %j', (text) => {
    expect(usableProvider(text)).toBeUndefined();
  });

  it.each([
    ['Northwind Networking Academy', 'Northwind Networking Academy'],
    ['AWS Training and Certification. This course may help prepare you for the exam.', 'AWS Training and Certification'],
    ['Formación', 'Formación'],
    ['Universität St. Gallen Executive School', 'Universität St. Gallen Executive School'],
    ['Acme Inc. Training Services', 'Acme Inc. Training Services'],
    ['株式会社テックラーニング', '株式会社テックラーニング'],
  ])('keeps %j as %j', (text, name) => {
    expect(usableProvider(text)).toBe(name);
  });

  it('refuses the learner', () => {
    expect(usableProvider('Priya Raman', ['priya raman'])).toBeUndefined();
  });
});

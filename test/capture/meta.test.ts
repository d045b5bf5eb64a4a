/**
 * What a page's own title says: "Wei Chen earned Course" names the course (and is an award), "Course | Harbourline
 * Academy" names the organisation after the separator, unless that is the learning system's own name.
 */
import { describe, expect, it } from 'vitest';
import { readMeta } from '../../src/capture/generic/meta';
import { parseHtml } from '../helpers/fixtures';

const url = new URL('https://learn.example.com/course/1');
const head = (inner: string) => parseHtml(`<html><head>${inner}</head><body></body></html>`);

describe('readMeta', () => {
  it('reads "Person earned Course" as the course, with completion evidence', () => {
    const read = readMeta(head('<meta property="og:title" content="Wei Chen earned Build a Secure Google Cloud Network Skill Badge">'), url);
    expect(read).toMatchObject({ title: 'Build a Secure Google Cloud Network Skill Badge', completion: true });
  });

  it('does not read a sentence that starts with no name as an award', () => {
    expect(readMeta(head('<title>Learners who completed this course also took</title>'), url).completion).toBe(false);
  });

  it('names the organisation after the title\'s separator, without its portal word', () => {
    expect(readMeta(head('<title>SCF-NET: Course completion status | Harbourline Academy</title>'), url)).toMatchObject({
      title: 'SCF-NET: Course completion status',
      provider: 'Harbourline Academy',
    });
    expect(readMeta(head('<title>Teilnahmebescheinigung | NetSkills Akademie Kundenportal</title>'), url).provider).toBe('NetSkills Akademie');
  });

  it('takes the site from before the separator when the part after it names the page, and never a page word', () => {
    expect(readMeta(head('<title>Splunk Education | Learner Dashboard</title>'), url).provider).toBe('Splunk Education');
    expect(readMeta(head('<title>TryHackMe | Certificate</title>'), url).provider).toBe('TryHackMe');
    expect(readMeta(head('<title>Red Hat Learning | Mon historique</title>'), url).provider).toBe('Red Hat Learning');
    // A person, or what reads as the course, before the page's name is no site.
    expect(readMeta(head('<title>Priya Raman | Dashboard</title>'), url).provider).toBeUndefined();
    expect(readMeta(head('<title>Network Security Basics | Certificate</title>'), url).provider).toBeUndefined();
    expect(readMeta(head('<title>Student Portal - Class Record</title>'), url).provider).toBeUndefined();
    // A longer first part, or one the page's heading repeats, is the course.
    expect(readMeta(head('<title>Cisco Secure Firewall Partner Bootcamp | Certificate of Completion</title>'), url).provider).toBeUndefined();
    expect(readMeta(parseHtml('<html><head><title>Intro to Splunk | Certificate</title></head><body><h1>Intro to Splunk</h1></body></html>'), url).provider).toBeUndefined();
  });

  it('never takes the learning system for the organisation, and prefers og:site_name', () => {
    expect(readMeta(head('<title>Zero Trust Architecture - Workday</title>'), url).provider).toBeUndefined();
    expect(readMeta(head('<title>Cloud Basics | Docebo</title>'), url).provider).toBeUndefined();
    expect(readMeta(head('<meta property="og:site_name" content="Cisco U."><title>Cloud Basics | Cisco</title>'), url).provider).toBe('Cisco U.');
  });
});

/**
 * The news after an update, held in step: CHANGELOG.md (English, for the repository and the stores) and the welcome
 * page's release notes (message keys, in every language) name the same versions, and package.json's version is
 * among them, so a release without its notes fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RELEASE_NOTES } from '../../src/ui/welcome/release-notes';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const { version } = JSON.parse(read('package.json')) as { version: string };
const changelog = read('CHANGELOG.md');
const english = JSON.parse(read('public/_locales/en/messages.json')) as Record<string, { message: string }>;

/** The versions CHANGELOG.md has a section for ("## [0.1.0] - 2026-12-08"), newest first; [Unreleased] is not one. */
function changelogVersions(text: string): string[] {
  return [...text.matchAll(/^## \[(\d+\.\d+\.\d+[^\]]*)\] - \d{4}-\d{2}-\d{2}$/gm)].map((m) => m[1]!);
}

describe('release notes', () => {
  it('reads the changelog\'s version sections (the scan itself works)', () => {
    expect(changelogVersions('# Changelog\n\n## [Unreleased]\n\n## [0.2.0] - 2027-01-02\n\n### Added\n\n## [0.1.0] - 2026-12-08\n')).toEqual(['0.2.0', '0.1.0']);
  });

  it("has a CHANGELOG.md section for package.json's version", () => {
    expect(changelogVersions(changelog)).toContain(version);
  });

  it("has the welcome page's notes for package.json's version", () => {
    expect(RELEASE_NOTES[version]?.length ?? 0).toBeGreaterThan(0);
  });

  it('names the same versions in CHANGELOG.md and on the welcome page', () => {
    expect(Object.keys(RELEASE_NOTES).sort()).toEqual(changelogVersions(changelog).sort());
  });

  it('gives each note an English message (the other languages are held to English by locales.test.ts)', () => {
    const missing = Object.values(RELEASE_NOTES)
      .flat()
      .filter((key) => !english[key]);
    expect(missing).toEqual([]);
  });

  it('keeps the changelog a hand-written Keep a Changelog file, newest version first', () => {
    expect(changelog).toMatch(/^# Changelog\n/);
    expect(changelog).toContain('https://keepachangelog.com/');
    expect(changelogVersions(changelog)[0]).toBe(version);
  });
});

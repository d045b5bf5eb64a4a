/**
 * What is new in each version, as the welcome page shows it after an update: the message keys of its lines, in the
 * user's language. CHANGELOG.md is the same news in English for people reading the repository and the stores; a test
 * (test/ui/release-notes.test.ts) fails when the two name different versions, or when package.json's version has
 * neither.
 */
export const RELEASE_NOTES: Readonly<Record<string, readonly string[]>> = {
  '0.1.0': ['releaseNote010Capture', 'releaseNote010Manual', 'releaseNote010Pdfs', 'releaseNote010Progress', 'releaseNote010CePortal', 'releaseNote010Private'],
};

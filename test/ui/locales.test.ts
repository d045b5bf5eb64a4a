/**
 * The translations in public/_locales/<lang>/messages.json against the English original: same keys in the same
 * order, same placeholders, the same $NAME$s used, nothing left in English by accident, no markup. The manifest's
 * __MSG_ keys must resolve in every locale.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface LocaleEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, LocaleEntry>;

const root = new URL('../../', import.meta.url).pathname;
const localesDir = join(root, 'public/_locales');
const TRANSLATIONS = ['de', 'es', 'fr', 'ja'] as const;
type Translation = (typeof TRANSLATIONS)[number];

const readText = (lang: string) => readFileSync(join(localesDir, lang, 'messages.json'), 'utf8');
const english = JSON.parse(readText('en')) as Messages;
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;

/** Messages that stay as they are in every language: product and program names, and credit units. */
const SAME_EVERYWHERE = new Set([
  'extName',
  'actionTitle',
  'toastRegion',
  'fillPanelLabel',
  'unitCE',
  'unitCEU',
  'unitCPE',
  'unitPDU',
  'programCisco',
  'programComptia',
  'programIsc2',
  'programIsaca',
  'programPmi',
  'programGiac',
  'programEcCouncil',
  'unitECE',
  // Cisco's acronyms for the entry and technician certifications, the exam phrase for each.
  'examPhraseEntry',
  'examPhraseTechnician',
]);

/** Cisco's certification tier names, which Cisco keeps in English in these languages (Japanese writes them in katakana). */
const CISCO_TIERS = ['levelAssociate', 'levelSpecialist', 'levelProfessional', 'levelExpert', 'examKindAssociate', 'examKindSpecialist'];

/** Words spelt the same in the language as in English. */
const SAME_PER_LANGUAGE: Record<Translation, readonly string[]> = {
  de: [...CISCO_TIERS, 'columnCredits', 'fieldCredits', 'columnStatus', 'recordsFilterStatus'],
  es: CISCO_TIERS,
  fr: [...CISCO_TIERS, 'fieldCertification', 'navCertifications', 'backupListCertifications', 'columnActions', 'examPhraseConcentration'],
  ja: [],
};

/** $NAME$ references in a message, upper-cased, in order (Chrome matches placeholder names case-insensitively). */
function placeholderRefs(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toUpperCase()).sort();
}

/** A message with no words of its own, only placeholders and punctuation ("$CREDITS$ + $EXAMS$"): nothing to translate. */
function hasNoWords(message: string): boolean {
  return !/\p{L}/u.test(message.replace(/\$[A-Za-z0-9_@]+\$/g, ''));
}

/** Keys whose messages are the one/other forms of a count: "expiresInOne" and its sibling "expiresIn". */
const PLURAL_PAIRS = Object.keys(english)
  .filter((key) => key.endsWith('One') && key.slice(0, -3) in english)
  .map((one) => [one, one.slice(0, -3)] as const);

describe('locales', () => {
  it('ships exactly English and the four translations', () => {
    const dirs = readdirSync(localesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(dirs).toEqual(['de', 'en', 'es', 'fr', 'ja']);
  });

  it('finds the count-dependent pairs it checks (the scan itself works)', () => {
    expect(PLURAL_PAIRS.length).toBeGreaterThan(5);
    expect(PLURAL_PAIRS).toContainEqual(['expiresInOne', 'expiresIn']);
  });

  describe.each(TRANSLATIONS)('%s', (lang) => {
    const text = readText(lang);
    const messages = JSON.parse(text) as Messages;
    const keys = Object.keys(english);

    it('parses as a JSON object', () => {
      expect(() => JSON.parse(text) as unknown).not.toThrow();
      expect(typeof messages).toBe('object');
      expect(Array.isArray(messages)).toBe(false);
    });

    it('has exactly the English keys, in the same order', () => {
      expect(Object.keys(messages)).toEqual(keys);
    });

    it('gives every key a non-empty message and nothing but message and placeholders', () => {
      const bad = keys.filter((key) => {
        const entry = messages[key];
        if (!entry || typeof entry.message !== 'string' || entry.message.trim() === '') return true;
        return Object.keys(entry).some((field) => field !== 'message' && field !== 'placeholders' && field !== 'description');
      });
      expect(bad).toEqual([]);
    });

    it('keeps every placeholders object exactly as in English', () => {
      const differing = keys.filter((key) => JSON.stringify(messages[key]?.placeholders) !== JSON.stringify(english[key]!.placeholders));
      expect(differing).toEqual([]);
    });

    it('uses the same $NAME$s as the English message, as often, and no others', () => {
      const differing = keys
        .filter((key) => JSON.stringify(placeholderRefs(messages[key]!.message)) !== JSON.stringify(placeholderRefs(english[key]!.message)))
        .map((key) => `${key}: ${messages[key]!.message}`);
      expect(differing).toEqual([]);
    });

    it('uses only $NAME$s that the placeholders define', () => {
      const undefinedRefs = keys.flatMap((key) => {
        const defined = new Set(Object.keys(messages[key]!.placeholders ?? {}).map((name) => name.toUpperCase()));
        return placeholderRefs(messages[key]!.message)
          .filter((name) => !defined.has(name))
          .map((name) => `${key}: $${name}$`);
      });
      expect(undefinedRefs).toEqual([]);
    });

    it('leaves no message in English unless it is a name, a unit, or the same word in this language', () => {
      const allowed = new Set([...SAME_EVERYWHERE, ...SAME_PER_LANGUAGE[lang]]);
      const untranslated = keys.filter((key) => messages[key]!.message === english[key]!.message && !allowed.has(key) && !hasNoWords(english[key]!.message));
      expect(untranslated).toEqual([]);
    });

    it('keeps the allow-list honest: every allowed key exists and is still identical to English', () => {
      const stale = [...SAME_PER_LANGUAGE[lang]].filter((key) => !(key in english) || messages[key]?.message !== english[key]!.message);
      expect(stale).toEqual([]);
    });

    it('contains no markup', () => {
      expect(keys.filter((key) => messages[key]!.message.includes('<'))).toEqual([]);
    });

    it('uses the language’s quotation marks', () => {
      const wrong = keys.filter((key) => {
        const message = messages[key]!.message;
        switch (lang) {
          case 'de':
            return /[”«»「」]/.test(message) || (message.match(/„/g) ?? []).length !== (message.match(/“/g) ?? []).length;
          case 'es':
            return /[„«»「」]/.test(message);
          case 'fr':
            return /[“”„「」]/.test(message) || !/^[^«»]*(«\u00a0[^«»]*\u00a0»[^«»]*)*$/.test(message);
          case 'ja':
            return /[“”„«»]/.test(message);
        }
      });
      expect(wrong).toEqual([]);
    });

    it('keeps the store listing within Chrome’s limits (name 45, description 132 characters)', () => {
      expect(messages.extName!.message.length).toBeLessThanOrEqual(45);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    });

    if (lang === 'ja') {
      it('words the one and other forms of a count the same (Japanese has no plural)', () => {
        const differing = PLURAL_PAIRS.filter(([one, other]) => messages[one]!.message !== messages[other]!.message);
        expect(differing).toEqual([]);
      });
    }
  });

  describe('manifest', () => {
    const msgKeys = [...JSON.stringify(manifest).matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1]!);

    it('defaults to English', () => {
      expect(manifest.default_locale).toBe('en');
    });

    it('uses __MSG_ keys (the scan itself works)', () => {
      expect(msgKeys).toEqual(expect.arrayContaining(['extName', 'extDescription', 'actionTitle']));
    });

    it.each(['en', ...TRANSLATIONS])('finds every __MSG_ key in %s', (lang) => {
      const messages = JSON.parse(readText(lang)) as Messages;
      expect(msgKeys.filter((key) => !messages[key]?.message)).toEqual([]);
    });
  });
});

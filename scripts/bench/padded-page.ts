/**
 * Completion pages of portal size for the content-script bench. A saved fixture holds the completion block and
 * a little chrome; a real portal page has thousands of elements around it (mega-menus, cards of related
 * courses, discussion threads, footers), and that is what detection and extraction have to read past. The
 * fixture's own markup stays as it is; generated chrome goes in four places: the header (before everything),
 * the main content (after the completion block, where related content sits on real portals), beside the main
 * content, and the footer. Deterministic (a seeded generator), so every run measures the same page.
 *
 * The chrome avoids the words adapters treat as evidence ("Completed on", "Resume", "Certificate ID", quoted
 * titles): it is noise to read past, not a second completion. The bench checks the capture still equals the
 * fixture's expected.json, so a padding that fooled an adapter would fail the run rather than skew it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES_DIR = fileURLToPath(new URL('../../test/fixtures/pages/', import.meta.url));

export interface ExpectedCapture {
  [field: string]: string | number | undefined;
}

export interface Fixture {
  folder: string;
  name: string;
  /** The address the page was saved from: its first line, `<!-- url: … -->`. */
  url: string;
  html: string;
  /** What the page shows, written by hand (test/fixtures/pages/<folder>/expected.json). */
  expected: ExpectedCapture[];
}

export function readFixture(folder: string, name: string): Fixture {
  const html = readFileSync(join(PAGES_DIR, folder, name), 'utf8');
  const url = /^\s*<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1];
  if (!url) throw new Error(`${folder}/${name} has no <!-- url: … --> first line`);
  const truth = JSON.parse(readFileSync(join(PAGES_DIR, folder, 'expected.json'), 'utf8')) as Record<string, ExpectedCapture[]>;
  const expected = truth[name];
  if (!expected) throw new Error(`${folder}/expected.json says nothing about ${name}`);
  return { folder, name, url, html, expected };
}

interface Markup {
  html: string;
  elements: number;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function el(tag: string, attrs: Record<string, string>, children: ReadonlyArray<Markup | string> = []): Markup {
  let html = `<${tag}${Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}>`;
  let elements = 1;
  for (const child of children) {
    if (typeof child === 'string') html += escapeText(child);
    else {
      html += child.html;
      elements += child.elements;
    }
  }
  return { html: `${html}</${tag}>`, elements };
}

/** A small deterministic generator, so every run pads the same way. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 4_294_967_296;
    return state / 4_294_967_296;
  };
}

const VERBS = ['Implementing', 'Understanding', 'Configuring', 'Troubleshooting', 'Securing', 'Automating', 'Designing', 'Operating'];
const SUBJECTS = [
  'Cisco SD-WAN', 'Enterprise Network Core Technologies', 'Data Center Fabrics', 'Wireless LANs', 'Firewall Policies',
  'Kubernetes Networking', 'Python for Network Engineers', 'Zero Trust Access', 'Cloud Security Controls', 'BGP at Scale',
  'Collaboration Endpoints', 'Identity Services Engine', 'Network Programmability', 'Threat Detection with SIEM',
];
const TOPICS = ['Networking', 'Security', 'Automation', 'Cloud', 'Data Center', 'Collaboration', 'Wireless', 'DevNet', 'IoT', 'Observability'];
const LEVELS = ['Beginner', 'Intermediate', 'Advanced'];
const PEOPLE = ['Dana Whitfield', 'Kenji Mori', 'Lucía Ortega', 'Samuel Osei', 'Ingrid Berg', 'Farah Haddad', 'Tomás Novak', 'Mei Chen'];
const OPINIONS = [
  'Clear explanations and the labs match what I see at work.',
  'The section on route filtering finally made sense to me.',
  'Would like more troubleshooting scenarios in the next version.',
  'Good pace; the quizzes after each module help a lot.',
  'The API examples worked on the first try in my sandbox.',
];
const FOOTER_HEADINGS = ['Learn', 'Community', 'Support', 'Company', 'Legal'];
const FOOTER_LINKS = ['Getting started', 'Learning paths', 'Events', 'Study groups', 'Help center', 'Accessibility', 'Contact us', 'Newsroom', 'Careers', 'Privacy', 'Terms of use', 'Cookies'];

type Pick = <T>(items: readonly T[]) => T;

function courseTitle(pick: Pick): string {
  return `${pick(VERBS)} ${pick(SUBJECTS)}`;
}

/** Units of chrome, each a realistic repeated piece of a portal page. */
const UNITS = {
  menuColumn(pick: Pick, random: () => number): Markup {
    const items = Array.from({ length: 4 + Math.floor(random() * 5) }, () =>
      el('li', {}, [el('a', { href: `/explore/${pick(TOPICS).toLowerCase().replace(/\s+/g, '-')}` }, [el('span', {}, [pick(SUBJECTS)]), el('span', { class: 'css-b4dg3' }, [`${3 + Math.floor(random() * 40)} courses`])])]),
    );
    return el('li', { class: 'css-mc0l' }, [el('button', { type: 'button', 'aria-expanded': 'false' }, [el('span', {}, [pick(TOPICS)])]), el('ul', { class: 'css-mm1st' }, items)]);
  },
  courseCard(pick: Pick, random: () => number): Markup {
    const id = 2000 + Math.floor(random() * 8000);
    return el('li', { class: 'css-cd4rd' }, [
      el('a', { href: `/course/${id}` }, [
        el('div', { class: 'css-th0mb', 'aria-hidden': 'true' }, [el('span', {}, [])]),
        el('div', {}, [el('span', { class: 'css-typ3' }, ['Course']), el('span', { class: 'css-t1tl' }, [courseTitle(pick)])]),
      ]),
      el('ul', { class: 'css-m3ta' }, [
        el('li', {}, [el('span', {}, [pick(LEVELS)])]),
        el('li', {}, [el('span', {}, [`${1 + Math.floor(random() * 30)}h ${Math.floor(random() * 6) * 10}m`])]),
        el('li', {}, [el('span', {}, [`${1 + Math.floor(random() * 40)} CE credits`])]),
      ]),
    ]);
  },
  comment(pick: Pick, random: () => number): Markup {
    return el('article', { class: 'css-cmm3nt' }, [
      el('header', {}, [el('a', { href: '/profile' }, [el('span', {}, [pick(PEOPLE)])]), el('time', { datetime: '2026-03-02' }, [`${1 + Math.floor(random() * 9)} days ago`])]),
      el('p', {}, [pick(OPINIONS)]),
      el('footer', {}, [el('button', { type: 'button' }, [el('span', {}, ['Reply'])]), el('button', { type: 'button' }, [el('span', {}, [String(Math.floor(random() * 50))]), el('span', {}, ['likes'])])]),
    ]);
  },
  footerColumn(pick: Pick): Markup {
    return el('div', { class: 'css-fc0l' }, [el('h3', {}, [pick(FOOTER_HEADINGS)]), el('ul', {}, Array.from({ length: 6 }, () => el('li', {}, [el('a', { href: '/help' }, [pick(FOOTER_LINKS)])])))]);
  },
};

/** Units until `budget` elements (the wrapper included) would be exceeded. */
function fill(budget: number, unit: () => Markup, wrap: (children: Markup[]) => Markup): Markup {
  const children: Markup[] = [];
  let used = wrap([]).elements;
  for (;;) {
    const next = unit();
    if (used + next.elements > budget) break;
    children.push(next);
    used += next.elements;
  }
  return wrap(children);
}

/** Elements in markup: opening tags, comments and doctype aside. The browser's count is checked in the page. */
export function countElements(html: string): number {
  return html.replace(/<!--[\s\S]*?-->/g, '').match(/<[a-zA-Z][\w-]*/g)?.length ?? 0;
}

/** Where each share of the padding goes, as a fraction of what the fixture lacks. */
const SHARES = { header: 0.2, main: 0.3, aside: 0.25, footer: 0.25 } as const;

export function padToElements(html: string, target: number, seed = 7): string {
  const random = lcg(seed);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)]!;
  const missing = target - countElements(html);
  if (missing <= 0) return html;
  const share = (part: keyof typeof SHARES) => Math.floor(missing * SHARES[part]);

  const header = fill(share('header'), () => UNITS.menuColumn(pick, random), (c) => el('nav', { class: 'css-m3gamenu', 'aria-label': 'Explore topics' }, [el('ul', {}, c)]));
  const related = fill(share('main') / 2, () => UNITS.courseCard(pick, random), (c) => el('section', { class: 'css-r3l8d' }, [el('h2', {}, ['More in this topic']), el('ul', {}, c)]));
  const discussion = fill(share('main') / 2, () => UNITS.comment(pick, random), (c) => el('section', { class: 'css-d1scu' }, [el('h2', {}, ['Discussion']), ...c]));
  const aside = fill(share('aside'), () => UNITS.courseCard(pick, random), (c) => el('aside', { class: 'css-r3c0m', 'aria-label': 'Recommended' }, [el('h2', {}, ['Recommended for you']), el('ul', {}, c)]));
  const columns = fill(share('footer'), () => UNITS.footerColumn(pick), (c) => el('div', { class: 'css-fgr1d' }, c));
  // Top up with single links in the legal line, so the page lands on the target rather than a unit short.
  const soFar = header.elements + related.elements + discussion.elements + aside.elements + columns.elements;
  const legal = el('p', { class: 'css-l3gal' }, Array.from({ length: Math.max(0, missing - soFar - 2) }, () => el('a', { href: '/legal' }, [pick(FOOTER_LINKS)])));
  const footer = el('footer', { class: 'css-s1tef00t' }, [columns, legal]);

  const withMain = /<\/main>/i.test(html)
    ? html.replace(/<\/main>/i, `${related.html}${discussion.html}</main>${aside.html}`)
    : html.replace(/<\/body>/i, `${related.html}${discussion.html}${aside.html}</body>`);
  return withMain.replace(/<body[^>]*>/i, (body) => `${body}${header.html}`).replace(/<\/body>/i, `${footer.html}</body>`);
}

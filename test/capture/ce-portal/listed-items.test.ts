/**
 * Which elements of a dashboard are items and what text each shows: repeated blocks, emphasised leads, a greeting
 * over a lone card, and web components whose content is slotted into shadow roots.
 */
import { describe, expect, it } from 'vitest';
import { chooseItems, holds, listedItems, piecesOf, walkPage } from '../../../src/capture/ce-portal/listed-items';
import { certificationOfPieces } from '../../../src/capture/ce-portal/item-fields';
import { landmarksIn } from '../../../src/capture/ce-portal/structures';
import { parseHtml } from '../../helpers/fixtures';

const body = (html: string) => parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`).body;

/** The certification names a page's items read as, the way the dashboard chooses them. */
function certificationNames(root: Element): string[] {
  const walk = walkPage(root);
  const landmarks = walk.roots.map(landmarksIn);
  const candidates = listedItems([...landmarks.flatMap((l) => l.entries), ...walk.repeated], landmarks.flatMap((l) => l.headings), []);
  return chooseItems(candidates, (el) => {
    const pieces = piecesOf(el);
    const found = certificationOfPieces(pieces);
    const title = pieces.find((p) => p.text === found?.get('name'))?.element as Element | undefined;
    return found ? { value: found.get('name')!, ...(title ? { title } : {}) } : undefined;
  }).map((item) => item.value);
}

describe('pieces of an item', () => {
  it('takes an emphasised lead before a dash as the title of its line, but not "<b>24</b> CE" or "<b>Status:</b>"', () => {
    const [line] = [...body('<p><strong>CCIE Security</strong> — certified on 4 May 2024; valid until 4 May 2027.</p>').children];
    expect(piecesOf(line!).map((p) => [p.text, p.heading])).toEqual([
      ['CCIE Security', true],
      ['— certified on 4 May 2024; valid until 4 May 2027.', false],
    ]);
    const [credits] = [...body('<p><b>24</b> CE credits</p>').children];
    expect(piecesOf(credits!).map((p) => p.text)).toEqual(['24 CE credits']);
    const [status] = [...body('<p><b>Status:</b> Active</p>').children];
    expect(piecesOf(status!).map((p) => p.text)).toEqual(['Status: Active']);
  });

  it('takes a status chip out of the name it sits in, and skips what is hidden', () => {
    const [title] = [...body('<div>CCNP Collaboration <span>Active</span><span hidden>Retired</span><span aria-hidden="true">▸</span></div>').children];
    expect(piecesOf(title!).map((p) => p.text)).toEqual(['CCNP Collaboration', 'Active']);
  });
});

describe('which elements are items', () => {
  it('reads each of a run of paragraphs under one heading, not the section as one certification', () => {
    const page = body(`<aside><h2>Your certifications</h2>
      <p><strong>CCIE Security</strong> — certified on 4 May 2024; valid until 4 May 2027.</p>
      <p><strong>CCNP Security</strong> — certified on 4 May 2024; valid until 4 May 2027.</p></aside>`);
    expect(certificationNames(page)).toEqual(['CCIE Security', 'CCNP Security']);
  });

  it('takes no greeting over a lone card for its title', () => {
    const page = body(`<div><div>Hi, Robin</div><div>Messages</div>
      <div><article><div>CCNA</div><div>Certified Mar 10, 2026</div><div>Expires Mar 10, 2029</div></article></div></div>
      <div><div>Help</div><div>Terms</div></div>`);
    expect(certificationNames(page)).toEqual(['CCNA']);
  });

  it('reads repeated blocks of any tag as items, and never the table rows of a table', () => {
    const page = body(`<div><div class="c"><span>Certification</span><span>CCNA</span><span>Expires</span><span>01/30/2028</span></div>
      <div class="c"><span>Certification</span><span>CCNP Data Center</span><span>Expires</span><span>01/30/2028</span></div></div>
      <table><tr><td>CCNA</td><td>Expires 01/30/2028</td></tr><tr><td>CCNP</td><td>Expires 01/30/2028</td></tr></table>`);
    expect(certificationNames(page)).toEqual(['CCNA', 'CCNP Data Center']);
  });
});

describe('web components', () => {
  it('holds a slotted child within the shadow tree that shows it, and reads it there', () => {
    const page = body('<ce-list><span slot="name">CCNA</span></ce-list>');
    const host = page.firstElementChild!;
    const root = host.attachShadow({ mode: 'open' });
    const box = page.ownerDocument.createElement('section');
    const slot = page.ownerDocument.createElement('slot');
    slot.setAttribute('name', 'name');
    box.append(slot, ' expires on 01/30/2028');
    root.append(box);
    const slotted = host.firstElementChild!;
    expect(slotted.parentNode === box || box.contains(slotted)).toBe(false);
    expect(holds(box, slotted)).toBe(true);
    expect(holds(slotted, box)).toBe(false);
    expect(walkPage(page).roots).toContain(root);
    expect(piecesOf(box).map((p) => p.text)).toEqual(['CCNA expires on 01/30/2028']);
  });
});

/**
 * The layers are held by this check, not by memory (issue 19): an import that crosses one fails npm test. The rules
 * are in layers.ts; architecture.md and docs/architecture.md say the same in words.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crossings, importsIn, MAY_IMPORT, sourceFiles } from './layers';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

describe('the layers of src/', () => {
  it('no import in src/ crosses a layer', () => {
    expect(crossings(sourceFiles(SRC))).toEqual([]);
  });

  it('knows every room src/ has', () => {
    const rooms = new Set([...sourceFiles(SRC).keys()].map((path) => path.split('/')[0]!));
    expect([...rooms].filter((room) => !(room in MAY_IMPORT))).toEqual([]);
  });
});

describe('the layer check', () => {
  const check = (files: Record<string, string>) => crossings(new Map(Object.entries(files)));

  it('reads static, re-exported, type-only, side-effect and on-demand imports, however they are spaced', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b/b';",
      "export { c } from './c';",
      "export * from './d';",
      "import './e.css';",
      "const f = await import('./f');",
      "import {\n  g,\n  h,\n} from 'zod';",
      "import{i}from'./i';export{j}from'./j';/* c */import*as k from'./k';",
      "import l = require('./l');",
      "// import m from './not-an-import';",
    ].join('\n');
    expect(importsIn(source)).toEqual(['./a', '../b/b', './c', './d', './e.css', './f', 'zod', './i', './j', './k', './l']);
  });

  it('fails on a domain module that imports the store, the screens or the browser', () => {
    expect(check({
      'domain/rules.ts': "import { openDb } from '../store/db';\nimport { t } from '../text/i18n';\nimport browser from 'webextension-polyfill';",
      'store/db.ts': '',
      'text/i18n.ts': '',
    })).toEqual([
      'domain/rules.ts -> store/db.ts: domain may not import store',
      'domain/rules.ts -> text/i18n.ts: domain may not import text',
      'domain/rules.ts -> webextension-polyfill: domain may not use this package',
    ]);
  });

  it('lets the domain fold text, and a room import itself', () => {
    expect(check({ 'domain/rules.ts': "import { foldedText } from '../text/fold';\nimport { x } from './other';", 'domain/other.ts': '', 'text/fold.ts': '' })).toEqual([]);
  });

  it('fails on a content script that imports the background', () => {
    expect(check({ 'content/page.ts': "import { router } from '../background/router';", 'background/router.ts': '' }))
      .toEqual(['content/page.ts -> background/router.ts: content may not import background']);
  });

  it('lets only the large-data paths of ui/ reach the store', () => {
    expect(check({
      'ui/transfers.ts': "import { DB_NAME } from '../store/db-version';",
      'ui/popup/Popup.tsx': "import { allRecords } from '../../store/records';",
      'store/db-version.ts': '',
      'store/records.ts': '',
    })).toEqual(['ui/popup/Popup.tsx -> store/records.ts: ui may not import store']);
  });

  it('lets only the large-data paths of ui/ use idb', () => {
    expect(check({ 'ui/transfers.ts': "import { openDB } from 'idb';", 'ui/popup/Popup.tsx': "import { openDB } from 'idb';" }))
      .toEqual(['ui/popup/Popup.tsx -> idb: ui may not use this package']);
  });

  it('keeps the files every room may import free of imports, so no loop can form through them', () => {
    expect(check({ 'text/fold.ts': "import { t } from './i18n';", 'text/i18n.ts': '' }))
      .toEqual(['text/fold.ts -> ./i18n: every room may import this file, so it imports nothing']);
  });

  it('names a room it does not know, so a new folder gets rules', () => {
    expect(check({ 'widgets/x.ts': '' })).toEqual(['widgets/x.ts: a room the layer check does not know; add it to MAY_IMPORT']);
  });
});

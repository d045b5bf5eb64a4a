/**
 * Permission audit of the build (issue 8): dist/chrome and dist/firefox ask for exactly what README's "Permissions,
 * and why" justifies, for no host wholesale, allow no remote or eval'd code, and load no remote script.
 * It reads dist/, so it runs in the e2e stage (after `npm run build`); the unit stage runs before the build, and
 * manifestFor() in vite.config.ts is not what ships: @crxjs rewrites the worker and pages, and the build adds the
 * content scripts and the popup it builds apart.
 * The second block runs the same rules on doctored copies, so each is seen to fail when it should. The last holds
 * the content scripts the build wrote to what the adapter registry and manifest.json declare.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../src/capture/adapters/index';
import { manifestContentScripts } from '../../vite.config';
import { DIST, ROOT, assertBuilt } from './helpers';
import {
  allHostsFindings,
  cspFindings,
  readJustifications,
  remoteScriptFindings,
  staleJustifications,
  unjustified,
  type AuditedManifest,
} from './manifest-audit';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const TARGETS = ['chrome', 'firefox'] as const;

function builtManifest(target: (typeof TARGETS)[number]): AuditedManifest {
  assertBuilt(DIST[target]);
  return JSON.parse(readFileSync(join(DIST[target], 'manifest.json'), 'utf8')) as AuditedManifest;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('permission audit of the built manifests against the README', () => {
  const rows = readJustifications(README);

  it.each(TARGETS)('dist/%s asks for nothing the README does not justify', (target) => {
    expect(unjustified(builtManifest(target), rows)).toEqual([]);
  });

  it('every README justification is for something a built manifest still asks for', () => {
    expect(staleJustifications(TARGETS.map(builtManifest), rows)).toEqual([]);
  });

  it.each(TARGETS)('dist/%s asks for no host wholesale and allows no remote code or eval', (target) => {
    const manifest = builtManifest(target);
    expect(allHostsFindings(manifest)).toEqual([]);
    expect(cspFindings(manifest.content_security_policy)).toEqual([]);
  });

  it.each(TARGETS)('no page or script in dist/%s loads code from the network', (target) => {
    const files = filesUnder(DIST[target]).filter((f) => /\.(html|js)$/.test(f));
    expect(files.filter((f) => f.endsWith('.html')).length, 'the extension pages were found').toBeGreaterThanOrEqual(4);
    expect(files.flatMap((f) => remoteScriptFindings(relative(DIST[target], f), readFileSync(f, 'utf8')))).toEqual([]);
  });
});

describe('the permission audit fails when it should (doctored copies of the Chrome build)', () => {
  const rows = readJustifications(README);
  const doctored = (change: (m: AuditedManifest) => void): AuditedManifest => {
    const copy = structuredClone(builtManifest('chrome'));
    change(copy);
    return copy;
  };

  it('reports a permission, a host or a content-script site added without a README row', () => {
    const findings = unjustified(
      doctored((m) => {
        m.permissions = [...(m.permissions ?? []), 'tabs'];
        m.host_permissions = ['https://example.com/*'];
        m.content_scripts = [...(m.content_scripts ?? []), { matches: ['https://www.example.org/*'] }];
        m.commands = { ...m.commands, 'open-dashboard': {} };
      }),
      rows,
    );
    expect(findings).toEqual([
      expect.stringContaining('permissions: tabs'),
      expect.stringContaining('host_permissions: https://example.com/*'),
      expect.stringContaining('content_scripts: https://www.example.org/*'),
      expect.stringContaining('commands: open-dashboard'),
    ]);
  });

  it('reports web-accessible files offered to another site, or to other extensions', () => {
    const findings = unjustified(
      doctored((m) => {
        m.web_accessible_resources = [{ resources: ['assets/a.js', 'icons/icon-16.png'], matches: ['https://www.udemy.com/*', 'https://example.com/*'], extension_ids: ['*'] }];
      }),
      rows,
    );
    // The README justifies no web-accessible file at all: every content script is one self-contained file.
    expect(findings).toEqual([
      expect.stringContaining('assets/a.js'),
      expect.stringContaining('icons/icon-16.png'),
      expect.stringContaining('https://example.com/*'),
      expect.stringContaining('extension id *'),
    ]);
  });

  it('reports a README row for something the manifests no longer ask for', () => {
    const withoutAlarms = doctored((m) => {
      m.permissions = m.permissions?.filter((p) => p !== 'alarms');
    });
    expect(staleJustifications([withoutAlarms], rows)).toEqual([expect.stringContaining('permissions: alarms')]);
  });

  it('reports every-host patterns wherever they sit, but a taught site asked for at run time', () => {
    const findings = allHostsFindings(
      doctored((m) => {
        m.host_permissions = ['<all_urls>', 'https://*/*'];
        m.optional_host_permissions = ['*://*/*', '<all_urls>', 'https://*/*', 'http://*/*'];
        m.content_scripts = [{ matches: ['http://*/*'] }];
      }),
    );
    expect(findings).toHaveLength(5);
    expect(findings.some((f) => f.includes('optional_host_permissions[2]'))).toBe(false);
  });

  it('reports a CSP that allows remote scripts or eval, and lets a local one pass', () => {
    expect(cspFindings({ extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" })).toEqual([]);
    expect(cspFindings({ extension_pages: "script-src 'self' https://cdn.example.com; object-src 'self'" })).toEqual([expect.stringContaining('https://cdn.example.com')]);
    expect(cspFindings({ extension_pages: "default-src 'self' 'unsafe-eval'" })).toEqual([expect.stringContaining("'unsafe-eval'")]);
    expect(cspFindings("script-src 'self' *")).toEqual([expect.stringContaining('from *')]);
  });

  it('reports a page or a module that loads remote code, and not a local one', () => {
    expect(remoteScriptFindings('a.html', '<script type="module" src="/assets/a.js"></script>')).toEqual([]);
    expect(remoteScriptFindings('a.html', '<script src="https://cdn.example.com/x.js"></script><script src=//cdn.example.com/y.js></script>')).toHaveLength(2);
    expect(remoteScriptFindings('a.js', 'import"./b.js";const c=await import("https://esm.sh/x")')).toEqual([expect.stringContaining('https://esm.sh/x')]);
  });

  it('refuses a README row it cannot read rather than skipping it', () => {
    const typo = README.replace('| `permissions` | `alarms` |', '| `permission` | `alarms` |');
    expect(() => readJustifications(typo)).toThrow(/unknown manifest key/);
    const noReason = README.replace(/\| `permissions` \| `alarms` \| [^|]+\|/, '| `permissions` | `alarms` | |');
    expect(() => readJustifications(noReason)).toThrow(/no reason/);
  });
});

describe('the content scripts the built manifests declare', () => {
  it.each(TARGETS)("dist/%s declares each adapter's capture script, in registry order, then manifest.json's own, each built", (target) => {
    const declared = (builtManifest(target) as { content_scripts?: Array<{ js: string[] }> }).content_scripts ?? [];
    expect(declared).toEqual(manifestContentScripts(adapters));
    for (const file of declared.flatMap((script) => script.js)) expect(existsSync(join(DIST[target], file)), file).toBe(true);
  });
});

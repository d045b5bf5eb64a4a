/**
 * The build's list of content scripts and the modules it builds them from (vite.config.ts) against what names
 * them: manifest.json, the background's taught-site script paths, and the adapters on disk.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TAUGHT_READER_SCRIPT, TAUGHT_SITE_SCRIPT } from '../../src/background/taught-script-files';
import { adapters } from '../../src/capture/adapters/index';
import { RUNTIME_SCRIPTS, contentScriptFiles, contentScriptSource } from '../../vite.config';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

describe('content scripts the build makes', () => {
  it('are the files the background registers and injects, at the paths it names', () => {
    expect([...RUNTIME_SCRIPTS].sort()).toEqual([TAUGHT_READER_SCRIPT, TAUGHT_SITE_SCRIPT].map((path) => path.replace(/^\//, '')).sort());
  });

  it('include one capture script per adapter, and the CE portal script', () => {
    const files = contentScriptFiles();
    for (const adapter of adapters) expect(files).toContain(`content/capture/${adapter.id}.js`);
    expect(files).toContain('content/portal.js');
  });

  it.each(contentScriptFiles())('%s is built from modules that exist', (file) => {
    const { entry, alias } = contentScriptSource(file);
    expect(existsSync(repo(entry)), entry).toBe(true);
    for (const target of Object.values(alias)) expect(existsSync(target), target).toBe(true);
  });

  it("builds a capture script with its own adapter's module only", () => {
    expect(contentScriptSource('content/capture/coursera.js')).toEqual({ entry: 'src/content/capture-entry.ts', alias: { 'recert:adapter': repo('src/capture/adapters/coursera.ts') } });
  });
});

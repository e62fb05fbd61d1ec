import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../../main/core/paths';

const root = packageRoot();
const schema = JSON.parse(readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as { $schema: string };
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// app-builder-lib's schema is draft-07, Ajv's default draft. strict:false because
// the schema uses annotations Ajv's strict mode does not know.
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const errorsOf = (value: unknown) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

describe('electron-builder.yml', () => {
  it('is checked against a draft-07 schema', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('validates against app-builder-lib’s schema', () => {
    expect(errorsOf(config)).toEqual([]);
  });

  it('fails validation when broken, so the check above means something', () => {
    expect(errorsOf({ ...config, windowsStore: true }).length).toBeGreaterThan(0);
    expect(errorsOf({ ...config, asar: 'yes please' }).length).toBeGreaterThan(0);
    expect(errorsOf({ ...config, linux: { ...config.linux, target: 42 } }).length).toBeGreaterThan(0);
    expect(errorsOf({ ...config, fileAssociations: [{ ...config.fileAssociations[0], extension: 'gloss' }] }).length).toBeGreaterThan(0);
  });

  it('names and packages Gloss as designed', () => {
    expect(config).toMatchObject({ appId: 'app.gloss.desktop', productName: 'Gloss', asar: true, directories: { output: 'release' } });
    expect(config.files).toEqual(expect.arrayContaining(['dist/main/**', 'dist/renderer/**', 'assets/**', 'package.json', '!**/*.map']));
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'gloss', name: 'Gloss bundle', role: 'Editor', mimeType: 'application/x-gloss+zip' }),
    ]);
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
    expect(config.linux.synopsis).toBeTruthy();
    expect(config.win).toMatchObject({ target: 'nsis' });
    expect(config.mac).toMatchObject({ target: 'dmg', category: 'public.app-category.productivity' });
  });

  it('points at icons that exist, the PNG being 512×512', () => {
    for (const key of ['linux', 'win', 'mac']) {
      const icon = config[key].icon as string;
      expect(icon, key).toMatch(/^assets\/icons\//);
      const png = readFileSync(path.join(root, icon));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], key).toEqual([512, 512]);
    }
    expect(readFileSync(path.join(root, 'assets/icons/icon.svg'), 'utf8')).toContain('<svg');
  });

  it('ships the entry point package.json names', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/main/electron.js');
    expect(config.files.some((pattern: string) => pkg.main.startsWith(pattern.replace('**', '')))).toBe(true);
  });
});

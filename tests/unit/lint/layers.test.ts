import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/bundle';

const eslint = new ESLint({ cwd: repoRoot });

/** Lints `code` as if it lived at `file` (so the per-folder layering rules apply). */
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => m.message);
}

describe('layering rules (DESIGN.md §1)', () => {
  it('shared/ may not import Node built-ins, electron, main/ or renderer/', async () => {
    expect(await problems('shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(1);
    expect(await problems('shared/x.ts', "import path from 'path';\nexport const a = path;\n")).toHaveLength(1);
    expect(await problems('shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await problems('shared/x.ts', "import { Store } from '../main/store/store';\nexport const a = Store;\n")).toHaveLength(1);
    expect(await problems('shared/x.ts', "import { App } from '../renderer/src/App';\nexport const a = App;\n")).toHaveLength(1);
  });

  it('shared/ may not touch the DOM or Node globals', async () => {
    expect(await problems('shared/x.ts', 'export const t = document.title;\n')).toHaveLength(1);
    expect(await problems('shared/x.ts', 'export const e = process.env;\n')).toHaveLength(1);
    expect(await problems('shared/x.ts', "export const b = Buffer.from('x');\n")).toHaveLength(1);
  });

  it('renderer/ may not import main/, Node or electron', async () => {
    expect(await problems('renderer/src/x.ts', "import { openCore } from '../../main/core/core';\nexport const a = openCore;\n")).toHaveLength(1);
    expect(await problems('renderer/src/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(1);
    expect(await problems('renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toHaveLength(1);
  });

  it('only main/electron/ may import electron; main/ never imports renderer/', async () => {
    expect(await problems('main/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await problems('main/electron/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
    expect(await problems('main/core/x.ts', "import { App } from '../../renderer/src/App';\nexport const a = App;\n")).toHaveLength(1);
  });

  it('allows what the layers are for', async () => {
    expect(await problems('shared/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toEqual([]);
    expect(await problems('renderer/src/x.ts', "import { api } from '../../shared/api';\nexport const a = api;\n")).toEqual([]);
    expect(await problems('main/core/x.ts', "import fs from 'node:fs';\nimport { api } from '../../shared/api';\nexport const a = [fs, api];\n")).toEqual([]);
  });
});

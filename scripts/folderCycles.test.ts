import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderCycles, folderGraph, runtimeImports } from './folderCycles.ts';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'folders-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('folder-level import cycles', () => {
  it('none in src: folders form layers (ARCHITECTURE.md)', () => {
    const cycles = folderCycles(folderGraph('src'));
    expect(cycles.map((c) => `${c.folders.join(' ↔ ')}\n  ${c.edges.join('\n  ')}`)).toEqual([]);
  });

  it('finds a cycle through different files of two feature folders, and one over three folders', () => {
    const root = tree({
      'features/canvas/Canvas.tsx': "import { a } from '../palette/entries.ts';\nexport const c = a;\n",
      'features/palette/Palette.tsx': "import {\n  addFromPalette,\n} from '../canvas/actions.ts';\nexport const p = addFromPalette;\n",
      'features/canvas/actions.ts': 'export const addFromPalette = 1;\n',
      'features/palette/entries.ts': 'export const a = 1;\n',
      'store/x.ts': "import { y } from '../ui/y.ts';\nexport const x = y;\n",
      'ui/y.ts': "export const y = () => import('../app/z.ts');\n",
      'app/z.ts': "import { x } from '../store/x.ts';\nexport const z = x;\n",
    });
    const cycles = folderCycles(folderGraph(root));
    expect(cycles.map((c) => c.folders)).toEqual(expect.arrayContaining([['features/canvas', 'features/palette'], ['app', 'store', 'ui']]));
    expect(cycles).toHaveLength(2);
    expect(cycles.find((c) => c.folders.includes('features/canvas'))!.edges).toEqual(
      expect.arrayContaining(['features/palette → features/canvas: features/palette/Palette.tsx → ../canvas/actions.ts']),
    );
  });

  it('ignores type-only imports and test files', () => {
    const root = tree({
      'features/canvas/Canvas.tsx': "import { a } from '../palette/entries.ts';\nexport const c = a;\n",
      'features/palette/entries.ts': "import type { T } from '../canvas/t.ts';\nimport { type U } from '../canvas/t.ts';\nexport const a: T | U = 1;\n",
      'features/palette/entries.test.ts': "import { t } from '../canvas/t.ts';\n",
      'features/canvas/t.ts': 'export type T = 1;\nexport type U = 1;\nexport const t = 1;\n',
    });
    expect(folderCycles(folderGraph(root))).toEqual([]);
    expect(runtimeImports("import { type A, b } from './x.ts';\nexport * from './y.ts';")).toEqual(['./x.ts', './y.ts']);
  });
});

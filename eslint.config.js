// Layering of DESIGN.md §1 is enforced here, not by convention: shared/ is pure,
// main/ and renderer/ never import each other, and only main/electron/ may
// import electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const noNode = { paths: nodeBuiltins.map((name) => ({ name, message: 'shared/ and renderer/ must not use Node built-ins (DESIGN.md §1).' })) };
const noElectron = { name: 'electron', message: 'Only main/electron/ may import electron (DESIGN.md §1).' };
const pattern = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'test-results/**', 'playwright-report/**', 'tests/.tmp/**', 'tests/fixtures/lint/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...noNode.paths.map((p) => ({ ...p, message: 'shared/ is pure: no Node built-ins (DESIGN.md §1).' })), noElectron],
        patterns: [
          pattern(['**/main/**', '../main', '../../main'], 'shared/ imports nothing of main/ (DESIGN.md §1).'),
          pattern(['**/renderer/**', '../renderer'], 'shared/ imports nothing of renderer/ (DESIGN.md §1).'),
          pattern(['react', 'react-dom', 'react/*', 'prosemirror-*', 'jsdom', 'dompurify', 'lowdb', 'lowdb/*'], 'shared/ is pure: no DOM, UI or storage libraries (DESIGN.md §1).'),
        ],
      }],
      'no-restricted-globals': ['error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', '__dirname', 'require']
          .map((name) => ({ name, message: `shared/ is pure: no ${name} (DESIGN.md §1).` }))],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    // The Vite config runs under Node at build time; it is not part of the renderer bundle.
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...noNode.paths, noElectron],
        patterns: [pattern(['**/main/**', '../main', '../../main'], 'renderer/ talks to main only through the API contract (DESIGN.md §1).')],
      }],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron],
        patterns: [pattern(['**/renderer/**', '../renderer', '../../renderer'], 'main/ never imports renderer/ (DESIGN.md §1).')],
      }],
    },
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [pattern(['**/renderer/**', '../renderer', '../../renderer'], 'main/ never imports renderer/ (DESIGN.md §1).')],
      }],
    },
  },
);

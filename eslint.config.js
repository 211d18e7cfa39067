import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports must match where a file runs (VS Code's layering, Signal's suffix rule): common/ runs
 * anywhere, so it may import neither Electron, Node nor the DOM-bound libraries.
 */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer(
    ['common/**/*.ts'],
    [
      'electron',
      'electron/*',
      'node:*',
      'fs',
      'path',
      'react',
      'react-dom',
      'jsdom',
      '**/electron/**',
      '**/renderer/**',
    ],
    'common/ runs in main, renderer and workers alike: no Electron, Node or DOM-bound imports.',
  ),
  layer(
    ['electron/services/**/*.ts'],
    ['electron', 'react', 'react-dom', '**/renderer/**', '**/main/**'],
    'services run in plain Node (tests, CLI, worker threads): no Electron, no renderer code.',
  ),
  layer(
    ['renderer/src/**/*.ts', 'renderer/src/**/*.tsx'],
    ['electron', 'node:*', 'fs', 'path', '**/electron/**'],
    'the renderer is a sandboxed web page: it reaches the main process only through window.gloss.',
  ),
  layer(
    ['electron/preload/**/*.ts'],
    ['node:*', '**/services/**', '**/renderer/**'],
    'the preload is sandboxed: only electron (contextBridge, ipcRenderer) and common/.',
  ),
);

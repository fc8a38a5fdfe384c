/**
 * The project's ESLint flat config (the root eslint.config.js re-exports it, so `eslint .` in the
 * root lints the project). Syntax-only rules: typescript-eslint's `recommended` (not the
 * type-checked set, which would run the TypeScript program on every lint and take minutes on two
 * cores; `tsc -p .` already checks types) and eslint-plugin-react-hooks' `recommended`.
 * It lives in this workspace because typescript-eslint 8 loads the TypeScript 6 JavaScript API
 * (see package.json beside this file).
 */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.cache/', 'public/', 'test-results/', 'playwright-report/', 'node_modules/', 'tools/lint/node_modules/', 'data/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // a leading underscore marks a binding kept on purpose (a destructured field left out, a callback's unused argument)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // React code only: Playwright's fixture callback `use` in test/e2e is no React hook
  { files: ['src/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);

/** ESLint's config: kept with the linter's own dependencies in tools/lint (see tools/lint/eslint.config.js). */
export { default } from './tools/lint/eslint.config.js';

/**
 * zod compiles object parsers with `new Function` when it may; the atlas's CSP forbids eval
 * (see vite.config.ts), and zod's probe for it logs a CSP violation. Parse without it.
 * Imported first by every module of the app that parses with zod (they load on first use, so
 * no entry point imports zod itself).
 */
import { config } from 'zod';

config({ jitless: true });

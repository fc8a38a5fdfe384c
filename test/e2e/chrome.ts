/** Where the system Chromium is and how the e2e tests start it (shared by the config and tests). */
import { existsSync } from 'node:fs';

/**
 * Path of the Chromium to drive: `CHROME_PATH`, else /usr/bin/chromium.
 * @throws Error naming the install command when neither exists
 */
export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `Chromium not found (looked at ${candidates.join(', ')}). Install it with ` +
        '`apt-get update && apt-get install -y chromium fonts-noto-cjk`, or set CHROME_PATH.',
    );
  }
  return found;
}

/**
 * Software WebGL2 (SwiftShader) and no background traffic: this machine has no network beyond
 * localhost, and Chromium's own update/sync requests would be refused.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // identical text rendering on every machine (render tests)
  '--font-render-hinting=none',
  '--disable-lcd-text',
];

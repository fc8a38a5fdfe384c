import { defineConfig, type Plugin } from 'vite';

/**
 * The Content-Security-Policy every page of the atlas runs under (a <meta> in index.html):
 * scripts only from the atlas's own files (no inline script, no eval), connections only to its
 * own origin — `data:`/`blob:` are in-page bytes (deck.gl loads its icon atlas from data: URLs,
 * imports read File blobs), not connections — workers from own files or blob: (MapLibre starts
 * its worker from a blob), no plugins, no <base>, no form posts. The dev server also allows
 * inline <style>, which is how Vite injects CSS while developing; the build links a CSS file.
 */
export function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "connect-src 'self' data: blob:",
    "img-src 'self' data: blob:",
    `style-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    "worker-src 'self' blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

const csp = (): Plugin => ({
  name: 'plan-atlas-csp',
  transformIndexHtml: {
    order: 'post',
    handler: (html, ctx) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(!!ctx.server)}" />`),
  },
});

export default defineConfig({
  plugins: [csp()],
  // the import worker's readers, pre-bundled at dev start (else the first drop reloads the page)
  optimizeDeps: { include: ['papaparse', 'read-excel-file/universal', '@tmcw/togeojson', '@xmldom/xmldom', 'shpjs', 'gcoord', 'topojson-client', 'fflate', '@turf/rewind', '@turf/simplify', '@turf/unkink-polygon'] },
  build: {
    sourcemap: false,
    // Vendor chunks (Vite 8 / Rolldown: output.codeSplitting replaces Rollup's manualChunks): the
    // map libraries change far less often than the app, so a new release re-downloads only the
    // app. Vite's default size warning (500 kB) stays on. deck.gl's family is split by package
    // (deck.gl, luma.gl, math.gl/probe.gl/loaders.gl) so each chunk stays under it. maplibre-gl
    // ships as one prebuilt 1 MB module (dist/maplibre-gl.js, main thread and worker in one file;
    // its CSP build is 0.97 MB without the worker) that no bundler can split: its chunk is the
    // one warning left, and it is the map itself, needed before the first map.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Vite's dynamic-import helper in a chunk of its own: grouped with the code that first
            // used it, it landed in the luma chunk, and the app's import of it fetched luma.gl (115 KiB) before the first map
            { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 4 },
            { name: 'maplibre', test: /[\\/]node_modules[\\/]maplibre-gl[\\/]/, priority: 3 },
            { name: 'luma', test: /[\\/]node_modules[\\/]@luma\.gl[\\/]/, priority: 2 },
            { name: 'mathgl', test: /[\\/]node_modules[\\/](@math\.gl|@probe\.gl|@loaders\.gl)[\\/]/, priority: 2 },
            { name: 'deckgl', test: /[\\/]node_modules[\\/](@deck\.gl|mjolnir\.js|earcut)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});

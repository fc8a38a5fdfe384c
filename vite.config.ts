import { defineConfig } from 'vite';

export default defineConfig({
  build: { chunkSizeWarningLimit: 3000, sourcemap: false },
  server: { port: 5173 },
  preview: { port: 4173 },
});

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const clientDir = path.dirname(fileURLToPath(import.meta.url));
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The shared package is CommonJS when built; bundling its TS source keeps zod tree-shakeable and ESM.
    alias: { '@leernetwerk/shared': path.resolve(clientDir, '../packages/shared/src/index.ts') },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
  build: { outDir: 'dist' },
});

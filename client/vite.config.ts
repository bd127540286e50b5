import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const clientDir = path.dirname(fileURLToPath(import.meta.url));
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The workspace packages are CommonJS when built; bundling their TS source keeps them tree-shakeable and ESM.
    alias: {
      '@leernetwerk/shared': path.resolve(clientDir, '../packages/shared/src/index.ts'),
      '@leernetwerk/collab-client': path.resolve(clientDir, '../packages/collab-client/src/index.ts'),
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
  build: { outDir: 'dist' },
});

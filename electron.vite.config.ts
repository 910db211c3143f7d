import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        // The backup worker thread's code is its own file, out/main/backup-worker.js (main/backup/worker/locate.ts).
        input: { index: resolve('main/index.ts'), 'backup-worker': resolve('main/backup/worker/entry.ts') },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() from node_modules: bundle everything it uses.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve('main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      // Minified: the renderer is most of the app's weight (antd, the editor).
      minify: true,
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
  },
});

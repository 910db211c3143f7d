import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { vietnameseLibraryStrings } from './scripts/vite-vietnamese-strings';

export default defineConfig({
  main: {
    // Shown in Trợ giúp → Giới thiệu (main/build-info.ts).
    define: { __SOHOP_BUILD_DATE__: JSON.stringify(new Date().toISOString()) },
    build: {
      // Bundled into out/main: one file loads faster than zod's and docx's many modules (the CLI
      // starts in a fraction of the time). better-sqlite3 stays outside: its native part cannot be bundled.
      externalizeDeps: { exclude: ['zod', 'docx', 'rotating-file-stream'] },
      rolldownOptions: {
        input: {
          index: resolve('main/index.ts'),
          // The command line (`npm run cli`, and `SoHop.exe --cli` through the same chunks).
          cli: resolve('main/cli/index.ts'),
          // The backup worker thread's code is its own file (main/backup/worker/locate.ts).
          'backup-worker': resolve('main/backup/worker/entry.ts'),
        },
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
    plugins: [react(), vietnameseLibraryStrings()],
    build: {
      // Minified: the renderer is most of the app's weight (antd, the editor).
      minify: !process.env.SOHOP_NO_MINIFY,
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
  },
});

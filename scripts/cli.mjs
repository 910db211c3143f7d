// `npm run cli -- …`: the bundled command line (out/main/cli.js, the code the installed app runs
// with --cli), rebuilt first when a source changed. Never TypeScript through tsx.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, outDir } from './ensure-built.mjs';

await ensureBuilt(['main']);
await import(pathToFileURL(path.join(outDir, 'main', 'cli.js')).href);

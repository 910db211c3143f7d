// LibreOffice conversion for tests: each test process gets its own user profile, so a conversion never
// waits on (or hands its file to) another soffice running on the machine with the default profile.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

let profile: string | null = null;

/** Converts DOCX files to PDF in `outdir` (a ceiling, not a budget: a loaded machine's first start is slow). */
export function convertToPdf(outdir: string, files: string[]): void {
  profile ??= fs.mkdtempSync(path.join(os.tmpdir(), 'so-hop-lo-profile-'));
  execFileSync(
    'libreoffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outdir,
      ...files,
    ],
    { stdio: 'ignore', timeout: 600_000 },
  );
}

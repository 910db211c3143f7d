// Lets plain Node run the packaged app out of `resources/app.asar` the way Electron does: modules and
// files are read from inside the archive, and a file the archive marks "unpacked" (better-sqlite3's
// native module, per `asarUnpack`) is taken from `app.asar.unpacked` beside it — a native module that
// was left inside the archive cannot be loaded, exactly as in Electron. Imports of `electron` from
// the archive get `globalThis.__sohopElectron` (the test's Electron stand-in).
// With `node --import ./asar-loader.mjs`, it mounts itself; tests call `mountAsar()`.
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import asar from '@electron/asar';

/** `/x/resources/app.asar/out/main/index.js` → the archive and the path inside it. */
function splitAsarPath(file) {
  const match = /^(.*?\.asar)(?:[\\/](.*))?$/.exec(file);
  if (!match?.[1]) return null;
  const archive = match[1];
  if (!fs.statSync(archive, { throwIfNoEntry: false })?.isFile()) return null;
  return { archive, inner: (match[2] ?? '').replaceAll('\\', '/') };
}

function entryOf(file) {
  const parts = splitAsarPath(file);
  if (!parts) return null;
  try {
    return { ...parts, node: asar.statFile(parts.archive, parts.inner) };
  } catch {
    return { ...parts, node: null };
  }
}

/** Where Electron reads a file of the archive from: the archive, or `.unpacked` for unpacked files. */
function realPathOf({ archive, inner, node }) {
  return node?.unpacked ? path.join(`${archive}.unpacked`, inner) : null;
}

function readInside(entry) {
  const unpacked = realPathOf(entry);
  return unpacked ? fs.readFileSync(unpacked) : asar.extractFile(entry.archive, entry.inner);
}

const isFile = (entry) => entry?.node != null && !('files' in entry.node);

/** The nearest package.json's "type" decides whether a `.js` file is an ES module. */
function formatOf(file) {
  if (file.endsWith('.mjs')) return 'module';
  if (file.endsWith('.cjs')) return 'commonjs';
  if (file.endsWith('.json')) return 'json';
  for (let dir = path.dirname(file); dir.includes('.asar'); dir = path.dirname(dir)) {
    const manifest = entryOf(path.join(dir, 'package.json'));
    if (isFile(manifest))
      return JSON.parse(readInside(manifest).toString('utf8')).type === 'module' ? 'module' : 'commonjs';
  }
  return 'commonjs';
}

/** An `exports` target for `import` (ESM wins over CommonJS, as Node picks it). */
function exportTarget(exportsField) {
  let target =
    typeof exportsField === 'object' && exportsField !== null && '.' in exportsField
      ? exportsField['.']
      : exportsField;
  while (target && typeof target === 'object') target = target.node ?? target.import ?? target.default;
  return typeof target === 'string' ? target : null;
}

/** A bare specifier imported by a file inside the archive, looked up in the archive's node_modules. */
function resolvePackage(specifier, parentFile) {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const subpath = parts.slice(specifier.startsWith('@') ? 2 : 1).join('/');
  for (let dir = path.dirname(parentFile); dir.includes('.asar'); dir = path.dirname(dir)) {
    const root = path.join(dir, 'node_modules', name);
    const manifest = entryOf(path.join(root, 'package.json'));
    if (!isFile(manifest)) continue;
    const pkg = JSON.parse(readInside(manifest).toString('utf8'));
    const target = subpath
      ? `./${subpath}`
      : (exportTarget(pkg.exports) ?? pkg.module ?? pkg.main ?? './index.js');
    return path.join(root, target);
  }
  return null;
}

function resolveFile(file) {
  const entry = entryOf(file);
  if (!isFile(entry)) throw new Error(`Cannot find ${file} in the archive`);
  // Unpacked files are real files: Node loads them itself (a `.node` addon only this way).
  const unpacked = realPathOf(entry);
  return { url: pathToFileURL(unpacked ?? file).href, shortCircuit: true };
}

const ELECTRON_URL = 'sohop-test:electron';

function resolve(specifier, context, nextResolve) {
  const parentFile = context.parentURL?.startsWith('file:') ? fileURLToPath(context.parentURL) : null;
  const fromArchive = parentFile !== null && splitAsarPath(parentFile) !== null;
  // In Electron `electron` is built in: a chunk unpacked beside the archive imports it too.
  const fromUnpacked = parentFile !== null && /\.asar\.unpacked[\\/]/.test(parentFile);
  if (specifier === 'electron' && (fromArchive || fromUnpacked))
    return { url: ELECTRON_URL, shortCircuit: true };
  if (specifier.startsWith('file:') && splitAsarPath(fileURLToPath(specifier)))
    return resolveFile(fileURLToPath(specifier));
  if (path.isAbsolute(specifier) && splitAsarPath(specifier)) return resolveFile(specifier);
  if (fromArchive && (specifier.startsWith('./') || specifier.startsWith('../')))
    return resolveFile(path.resolve(path.dirname(parentFile), specifier));
  if (fromArchive && !specifier.startsWith('node:') && !module.isBuiltin(specifier)) {
    const file = resolvePackage(specifier, parentFile);
    if (file) return resolveFile(file);
  }
  return nextResolve(specifier, context);
}

function load(url, context, nextLoad) {
  if (url === ELECTRON_URL) {
    const names = Object.keys(globalThis.__sohopElectron ?? {});
    const source = names.map((n) => `export const ${n} = globalThis.__sohopElectron.${n};`).join('\n');
    return { format: 'module', source, shortCircuit: true };
  }
  const file = url.startsWith('file:') ? fileURLToPath(url) : null;
  const entry = file ? entryOf(file) : null;
  if (!isFile(entry) || entry.node.unpacked) return nextLoad(url, context);
  const format = formatOf(file);
  const source = readInside(entry);
  return { format, source: format === 'json' ? source.toString('utf8') : source, shortCircuit: true };
}

/** Electron's fs reads files inside the archive too: the app:// handler serves the UI from it. */
function patchPromisesFs() {
  const promises = fs.promises;
  const { stat, readFile } = promises;
  promises.stat = async (file, ...rest) => {
    const entry = typeof file === 'string' ? entryOf(file) : null;
    if (!entry) return stat(file, ...rest);
    if (!entry.node) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    const directory = 'files' in entry.node;
    return { isFile: () => !directory, isDirectory: () => directory, size: entry.node.size ?? 0 };
  };
  promises.readFile = async (file, ...rest) => {
    const entry = typeof file === 'string' ? entryOf(file) : null;
    if (!entry) return readFile(file, ...rest);
    if (!isFile(entry)) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    return readInside(entry);
  };
}

let mounted = false;
export function mountAsar() {
  if (mounted) return;
  mounted = true;
  module.registerHooks({ resolve, load });
  patchPromisesFs();
}

/** `node --import asar-loader.mjs run ARCHIVE_ENTRY args…`: runs an entry point inside the archive. */
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--asar-entry') {
  mountAsar();
  const entry = process.argv[3];
  process.argv.splice(1, 3, entry);
  await import(pathToFileURL(entry).href);
}

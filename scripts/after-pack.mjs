// electron-builder's afterPack hook (electron-builder.yml): flips the Electron fuses of the packaged
// executable before it is signed. Each fuse, and why:
// - RunAsNode off: the app's command line runs as `SoHop.exe --cli` in the main process
//   (main/cli-mode.ts), so nothing needs ELECTRON_RUN_AS_NODE; left on, anyone could use the
//   installed, trusted SoHop.exe as a general Node.js runtime.
// - EnableCookieEncryption on: the app sets no cookies, but whatever Chromium stores is encrypted.
// - EnableNodeOptionsEnvironmentVariable and EnableNodeCliInspectArguments off: no NODE_OPTIONS,
//   --inspect or --require can inject code into the main process.
// - EnableEmbeddedAsarIntegrityValidation on: Windows (Electron >= 30) checks app.asar's header
//   hash, which electron-builder embeds in the executable's resources; Linux ignores it.
// - OnlyLoadAppFromAsar on: the app is never loaded from a loose `app` folder beside the archive.
// - LoadBrowserProcessSpecificV8Snapshot off and GrantFileProtocolExtraPrivileges off: no custom
//   snapshot; the UI is served from app://, so file:// keeps no extra rights.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

export const fuses = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** @param {import('electron-builder').AfterPackContext} context */
export default async function afterPack(context) {
  await context.packager.addElectronFuses(context, fuses);
}

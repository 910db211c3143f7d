// When this bundle was built: electron-vite replaces __SOHOP_BUILD_DATE__ (electron.vite.config.ts);
// running from sources (tests, tsx) there is no build date.
declare const __SOHOP_BUILD_DATE__: string | undefined;

export const buildDate: string | null =
  typeof __SOHOP_BUILD_DATE__ === 'string' ? __SOHOP_BUILD_DATE__ : null;

// The bridge the Electron preload puts on `window`; absent in the browser preview.
import type { SoHopBridge } from '../../shared/ipc';

declare global {
  interface Window {
    sohop?: SoHopBridge;
  }
}

export {};

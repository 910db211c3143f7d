// A small fake of the parts of `electron` that the edge files of main/ use. The Electron binary
// cannot run here, so tests load it with `vi.mock('electron', () => import('.../electron-stand-in'))`;
// everything behind the edge (dispatch, services, SQLite) stays real. Each fake records what was
// done to it and offers a way to act as Chromium would (navigate, ask for a permission, invoke).
import { EventEmitter } from 'node:events';
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  MenuItemConstructorOptions,
  IpcMainInvokeEvent,
  Session,
  WebContents,
} from 'electron';
import { vi } from 'vitest';

type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** An IPC event as Electron builds it: what matters is the frame that sent it. */
export function fakeInvokeEvent(
  frame: { url: string; top?: boolean } | null = { url: 'app://sohop/index.html' },
): IpcMainInvokeEvent {
  const senderFrame = frame && {
    url: frame.url,
    parent: frame.top === false ? { url: 'app://sohop/' } : null,
  };
  return { senderFrame } as unknown as IpcMainInvokeEvent;
}

class FakeIpcMain {
  readonly listeners = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    // Electron throws on a second handler for one channel; so does the stand-in.
    if (this.listeners.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.listeners.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.listeners.delete(channel);
  }

  /** What `ipcRenderer.invoke` does: rejects when no handler is registered. */
  async invoke(event: IpcMainInvokeEvent, channel: string, ...args: unknown[]): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return structuredClone(await listener(event, ...structuredClone(args)));
  }
}

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;

export class FakeSession {
  requestHandler: RequestHandler | null = null;
  checkHandler: ((...args: unknown[]) => boolean) | null = null;
  deviceHandler: ((details: unknown) => boolean) | null = null;

  setPermissionRequestHandler(handler: RequestHandler | null): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: ((...args: unknown[]) => boolean) | null): void {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: ((details: unknown) => boolean) | null): void {
    this.deviceHandler = handler;
  }

  /** A page asking for a permission; resolves to what the app answered (Chromium grants by default). */
  request(permission: string): Promise<boolean> {
    const handler = this.requestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => handler({}, permission, resolve, {}));
  }
  check(permission: string): boolean {
    return this.checkHandler ? this.checkHandler(null, permission, 'app://sohop', {}) : true;
  }
  checkDevice(): boolean {
    return this.deviceHandler ? this.deviceHandler({ deviceType: 'usb', origin: 'app://sohop' }) : true;
  }
}

export const asSession = (fake: FakeSession): Session => fake as unknown as Session;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  /** Emits a navigation event the way Chromium does; returns true when the app prevented it. */
  navigate(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string): boolean {
    let prevented = false;
    this.emit(event, { url, isMainFrame: true, preventDefault: () => (prevented = true) });
    return prevented;
  }

  /** A page calling `window.open`; returns the app's answer ('allow' when no handler is set). */
  open(url: string): string {
    return this.windowOpenHandler ? this.windowOpenHandler({ url }).action : 'allow';
  }

  /** A page inserting a `<webview>`; returns true when the app prevented it. */
  attachWebview(src: string): boolean {
    let prevented = false;
    this.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, { src });
    return prevented;
  }
}

export const asWebContents = (fake: FakeWebContents): WebContents => fake as unknown as WebContents;

class FakeApp extends EventEmitter {
  isPackaged = false;
  lockGranted = true;
  sandboxEnabled = false;
  quitCount = 0;
  /** The code `app.exit` was called with (the command line of the installed app). */
  exitCode: number | null = null;
  hardwareAcceleration = true;
  readonly paths = new Map<string, string>();
  private markReady: () => void = () => undefined;
  private ready = new Promise<void>((resolve) => (this.markReady = resolve));

  getVersion(): string {
    return '0.1.0-test';
  }
  getPath(name: string): string {
    return this.paths.get(name) ?? `/fake/${name}`;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  lockRequested = false;
  requestSingleInstanceLock(): boolean {
    this.lockRequested = true;
    return this.lockGranted;
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  /** Electron's 'ready': resolves `whenReady()` and lets its callbacks run. */
  async becomeReady(): Promise<void> {
    this.emit('ready');
    this.markReady();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
  disableHardwareAcceleration(): void {
    this.hardwareAcceleration = false;
  }
  quit(): void {
    this.quitCount += 1;
    this.emit('before-quit', { preventDefault: () => undefined });
  }
  reset(): void {
    this.removeAllListeners();
    Object.assign(this, {
      isPackaged: false,
      lockGranted: true,
      sandboxEnabled: false,
      quitCount: 0,
      exitCode: null,
      hardwareAcceleration: true,
      lockRequested: false,
    });
    this.paths.clear();
    this.ready = new Promise<void>((resolve) => (this.markReady = resolve));
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  loadedUrl: string | null = null;
  visible = false;
  minimized = false;
  focused = false;
  /** What the main process sent to the page. */
  readonly webContents = {
    sent: [] as { channel: string; args: unknown[] }[],
    send(channel: string, ...args: unknown[]): void {
      this.sent.push({ channel, args });
    },
  };

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    BrowserWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
}

/** Notifications shown by the app; a test clicks one as the user would. */
export class Notification extends EventEmitter {
  static readonly shown: Notification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return Notification.supported;
  }
  constructor(readonly options: { title?: string; body?: string }) {
    super();
  }
  show(): void {
    Notification.shown.push(this);
  }
  /** The user clicking the notification. */
  click(): void {
    this.emit('click', {});
  }
}

export const app = new FakeApp();
export const ipcMain = new FakeIpcMain();
export const session = { defaultSession: new FakeSession() };

export const protocol = {
  privileged: [] as CustomScheme[],
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (this.handlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
    this.handlers.set(scheme, handler);
  },
  /** What the renderer's request for `url` gets back. */
  async fetch(url: string): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`No handler for ${url}`);
    return handler(new Request(url));
  },
};

interface DialogAnswer {
  canceled: boolean;
  filePath?: string;
  filePaths: string[];
}

/** Native dialogs: each call is recorded, and answers what the test queued (cancelled by default). */
export const dialog = {
  errors: [] as { title: string; content: string }[],
  shown: [] as { type: 'save' | 'open'; owner: unknown; options: Record<string, unknown> }[],
  answers: [] as DialogAnswer[],
  showErrorBox(title: string, content: string): void {
    this.errors.push({ title, content });
  },
  /** The user picking `file` (or cancelling with null) in the next dialog. */
  answerNext(file: string | null): void {
    this.answers.push(
      file === null
        ? { canceled: true, filePaths: [] }
        : { canceled: false, filePath: file, filePaths: [file] },
    );
  },
  show(type: 'save' | 'open', args: unknown[]): Promise<DialogAnswer> {
    const [owner, options] = args.length > 1 ? args : [null, args[0]];
    this.shown.push({ type, owner, options: options as Record<string, unknown> });
    return Promise.resolve(this.answers.shift() ?? { canceled: true, filePaths: [] });
  },
  showSaveDialog(...args: unknown[]): Promise<DialogAnswer> {
    return this.show('save', args);
  },
  showOpenDialog(...args: unknown[]): Promise<DialogAnswer> {
    return this.show('open', args);
  },
};

/** `shell.openPath` answers '' on success or an error message; `failWith` sets the next answer. */
export const shell = {
  opened: [] as string[],
  failWith: '',
  openPath(file: string): Promise<string> {
    this.opened.push(file);
    const answer = this.failWith;
    this.failWith = '';
    return Promise.resolve(answer);
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

const fromMain = new EventEmitter();

/**
 * By default a call from the top frame of app://sohop, routed to whatever ipcMain has registered.
 * `on`/`removeListener` receive what the main process sends (`webContents.send`); `sendFromMain`
 * plays that part.
 */
export const ipcRenderer = {
  invoke: vi.fn((channel: string, ...args: unknown[]) => ipcMain.invoke(fakeInvokeEvent(), channel, ...args)),
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void {
    fromMain.on(channel, listener);
  },
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void {
    fromMain.removeListener(channel, listener);
  },
  listenerCount(channel: string): number {
    return fromMain.listenerCount(channel);
  },
  sendFromMain(channel: string, ...args: unknown[]): void {
    fromMain.emit(channel, { sender: 'main' }, ...args);
  },
};

export interface FakeMenu {
  template: MenuItemConstructorOptions[];
}

/** Keeps the template the app built, and the menu it set for the application. */
export const Menu = {
  application: null as FakeMenu | null,
  buildFromTemplate(template: MenuItemConstructorOptions[]): FakeMenu {
    return { template };
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    this.application = menu;
  },
};

export function resetStandIn(): void {
  app.reset();
  ipcMain.listeners.clear();
  session.defaultSession = new FakeSession();
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  dialog.errors.length = 0;
  dialog.shown.length = 0;
  dialog.answers.length = 0;
  shell.opened.length = 0;
  shell.failWith = '';
  contextBridge.exposed.clear();
  ipcRenderer.invoke.mockClear();
  fromMain.removeAllListeners();
  Menu.application = null;
  BrowserWindow.created.length = 0;
  Notification.shown.length = 0;
  Notification.supported = true;
}

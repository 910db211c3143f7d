// The renderer's only way to main: one typed call per entry of the IPC contract. Inside Electron it
// goes through the preload's `window.sohop`; in the browser preview, through loopback HTTP with the
// token the preview server wrote into index.html.
import type { ErrorCode, ErrorInfo } from '../../shared/errors';
import type { Channel, InputOf, OutputOf, SoHopBridge } from '../../shared/ipc';
import type { Result } from '../../shared/result';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly path: string | undefined;

  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.code = info.code;
    this.path = info.path;
  }
}

const TOKEN_META = 'sohop-preview-token';

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'value' in value : value.ok === false && 'error' in value;
}

/** The preview server's HTTP API: `POST /api/<channel>` answers the same `Result` as Electron's IPC. */
async function post(channel: Channel, input: unknown): Promise<Result<unknown>> {
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ?? '';
  let response: Response;
  const payload = JSON.stringify(input ?? {});
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-SoHop-Token': token },
      body: payload,
      // A save sent while the page closes still reaches the server (browsers cap keepalive at 64 KB).
      keepalive: new TextEncoder().encode(payload).length < 60_000,
    });
  } catch {
    return { ok: false, error: { code: 'E_INTERNAL', message: 'Không kết nối được với máy chủ xem trước.' } };
  }
  const body: unknown = await response.json().catch(() => null);
  if (isResult(body)) return body;
  const message = `Máy chủ xem trước trả lời không hợp lệ (HTTP ${response.status}).`;
  return { ok: false, error: { code: 'E_INTERNAL', message } };
}

const previewBridge: SoHopBridge = {
  invoke<C extends Channel>(channel: C, input: InputOf<C>) {
    return post(channel, input) as Promise<Result<OutputOf<C>>>;
  },
  // The preview has no application menu.
  onCommand: () => () => undefined,
};

export async function invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const bridge = window.sohop ?? previewBridge;
  const result = await bridge.invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

// The first screen: the app frame (header, navigation) and the list of meetings.
import { useEffect, useState } from 'react';
import { toVietnamInstant } from '../../shared/datetime';
import type { MeetingSummary, Page } from '../../shared/domain';
import type { ErrorInfo } from '../../shared/errors';
import type { MeetingKind } from '../../shared/exchange';
import { ApiError, invoke } from './api';

const sections = [
  'Tổng quan',
  'Cuộc họp',
  'Kết luận & nhiệm vụ',
  'Chương trình phối hợp',
  'Văn bản',
  'Danh bạ',
  'Cài đặt',
] as const;
const activeSection = 'Cuộc họp';

const kindLabels: Record<MeetingKind, string> = {
  'hoi-nghi': 'Hội nghị',
  'cuoc-hop': 'Cuộc họp',
  'buoi-lam-viec': 'Buổi làm việc',
  'phien-hop': 'Phiên họp',
};

/** `2019-01-15T08:00:00+07:00` → `15/01/2019 08:00`, in Vietnam time whatever the stored offset. */
function formatDateTime(instant: string): string {
  try {
    const local = toVietnamInstant(instant);
    return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
  } catch {
    return instant;
  }
}

type Load =
  | { state: 'loading' }
  | { state: 'failed'; error: ErrorInfo }
  | { state: 'ready'; page: Page<MeetingSummary> };

function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  return { code: 'E_INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

function MeetingList() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    invoke('meetings.list', { limit: 100 }).then(
      (page) => live && setLoad({ state: 'ready', page }),
      (error: unknown) => live && setLoad({ state: 'failed', error: toErrorInfo(error) }),
    );
    return () => {
      live = false;
    };
  }, []);

  if (load.state === 'loading')
    return (
      <p className="status" role="status">
        Đang tải danh sách cuộc họp…
      </p>
    );
  if (load.state === 'failed')
    return (
      <div className="status status-error" role="alert">
        <strong>Không tải được danh sách cuộc họp.</strong>
        <span>
          {load.error.message} <span className="code">(mã lỗi {load.error.code})</span>
        </span>
      </div>
    );

  const { items, total } = load.page;
  if (items.length === 0) return <p className="status empty">Chưa có cuộc họp nào</p>;
  return (
    <>
      <p className="count">
        Tổng số: <strong>{total}</strong> cuộc họp
        {items.length < total ? ` (đang hiển thị ${items.length})` : ''}
      </p>
      <div className="table-card">
        <table className="meetings">
          <thead>
            <tr>
              <th className="col-time">Thời gian</th>
              <th>Tên cuộc họp</th>
              <th className="col-kind">Loại</th>
              <th className="col-place">Địa điểm</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <tr key={m.id}>
                <td className="col-time">{formatDateTime(m.startsAt)}</td>
                <td className="title">{m.title}</td>
                <td className="col-kind">
                  <span className="kind">{kindLabels[m.kind]}</span>
                </td>
                <td className="col-place">{m.location ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function App() {
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Sổ Họp</span>
      </header>
      <nav className="sidebar" aria-label="Các mục chính">
        <ul>
          {sections.map((name) => (
            <li key={name}>
              {name === activeSection ? (
                <a className="nav-item active" aria-current="page" href="#">
                  <span className="nav-label">{name}</span>
                </a>
              ) : (
                <span className="nav-item" aria-disabled="true">
                  <span className="nav-label">{name}</span>
                  <span className="soon">Sắp có</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <h1>Cuộc họp</h1>
        <MeetingList />
      </main>
    </div>
  );
}

// "Đang lưu…" / "Đã lưu lúc HH:mm" / why it cannot be saved yet / the error, with a retry.
import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { SaveState } from '../lib/useAutosave';
import { errorDetail } from '../lib/errors';

const time = (d: Date) =>
  `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

export function SaveIndicator({
  status,
  onRetry,
  neverSaved = false,
}: {
  status: SaveState;
  onRetry: () => void;
  neverSaved?: boolean;
}) {
  switch (status.state) {
    case 'clean':
      if (neverSaved)
        return (
          <span className="save-state muted" role="status">
            Chưa lưu
          </span>
        );
      return (
        <span className="save-state muted" role="status">
          Đã lưu
        </span>
      );
    case 'dirty':
      return (
        <span className="save-state muted" role="status">
          Có thay đổi chưa lưu…
        </span>
      );
    case 'saving':
      return (
        <span className="save-state muted" role="status">
          <LoadingOutlined /> Đang lưu…
        </span>
      );
    case 'saved':
      return (
        <span className="save-state" role="status" style={{ color: '#2f7d32' }}>
          <CheckCircleOutlined /> Đã lưu lúc {time(status.at)}
        </span>
      );
    case 'invalid':
      return (
        <span className="save-state failed" role="status">
          <ExclamationCircleOutlined /> Chưa lưu: cần {status.missing.join(', ')}
        </span>
      );
    case 'failed':
      return (
        <span className="save-state failed" role="alert">
          <ExclamationCircleOutlined /> Lưu không được: {status.error.message} Nội dung vẫn được giữ.{' '}
          <Button size="small" onClick={onRetry}>
            Thử lại
          </Button>
          <span className="error-detail">{errorDetail(status.error.code)}</span>
        </span>
      );
  }
}

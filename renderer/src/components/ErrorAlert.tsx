// A service error shown in Vietnamese where it happened, its code on a "Chi tiết" line under it, and an
// optional retry.
import { Alert, Button } from 'antd';
import type { ErrorInfo } from '../../../shared/errors';
import { errorDetail } from '../lib/errors';

export function ErrorAlert({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: ErrorInfo;
  onRetry?: () => void;
}) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={
        <span>
          {error.message}
          <span className="error-detail">{errorDetail(error.code)}</span>
        </span>
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            Thử lại
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 12 }}
    />
  );
}

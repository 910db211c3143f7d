// The message of a failed action, shown in one line where it happened (a load failure with its code
// and a retry is ErrorAlert). Nothing is shown while there is no message.
import { Alert } from 'antd';
import type { CSSProperties } from 'react';

export function ErrorMessage({
  message,
  onClose,
  style = { marginBottom: 12 },
}: {
  message: string | null;
  /** Makes the message closable. */
  onClose?: () => void;
  style?: CSSProperties;
}) {
  if (!message) return null;
  return (
    <Alert
      type="error"
      role="alert"
      showIcon
      title={message}
      {...(onClose ? { closable: { onClose } } : {})}
      style={style}
    />
  );
}

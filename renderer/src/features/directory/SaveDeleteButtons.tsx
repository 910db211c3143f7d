// The foot of a directory form: Lưu, and for a record already saved, Xóa after a confirmation.
import { Button, Popconfirm, Space } from 'antd';

export function SaveDeleteButtons({
  busy,
  onSave,
  deleteQuestion,
  onDelete,
}: {
  busy: boolean;
  onSave: () => void;
  /** Null for a new record: there is nothing to delete yet. */
  deleteQuestion: string | null;
  onDelete: () => void;
}) {
  return (
    <Space>
      <Button type="primary" loading={busy} onClick={onSave}>
        Lưu
      </Button>
      {deleteQuestion ? (
        <Popconfirm title={deleteQuestion} okText="Xóa" cancelText="Không" onConfirm={onDelete}>
          <Button danger>Xóa</Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}

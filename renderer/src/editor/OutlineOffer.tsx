// An empty biên bản offers to start from the meeting's outline (time, place, people, items, Kết luận),
// so nothing the meeting already holds is typed again. Shown only while the minutes are empty.
import { FileTextOutlined } from '@ant-design/icons';
import type { Editor } from '@tiptap/react';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import type { RichTextNode } from '../../../shared/rich-text';

export type OutlineSource = (() => Promise<RichTextNode>) | 'unsaved';

export function OutlineOffer({
  editor,
  source,
  onError,
}: {
  editor: Editor;
  source: OutlineSource;
  onError: (error: unknown) => void;
}) {
  const [busy, setBusy] = useState(false);
  if (source === 'unsaved')
    return (
      <Alert
        type="info"
        showIcon
        className="outline-offer"
        title="Nhập tên cuộc họp và cơ quan chủ trì (Thông tin chung) để tạo dàn ý biên bản từ cuộc họp."
      />
    );
  const create = async () => {
    setBusy(true);
    try {
      const outline = await source();
      // Still empty (nothing typed while waiting): the outline replaces the empty paragraph.
      if (editor.isEmpty) editor.chain().setContent(outline, { emitUpdate: true }).focus('end').run();
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert
      type="info"
      showIcon
      className="outline-offer"
      title="Biên bản còn trống: tạo dàn ý với thời gian, địa điểm, thành phần, chủ trì, thư ký và các mục của cuộc họp."
      action={
        <Button
          type="primary"
          size="small"
          icon={<FileTextOutlined />}
          loading={busy}
          onClick={() => void create()}
        >
          Tạo dàn ý từ cuộc họp
        </Button>
      }
    />
  );
}

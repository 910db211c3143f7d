// Appendices (Phụ lục I, II…): each a title, an optional landscape page and a body in the rich-text editor.
// The DOCX prints them after the signature, each on new pages numbered from 1.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Input, Space, Spin } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import type { Appendix } from '../../../../shared/exchange';
import type { RichTextNode } from '../../../../shared/rich-text';

const MinutesEditor = lazy(() => import('../../editor/MinutesEditor'));

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const emptyBody: RichTextNode = { type: 'doc', content: [{ type: 'paragraph' }] };

export function AppendicesEditor({
  appendices,
  onChange,
  readOnly,
}: {
  appendices: Appendix[];
  onChange: (next: Appendix[]) => void;
  readOnly: boolean;
}) {
  const update = (i: number, patch: Partial<Appendix>) =>
    onChange(appendices.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {appendices.map((appendix, i) => (
        <Card
          // The editors are uncontrolled: adding or removing an appendix makes them all anew from the data.
          key={`${appendices.length}-${i}`}
          size="small"
          title={appendices.length > 1 ? `Phụ lục ${ROMAN[i] ?? i + 1}` : 'Phụ lục'}
          extra={
            <Button
              size="small"
              icon={<DeleteOutlined />}
              aria-label={`Xóa phụ lục ${i + 1}`}
              disabled={readOnly}
              onClick={() => onChange(appendices.filter((_a, j) => j !== i))}
            />
          }
        >
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Input
              aria-label={`Tên phụ lục ${i + 1}`}
              placeholder="Ví dụ: Danh sách đại biểu được mời"
              value={appendix.title}
              disabled={readOnly}
              onChange={(e) => update(i, { title: e.target.value })}
            />
            <Checkbox
              checked={appendix.landscape === true}
              disabled={readOnly}
              onChange={(e) => update(i, { landscape: e.target.checked || undefined })}
            >
              Trang nằm ngang (cho bảng rộng)
            </Checkbox>
            <Suspense fallback={<Spin />}>
              <div className={readOnly ? 'editor-readonly' : undefined} inert={readOnly}>
                <AppendixBody initial={appendix.body} n={i + 1} onBody={(body) => update(i, { body })} />
              </div>
            </Suspense>
          </Space>
        </Card>
      ))}
      {readOnly ? null : (
        <Button
          icon={<PlusOutlined />}
          onClick={() => onChange([...appendices, { title: '', body: emptyBody }])}
        >
          Thêm phụ lục
        </Button>
      )}
    </Space>
  );
}

/** The body of one appendix: its content is read back on every change and on leaving the editor. */
function AppendixBody({
  initial,
  n,
  onBody,
}: {
  initial: RichTextNode;
  n: number;
  onBody: (body: RichTextNode) => void;
}) {
  const read = useRef<(() => RichTextNode) | null>(null);
  // The editor keeps the callbacks it was made with: they reach the latest `onBody` through a ref.
  const target = useRef(onBody);
  useEffect(() => {
    target.current = onBody;
  });
  const bindSource = useCallback((reader: (() => RichTextNode) | null) => {
    read.current = reader;
  }, []);
  const push = useCallback(() => {
    if (read.current) target.current(read.current());
  }, []);
  return (
    <MinutesEditor
      initial={initial}
      onDirty={push}
      onBlur={push}
      bindSource={bindSource}
      ariaLabel={`Nội dung phụ lục ${n}`}
    />
  );
}

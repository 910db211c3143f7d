// A faithful preview: the DOCX the exporter writes, rendered by docx-preview (what is seen is what
// prints). Loaded on demand, in its own chunk.
import { Alert, Spin } from 'antd';
import { renderAsync } from 'docx-preview';
import { useEffect, useRef, useState } from 'react';
import { invoke } from '../../api';
import { base64ToBytes } from '../../lib/download';
import { describeError } from '../../lib/errors';

export default function DocxPreview({ documentId }: { documentId: string }) {
  const body = useRef<HTMLDivElement>(null);
  const styles = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: true, error: null });

  useEffect(() => {
    let live = true;
    invoke('documents.exportDocx', { id: documentId })
      .then(async (file) => {
        if (!live || !body.current || !styles.current) return;
        await renderAsync(base64ToBytes(file.dataBase64), body.current, styles.current, {
          className: 'docx',
          inWrapper: true,
          breakPages: true,
          ignoreLastRenderedPageBreak: true,
        });
        if (live) setState({ busy: false, error: null });
      })
      .catch((e: unknown) => live && setState({ busy: false, error: describeError(e) }));
    return () => {
      live = false;
    };
  }, [documentId]);

  return (
    <div className="docx-preview" aria-label="Xem trước văn bản">
      {state.busy ? <Spin description="Đang dựng bản xem trước…" /> : null}
      {state.error ? (
        <Alert type="error" role="alert" showIcon title="Không xem trước được." description={state.error} />
      ) : null}
      <div ref={styles} />
      <div ref={body} />
    </div>
  );
}

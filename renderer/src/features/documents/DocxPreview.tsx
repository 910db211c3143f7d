// A faithful preview: the DOCX the exporter writes, rendered in pages as it prints (pages/renderPages.ts).
// Loaded on demand, in its own chunk.
import { Alert, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { invoke } from '../../api';
import { base64ToBytes } from '../../lib/download';
import { describeError } from '../../lib/errors';
import { renderDocxPages } from './pages/renderPages';

/** `revision` changes with every change of the document's state (saved text, issuing): the preview follows. */
export default function DocxPreview({ documentId, revision }: { documentId: string; revision?: string }) {
  const body = useRef<HTMLDivElement>(null);
  const styles = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ busy: boolean; error: string | null; pages?: number }>({
    busy: true,
    error: null,
  });

  useEffect(() => {
    let live = true;
    invoke('documents.exportDocx', { id: documentId })
      .then(async (file) => {
        if (!live || !body.current || !styles.current) return;
        const pages = await renderDocxPages(base64ToBytes(file.dataBase64), body.current, styles.current);
        if (live) setState({ busy: false, error: null, pages });
      })
      .catch((e: unknown) => live && setState({ busy: false, error: describeError(e) }));
    return () => {
      live = false;
    };
  }, [documentId, revision]);

  return (
    <div className="docx-preview" aria-label="Xem trước văn bản">
      {state.busy ? <Spin description="Đang dựng bản xem trước…" /> : null}
      {state.error ? (
        <Alert type="error" role="alert" showIcon title="Không xem trước được." description={state.error} />
      ) : null}
      {state.pages ? <p className="muted docx-preview-pages">{`Khi in: ${state.pages} trang A4`}</p> : null}
      <div ref={styles} />
      <div ref={body} />
    </div>
  );
}

// What deleting a meeting takes with it, said before it happens: the documents made from it (an issued
// one by its number) go to the Thùng rác together with the meeting, and all come back together.
import { useCallback } from 'react';
import { invoke } from '../../api';
import { useLoad } from '../../lib/useLoad';

export function DeleteMeetingNote({ meetingId }: { meetingId: string }) {
  const [docs] = useLoad(useCallback(() => invoke('documents.list', { meetingId, limit: 50 }), [meetingId]));
  const list = docs.state === 'ready' ? docs.value.items : [];
  return (
    <div style={{ maxWidth: 420 }}>
      <p style={{ margin: '4px 0' }}>
        Thành phần, biên bản và kết luận (cả nhiệm vụ đang theo dõi) vào Thùng rác cùng cuộc họp, khôi phục
        được trong 30 ngày.
      </p>
      {list.length ? (
        <>
          <p style={{ margin: '4px 0' }}>
            <strong>{list.length} văn bản</strong> tạo từ cuộc họp này cũng vào Thùng rác:
          </p>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {list.slice(0, 8).map((d) => (
              <li key={d.id}>
                {d.status === 'issued' ? `Số ${d.printedNumber ?? ''} (đã ban hành)` : 'Dự thảo'}
                {': '}
                <span className="muted">{d.summary.slice(0, 80)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

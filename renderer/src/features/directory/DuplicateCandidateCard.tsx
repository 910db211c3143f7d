// One record of a group of same-name people, with what tells it apart: titles and units on meeting
// days, how many meetings it appears in and the latest ones, documents it signs.
import type { DuplicateCandidate } from '../../../../shared/directory';
import { formatDate, formatNumber } from '../../lib/format';

/** One line naming a record: `Nguyễn Đức Trung (Phó Chủ tịch UBND tỉnh, Văn phòng UBND; 5 cuộc họp)`. */
export function candidateSummary(c: DuplicateCandidate): string {
  const facts = [c.titles[0], c.units[0]].filter(Boolean).join(', ') || 'chưa có chức vụ';
  return `${c.person.fullName} (${facts}; ${formatNumber(c.meetingCount)} cuộc họp)`;
}

export function CandidateDetails({ candidate: c, id }: { candidate: DuplicateCandidate; id: string }) {
  return (
    <div id={id} className="candidate-details">
      <div>
        <span className="muted">Chức vụ: </span>
        {c.titles.length ? c.titles.join('; ') : <span className="muted">chưa ghi trong cuộc họp nào</span>}
      </div>
      <div>
        <span className="muted">Đơn vị: </span>
        {c.units.length ? c.units.join('; ') : <span className="muted">chưa ghi</span>}
      </div>
      {c.person.notes ? (
        <div>
          <span className="muted">Ghi chú: </span>
          {c.person.notes}
        </div>
      ) : null}
      <div>
        Dự <strong>{formatNumber(c.meetingCount)}</strong> cuộc họp
        {c.signedDocuments ? `; ký ${formatNumber(c.signedDocuments)} văn bản` : ''}
        {c.recentMeetings.length ? ', gần nhất:' : ''}
      </div>
      {c.recentMeetings.length ? (
        <ul className="candidate-meetings">
          {c.recentMeetings.map((m) => (
            <li key={m.meetingId} className="truncate" title={m.meetingTitle}>
              <span className="nowrap">{formatDate(m.startsAt)}</span> — {m.meetingTitle}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

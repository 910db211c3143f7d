// A person's current title and unit in the directory list: from their latest meeting that names one,
// each on one line (cut with "…", the whole text and the meeting's date on hover).
import type { PersonStanding } from '../../../../shared/directory';
import { formatDate } from '../../lib/format';

export function PersonStandingCell({ standing }: { standing: PersonStanding }) {
  if (!standing.title && !standing.organizationName) return <span className="muted">Chưa ghi chức vụ</span>;
  const since = standing.titleSeenAt ? ` (theo cuộc họp ngày ${formatDate(standing.titleSeenAt)})` : '';
  return (
    <>
      {standing.title ? (
        <div className="truncate" title={`${standing.title}${since}`}>
          {standing.title}
        </div>
      ) : null}
      {standing.organizationName ? (
        <div className="muted truncate" title={standing.organizationName}>
          {standing.organizationName}
        </div>
      ) : null}
    </>
  );
}

// A search result's text with the matching words marked. Segments are rendered as text nodes only:
// whatever a record holds (tags, scripts, entities) is shown as written, never interpreted.
import type { TextSegment } from '../../../../shared/search';

export function Highlighted({ segments }: { segments: TextSegment[] }) {
  return (
    <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>
  );
}

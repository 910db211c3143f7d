// The results under the search box: the filters (kind, year, body), then the results grouped by kind,
// each with its title, date, where it was found and a snippet, the matching words marked.
import { Select, Segmented } from 'antd';
import type { SearchHit, SearchKind, SearchResult } from '../../../../shared/search';
import { searchKindLabels, searchKinds } from '../../../../shared/search';
import { formatDate, formatDateTime } from '../../lib/format';
import { useOrganizations } from '../../lib/organizations';
import { fieldLabels } from './hitHref';
import { Highlighted } from './Highlighted';
import type { SearchFilters, SearchState } from './useGlobalSearch';

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 16 }, (_, i) => thisYear - i);

export const optionId = (hit: SearchHit) => `search-hit-${hit.kind}-${hit.id}`;

function dateOf(hit: SearchHit): string {
  if (!hit.date) return '';
  if (hit.kind === 'programme') return `Năm ${hit.date.slice(0, 4)}`;
  return hit.date.length > 10 ? formatDateTime(hit.date) : formatDate(hit.date);
}

export function SearchPanel({
  id,
  state,
  filters,
  onFilters,
  active,
  onOpen,
  onHover,
}: {
  id: string;
  state: SearchState;
  filters: SearchFilters;
  onFilters: (next: SearchFilters) => void;
  active: SearchHit | null;
  onOpen: (hit: SearchHit) => void;
  onHover: (hit: SearchHit) => void;
}) {
  const organizations = useOrganizations();
  const result: SearchResult | null =
    state.status === 'done' ? state.result : state.status === 'searching' ? state.previous : null;
  return (
    // Clicks inside the panel must not take the focus away from the box (which would close the panel).
    <div className="search-panel" data-state={state.status} onMouseDown={(e) => e.preventDefault()}>
      <div className="search-filters">
        <Segmented<SearchKind | 'all'>
          size="small"
          value={filters.kind ?? 'all'}
          onChange={(kind) => onFilters({ ...filters, kind: kind === 'all' ? null : kind })}
          options={[
            { value: 'all', label: 'Tất cả' },
            ...searchKinds.map((k) => ({ value: k, label: searchKindLabels[k] })),
          ]}
        />
        <Select<number | 'all'>
          size="small"
          getPopupContainer={(node: HTMLElement) => node.parentElement ?? document.body}
          aria-label="Năm"
          value={filters.year ?? 'all'}
          onChange={(year) => onFilters({ ...filters, year: year === 'all' ? null : year })}
          options={[
            { value: 'all', label: 'Mọi năm' },
            ...years.map((y) => ({ value: y, label: String(y) })),
          ]}
          style={{ width: 100 }}
        />
        <Select<string>
          size="small"
          getPopupContainer={(node: HTMLElement) => node.parentElement ?? document.body}
          aria-label="Cơ quan"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="Mọi cơ quan"
          value={filters.organizationId ?? undefined}
          onChange={(organizationId) => onFilters({ ...filters, organizationId: organizationId ?? null })}
          options={organizations.map((o) => ({ value: o.id, label: o.name }))}
          style={{ width: 220 }}
        />
      </div>
      <div id={id} role="listbox" aria-label="Kết quả tìm kiếm" className="search-results">
        {result?.groups.map((group) => (
          <div
            key={group.kind}
            role="group"
            aria-label={searchKindLabels[group.kind]}
            className="search-group"
          >
            <div className="search-group-title">
              {searchKindLabels[group.kind]}{' '}
              <span className="muted">
                ({group.total}
                {group.capped ? '+' : ''})
              </span>
            </div>
            {group.items.map((hit) => (
              <div
                key={hit.id}
                id={optionId(hit)}
                role="option"
                aria-selected={hit === active}
                className={hit === active ? 'search-hit search-hit-active' : 'search-hit'}
                onMouseEnter={() => onHover(hit)}
                onClick={() => onOpen(hit)}
              >
                <div className="search-hit-title">
                  <Highlighted segments={hit.title} />
                </div>
                <div className="search-hit-meta muted">
                  {[dateOf(hit), fieldLabels[hit.field]].filter(Boolean).join(' · ')}
                </div>
                {hit.snippet.length ? (
                  <div className="search-hit-snippet">
                    <Highlighted segments={hit.snippet} />
                  </div>
                ) : null}
              </div>
            ))}
          </div>
        ))}
      </div>
      <div className="search-status muted" role="status">
        {state.status === 'searching'
          ? 'Đang tìm…'
          : state.status === 'failed'
            ? `Không tìm được: ${state.error.message}`
            : state.status === 'done' && !state.result.searched
              ? 'Gõ thêm để tìm.'
              : state.status === 'done' && state.result.groups.length === 0
                ? `Không tìm thấy “${state.text}”.`
                : '↑↓ chọn · Enter mở · Esc đóng · "cụm từ" · -loại trừ'}
      </div>
    </div>
  );
}

// Thành phần: people with their role and their title on that day (pre-filled from the latest title
// seen, editable), in protocol order (drag a row, or Alt+↑/↓ on a row), plus attendee groups.
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { Alert, AutoComplete, Input, Select, Space, Typography, type RefSelectProps } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { Stored } from '../../../../shared/domain';
import { attendeeRoles, type Attendee, type AttendeeRole, type Person } from '../../../../shared/exchange';
import { joinLines } from '../../../../shared/linear-text';
import { invoke } from '../../api';
import { ListItemActions } from '../../components/ListItemActions';
import { PlainTable, type PlainColumn } from '../../components/PlainTable';
import { describeError } from '../../lib/errors';
import { formatDate, roleLabels } from '../../lib/format';
import { moveItem } from '../../lib/lists';
import { useOrganizations } from '../../lib/organizations';
import { usePeople } from '../../lib/people';
import { AttendeeGroupsEditor } from './AttendeeGroupsEditor';
import { FieldStub, type Activation } from './FieldStub';
import { NewPersonForm } from './NewPersonForm';
import { PersonPicker } from './PersonPicker';
import { OrganizationPicker } from '../../components/OrganizationPicker';

interface Row extends Attendee {
  key: string;
  index: number;
}

type Field = 'role' | 'position' | 'org';

const roleOptions = attendeeRoles.map((v) => ({ value: v, label: roleLabels[v] }));

/** Puts the caret of a title field opened by a click where the click was (at the end by default). */
function placeCaret(input: TextAreaRef | null, how: Activation | null): void {
  const area = input?.resizableTextArea?.textArea;
  if (!area || !how || area !== document.activeElement || area.dataset.placed) return;
  area.dataset.placed = 'yes';
  const at = how.caret ?? area.value.length;
  area.setSelectionRange(at, at);
}

export function AttendeesEditor({
  attendees,
  groups,
  onChange,
  onAppend,
  onGroupsChange,
}: {
  attendees: Attendee[];
  groups: string[];
  onChange: (next: Attendee[]) => void;
  /** Adds at the end of the latest list (a pick may resolve after another change). */
  onAppend: (attendee: Attendee) => void;
  onGroupsChange: (next: string[]) => void;
}) {
  const people = usePeople(attendees.map((a) => a.personId));
  const [creating, setCreating] = useState<string | null>(null);
  // After the new-person form closes, the caret goes back to the picker for the next name.
  const pickerRef = useRef<RefSelectProps>(null);
  const [titleOptions, setTitleOptions] = useState<Record<string, string[]>>({});
  // Where a prefilled title of the day came from, shown under it while it is unchanged.
  const [titleSources, setTitleSources] = useState<Record<string, { title: string; seenAt: string }>>({});
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dragOver, setDragOver] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const update = (index: number, patch: Partial<Attendee>) =>
    onChange(attendees.map((a, i) => (i === index ? { ...a, ...patch } : a)));

  const add = async (person: Stored<Person>, knownTitle?: string) => {
    const role: AttendeeRole = attendees.length === 0 ? 'chair' : 'attendee';
    let position = knownTitle ?? '';
    if (!knownTitle) {
      try {
        const titles = await invoke('people.titles', { id: person.id });
        position = titles[0]?.title ?? '';
        const latest = titles[0];
        if (latest)
          setTitleSources((s) => ({ ...s, [person.id]: { title: latest.title, seenAt: latest.lastSeenAt } }));
        setTitleOptions((t) => ({ ...t, [person.id]: titles.map((x) => x.title) }));
        setError(null);
      } catch (e) {
        setError(`Không tải được chức vụ của ${person.fullName}: ${describeError(e)}`);
      }
    }
    setFocus(null);
    onAppend({ personId: person.id, role, position });
  };

  const loadTitles = (personId: string) => {
    if (titleOptions[personId]) return;
    invoke('people.titles', { id: personId }).then(
      (titles) => setTitleOptions((t) => ({ ...t, [personId]: titles.map((x) => x.title) })),
      () => undefined,
    );
  };

  // Rows are text until edited (FieldStub): the editors of a row mount when one of its fields is
  // clicked or reached with Tab, and stay for the rest of the visit.
  const [editing, setEditing] = useState<ReadonlySet<string>>(() => new Set());
  const [focus, setFocus] = useState<({ personId: string; field: Field } & Activation) | null>(null);
  const edit = (personId: string, field: Field) => (how: Activation) => {
    setEditing((s) => (s.has(personId) ? s : new Set(s).add(personId)));
    setFocus({ personId, field, ...how });
  };
  // Read when an editor mounts (autoFocus, defaultOpen): rows keep their keys when moved or when another
  // is removed, so only the editors put in place of a stub mount, and only the one asked takes the focus.
  const focused = (r: Row, field: Field) =>
    focus?.personId === r.personId && focus.field === field ? focus : null;
  const organizations = useOrganizations();
  const organizationNames = useMemo(() => new Map(organizations.map((o) => [o.id, o.name])), [organizations]);
  const nameOf = (r: Row) => people.get(r.personId)?.fullName ?? 'người dự';

  // A row's key follows the person (and which time they appear, should a list hold someone twice),
  // not the position: moving a row does not remount its editors.
  const seen = new Map<string, number>();
  const rows: Row[] = attendees.map((a, index) => {
    const n = (seen.get(a.personId) ?? 0) + 1;
    seen.set(a.personId, n);
    return { ...a, key: `${a.personId}-${n}`, index };
  });
  const columns: PlainColumn<Row>[] = [
    {
      key: 'drag',
      width: 36,
      render: () => <span className="drag-handle mask-icon mask-icon-holder" aria-hidden />,
    },
    { key: 'n', title: 'TT', width: 48, render: (r) => r.index + 1 },
    {
      key: 'name',
      title: 'Họ và tên',
      width: 180,
      render: (r) => people.get(r.personId)?.fullName ?? <span className="muted">Đang tải…</span>,
    },
    {
      key: 'role',
      title: 'Vai trò',
      width: 150,
      render: (r) =>
        editing.has(r.personId) ? (
          <Select<AttendeeRole>
            size="small"
            aria-label={`Vai trò của ${nameOf(r)}`}
            style={{ width: 140 }}
            autoFocus={Boolean(focused(r, 'role'))}
            defaultOpen={focused(r, 'role')?.open}
            value={r.role}
            onChange={(role) => update(r.index, { role })}
            options={roleOptions}
          />
        ) : (
          <FieldStub
            kind="select"
            width={140}
            label={`Vai trò của ${nameOf(r)}`}
            value={roleLabels[r.role]}
            onActivate={edit(r.personId, 'role')}
          />
        ),
    },
    {
      key: 'position',
      title: 'Chức vụ (tại thời điểm họp)',
      render: (r) => (
        <>
          {editing.has(r.personId) ? (
            <AutoComplete
              style={{ width: '100%' }}
              value={r.position ?? ''}
              onFocus={() => loadTitles(r.personId)}
              options={(titleOptions[r.personId] ?? []).map((t) => ({ value: t }))}
              // A title is one line: Enter (or a pasted break) becomes a space.
              onChange={(position: string) => update(r.index, { position: joinLines(position) })}
            >
              {/* A long title wraps instead of scrolling out of sight. The height follows the text by CSS
                  (field-sizing, styles.css): antd's autoSize measured each row's computed style. */}
              <Input.TextArea
                size="small"
                className="attendee-title"
                rows={1}
                aria-label={`Chức vụ của ${nameOf(r)}`}
                autoFocus={Boolean(focused(r, 'position'))}
                ref={(input) => placeCaret(input, focused(r, 'position'))}
              />
            </AutoComplete>
          ) : (
            <FieldStub
              kind="text"
              label={`Chức vụ của ${nameOf(r)}`}
              value={r.position ?? ''}
              onActivate={edit(r.personId, 'position')}
            />
          )}
          {titleSources[r.personId] && titleSources[r.personId]?.title === r.position ? (
            <div className="muted title-source">
              theo cuộc họp ngày {formatDate(titleSources[r.personId]?.seenAt)}
            </div>
          ) : null}
        </>
      ),
    },
    {
      key: 'org',
      title: 'Cơ quan',
      width: 270,
      render: (r) =>
        editing.has(r.personId) ? (
          <OrganizationPicker
            size="small"
            allowClear
            allowCreate
            label={`Cơ quan của ${nameOf(r)}`}
            style={{ width: '100%' }}
            autoFocus={Boolean(focused(r, 'org'))}
            defaultOpen={focused(r, 'org')?.open}
            value={r.organizationId}
            onChange={(organizationId) => update(r.index, { organizationId })}
          />
        ) : (
          <FieldStub
            kind="select"
            label={`Cơ quan của ${nameOf(r)}`}
            value={r.organizationId ? (organizationNames.get(r.organizationId) ?? '…') : ''}
            onActivate={edit(r.personId, 'org')}
          />
        ),
    },
    {
      key: 'actions',
      width: 110,
      render: (r) => (
        <ListItemActions
          items={attendees}
          index={r.index}
          onChange={onChange}
          removeLabel={`Bỏ ${nameOf(r)} khỏi thành phần`}
        />
      ),
    },
  ];

  return (
    <div>
      <Space style={{ marginBottom: 12 }} wrap>
        <PersonPicker
          excludeIds={new Set(attendees.map((a) => a.personId))}
          onPick={(p) => void add(p)}
          onCreate={(name) => setCreating(name)}
          pickerRef={pickerRef}
        />
        <Typography.Text type="secondary">
          Kéo thả hoặc dùng mũi tên để sắp xếp theo thứ tự nghi thức.
        </Typography.Text>
      </Space>
      {creating !== null ? (
        <NewPersonForm
          initialName={creating}
          onCancel={() => {
            setCreating(null);
            pickerRef.current?.focus();
          }}
          onCreated={(person, title) => {
            setCreating(null);
            void add(person, title).then(() => pickerRef.current?.focus());
          }}
        />
      ) : null}
      {error ? <Alert type="warning" showIcon title={error} style={{ margin: '8px 0' }} /> : null}
      <PlainTable<Row>
        className="attendees"
        rowKey={(r) => r.key}
        columns={columns}
        rows={rows}
        emptyText="Chưa có ai trong thành phần"
        rowProps={(r) => ({
          draggable: true,
          className: `attendee-row${dragOver === r.index && dragFrom !== r.index ? ' drag-over' : ''}`,
          onDragStart: (e) => {
            e.dataTransfer.effectAllowed = 'move';
            setDragFrom(r.index);
          },
          onDragOver: (e) => {
            e.preventDefault();
            setDragOver(r.index);
          },
          onDragEnd: () => {
            setDragFrom(null);
            setDragOver(null);
          },
          onDrop: (e) => {
            e.preventDefault();
            if (dragFrom !== null) onChange(moveItem(attendees, dragFrom, r.index));
            setDragFrom(null);
            setDragOver(null);
          },
          onKeyDown: (e) => {
            if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
            e.preventDefault();
            onChange(moveItem(attendees, r.index, r.index + (e.key === 'ArrowUp' ? -1 : 1)));
          },
        })}
      />
      <AttendeeGroupsEditor groups={groups} onChange={onGroupsChange} />
    </div>
  );
}

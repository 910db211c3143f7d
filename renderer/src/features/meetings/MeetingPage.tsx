// One meeting: general info, attendees, minutes and conclusions, saved automatically.
import { DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Space, Spin, Tag } from 'antd';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import type { Attendee } from '../../../../shared/exchange';
import type { RichTextNode } from '../../../../shared/rich-text';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PlainTabs } from '../../components/PlainTabs';
import { RecordHeader } from '../../components/RecordHeader';
import { describeError } from '../../lib/errors';
import { formatDateTime, kindLabels } from '../../lib/format';
import { knownName } from '../../lib/people';
import { useAutosavedDraft } from '../../lib/useAutosavedDraft';
import { useSaveCommand, useWindowTitle } from '../../shell/commands';
import { navigate } from '../../shell/routes';
import { replaceHashQuietly } from '../../shell/useHashRoute';
import { MeetingDocuments } from '../documents/MeetingDocuments';
import { AttendeesEditor } from './AttendeesEditor';
import { ConclusionsEditor } from './ConclusionsEditor';
import { blankMeeting, missingForSave, toSaveInput, type MeetingDraft } from './draft';
import { DeleteMeetingNote } from './DeleteMeetingNote';
import { GeneralInfoForm } from './GeneralInfoForm';
import { useMinutesConversion } from './MinutesConversion';
import { forgetUnsaved, hasContent, recallUnsaved, rememberUnsaved } from './unsavedDraft';

const MinutesEditor = lazy(() => import('../../editor/MinutesEditor'));

const tabs = ['info', 'attendees', 'minutes', 'conclusions', 'documents'];

export function MeetingPage({
  id,
  isNew,
  initialTab,
  find,
  conclusion,
}: {
  id: string;
  isNew: boolean;
  initialTab?: string | undefined;
  /** A word of the minutes to show (opened from search). */
  find?: { word: string; context: string } | undefined;
  /** A conclusion to show (opened from search). */
  conclusion?: string | undefined;
}) {
  const { message } = App.useApp();
  const [tab, setTab] = useState(
    isNew ? 'info' : initialTab && tabs.includes(initialTab) ? initialTab : 'attendees',
  );
  // Opening this meeting again from search (another hit, a new object) moves to the hit's tab.
  const jump = find ?? conclusion ?? null;
  const [shownJump, setShownJump] = useState(jump);
  if (jump !== shownJump) {
    setShownJump(jump);
    if (initialTab && tabs.includes(initialTab)) setTab(initialTab);
  }
  const [editorVersion, setEditorVersion] = useState(0);
  const [leftOver, setLeftOver] = useState<MeetingDraft | null>(() => (isNew ? recallUnsaved() : null));
  const minutesSource = useRef<(() => RichTextNode) | null>(null);
  const stored = useRef(!isNew);
  const [isStored, setIsStored] = useState(!isNew);

  const { draft, loadError, draftRef, change, replace, reload, autosave } = useAutosavedDraft<MeetingDraft>({
    load: useCallback(
      () =>
        isNew
          ? invoke('settings.get', {}).then((s) => blankMeeting(id, s.defaultIssuerId))
          : invoke('meetings.get', { id }),
      [id, isNew],
    ),
    collect: (current) =>
      minutesSource.current ? { ...current, minutes: minutesSource.current() } : current,
    validate: (value) => {
      const missing = missingForSave(value);
      if (missing.length && !stored.current && hasContent(value)) rememberUnsaved(value);
      return missing;
    },
    save: async (value) => {
      const saved = await invoke('meetings.save', toSaveInput(value));
      if (!stored.current) {
        forgetUnsaved();
        stored.current = true;
        setIsStored(true);
        replaceHashQuietly(`#/meetings/${id}`);
      }
      return { updatedAt: saved.updatedAt };
    },
  });
  const { touch, flush } = autosave;

  const appendAttendee = useCallback(
    (attendee: Attendee) => change({ attendees: [...(draftRef.current?.attendees ?? []), attendee] }),
    [change, draftRef],
  );
  const onEditorBlur = useCallback(() => void flush(), [flush]);
  const bindSource = useCallback((read: (() => RichTextNode) | null) => {
    minutesSource.current = read;
  }, []);
  const mentionables = useCallback(
    () =>
      (draftRef.current?.attendees ?? [])
        .filter((a) => a.role !== 'absent')
        .map((a) => ({ name: knownName(a.personId) ?? '', title: a.position ?? '' }))
        .filter((m) => m.name),
    [draftRef],
  );
  // A conclusion made from the minutes is shown in Kết luận, marked as one opened from search is.
  const [shownConclusion, setShownConclusion] = useState<string | undefined>(undefined);
  const showConclusion = useCallback((conclusionId: string) => {
    setShownConclusion(conclusionId);
    setTab('conclusions');
  }, []);
  const conversion = useMinutesConversion({ draftRef, change, onShow: showConclusion });
  const outline = useCallback(async () => {
    await flush();
    return invoke('meetings.minutesOutline', { id });
  }, [flush, id]);
  const showError = useCallback((e: unknown) => void message.error(describeError(e), 8), [message]);
  useSaveCommand(useCallback(() => void flush(), [flush]));
  useWindowTitle(draft ? draft.title.trim() || 'Cuộc họp mới' : 'Cuộc họp');

  if (loadError) return <ErrorAlert title="Không mở được cuộc họp." error={loadError} onRetry={reload} />;
  if (!draft) return <Spin description="Đang tải cuộc họp…" />;

  const remove = async () => {
    try {
      await invoke('meetings.delete', { id });
      message.success(
        <span>
          Đã chuyển cuộc họp vào <a href="#/trash">Thùng rác</a> (khôi phục được trong 30 ngày).
        </span>,
      );
      navigate('#/meetings');
    } catch (e) {
      message.error(describeError(e), 8);
    }
  };

  return (
    <div className="meeting-page">
      <RecordHeader
        backHref="#/meetings"
        backLabel="Danh sách cuộc họp"
        title={draft.title.trim() || 'Cuộc họp mới'}
        details={
          <Space className="muted">
            <Tag color="blue">{kindLabels[draft.kind]}</Tag>
            <span>{formatDateTime(draft.startsAt)}</span>
            {draft.location ? <span>· {draft.location}</span> : null}
          </Space>
        }
        autosave={autosave}
        neverSaved={!isStored}
        actions={
          <Popconfirm
            title="Xóa cuộc họp này?"
            description={<DeleteMeetingNote meetingId={id} />}
            okText="Chuyển vào Thùng rác"
            cancelText="Không"
            okButtonProps={{ danger: true }}
            onConfirm={() => void remove()}
          >
            <Button danger icon={<DeleteOutlined />} aria-label="Xóa cuộc họp" disabled={!isStored} />
          </Popconfirm>
        }
      />
      {leftOver ? (
        <Alert
          type="warning"
          showIcon
          title={`Có một cuộc họp mới chưa lưu từ lần trước${leftOver.title.trim() ? `: “${leftOver.title.trim()}”` : ''}.`}
          action={
            <Space>
              <Button
                size="small"
                type="primary"
                onClick={() => {
                  replace({ ...leftOver, id });
                  setEditorVersion((v) => v + 1);
                  setLeftOver(null);
                  touch();
                }}
              >
                Khôi phục
              </Button>
              <Button
                size="small"
                onClick={() => {
                  forgetUnsaved();
                  setLeftOver(null);
                }}
              >
                Bỏ
              </Button>
            </Space>
          }
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {conversion.picker}
      <PlainTabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'info',
            label: 'Thông tin chung',
            children: <GeneralInfoForm draft={draft} onChange={change} autoFocus={isNew} />,
          },
          {
            key: 'attendees',
            label: `Thành phần (${draft.attendees?.length ?? 0})`,
            children: (
              <AttendeesEditor
                attendees={draft.attendees ?? []}
                groups={draft.attendeeGroups ?? []}
                onChange={(attendees) => change({ attendees })}
                onAppend={appendAttendee}
                onGroupsChange={(attendeeGroups) => change({ attendeeGroups })}
              />
            ),
          },
          {
            key: 'minutes',
            label: 'Biên bản',
            children: (
              <Suspense fallback={<Spin description="Đang tải trình soạn thảo…" />}>
                <MinutesEditor
                  key={editorVersion}
                  initial={draft.minutes ?? null}
                  onDirty={touch}
                  onBlur={onEditorBlur}
                  bindSource={bindSource}
                  mentionables={mentionables}
                  find={find}
                  outline={isStored ? outline : 'unsaved'}
                  onSelectionAction={(action, text) => void conversion.convert(action, text)}
                  onError={showError}
                />
              </Suspense>
            ),
          },
          {
            key: 'conclusions',
            label: `Kết luận (${draft.conclusions?.length ?? 0})`,
            children: (
              <ConclusionsEditor
                conclusions={draft.conclusions ?? []}
                onChange={(conclusions) => change({ conclusions })}
                highlight={shownConclusion ?? conclusion}
              />
            ),
          },
          {
            key: 'documents',
            label: 'Văn bản',
            disabled: !isStored,
            children: <MeetingDocuments meetingId={id} beforeGenerate={flush} />,
          },
        ]}
      />
    </div>
  );
}

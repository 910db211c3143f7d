// One coordination programme: parties, year, the review meeting, the items; saved automatically;
// "Tạo văn bản" builds the joint document.
import { FileAddOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Select, Space, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RecordHeader } from '../../components/RecordHeader';
import { formatDateTime } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useAutosavedDraft } from '../../lib/useAutosavedDraft';
import { useDebounced } from '../../lib/useDebounced';
import { useSaveCommand, useWindowTitle } from '../../shell/commands';
import { navigate } from '../../shell/routes';
import { replaceHashQuietly } from '../../shell/useHashRoute';
import { blankProgramme, missingForProgramme, toProgrammeInput, type ProgrammeDraft } from './draft';
import { ProgrammeItemsTable } from './ProgrammeItemsTable';
import { OrganizationPicker } from '../../components/OrganizationPicker';

const meetingOption = (m: { id: string; startsAt: string; title: string }) => ({
  value: m.id,
  label: `${formatDateTime(m.startsAt)} — ${m.title}`,
});

function ReviewMeetingSelect({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const [text, setText] = useState('');
  const query = useDebounced(text, 200);
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  useEffect(() => {
    if (!value) return;
    let live = true;
    invoke('meetings.get', { id: value }).then(
      (m) => live && setChosen(meetingOption(m)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [value]);
  useEffect(() => {
    let live = true;
    invoke('meetings.list', { text: query || undefined, limit: 30 }).then(
      (page) => live && setOptions(page.items.map(meetingOption)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [query]);
  return (
    <Select
      id="programme-review"
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder="Gõ tên cuộc họp (không cần dấu)…"
      value={value ?? undefined}
      options={chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options}
      onChange={(v: string | undefined) => onChange(v ?? null)}
    />
  );
}

export function ProgrammePage({
  id,
  isNew,
  copyFrom,
}: {
  id: string;
  isNew: boolean;
  copyFrom?: string | undefined;
}) {
  const { message } = App.useApp();
  const [isStored, setIsStored] = useState(!isNew);
  const { busy: generating, error: docError, run } = useAction();

  const { draft, loadError, change, autosave } = useAutosavedDraft<ProgrammeDraft>({
    load: useCallback(
      (): Promise<ProgrammeDraft> =>
        copyFrom
          ? // The copy is made once on the server under this page's id (a reload asks again, harmlessly).
            invoke('programmes.copyToNextYear', { sourceId: copyFrom, id }).then((c) => {
              setIsStored(true);
              replaceHashQuietly(`#/programmes/${id}`);
              return c.programme;
            })
          : isNew
            ? Promise.resolve(blankProgramme(id, new Date().getFullYear()))
            : invoke('programmes.get', { id }),
      [id, isNew, copyFrom],
    ),
    validate: missingForProgramme,
    save: async (value) => {
      await invoke('programmes.save', toProgrammeInput(value));
      setIsStored(true);
      replaceHashQuietly(`#/programmes/${id}`);
    },
  });
  const { flush } = autosave;
  useSaveCommand(useCallback(() => void flush(), [flush]));
  useWindowTitle(draft ? draft.title || 'Chương trình mới' : 'Chương trình phối hợp');

  if (loadError) return <ErrorAlert title="Không mở được chương trình phối hợp." error={loadError} />;
  if (!draft) return <Spin description="Đang tải chương trình…" />;

  const generate = () =>
    run(async () => {
      await flush();
      const doc = await invoke('documents.generateFromProgramme', { programmeId: id });
      message.success(`Đã tạo dự thảo văn bản: ${doc.summary}`);
      navigate('#/documents');
    });

  return (
    <div>
      <RecordHeader
        backHref="#/programmes"
        backLabel="Danh sách chương trình"
        title={draft.title || 'Chương trình mới'}
        autosave={autosave}
        neverSaved={!isStored}
        actions={
          <Button
            type="primary"
            icon={<FileAddOutlined />}
            disabled={!isStored}
            loading={generating}
            onClick={() => void generate()}
          >
            Tạo văn bản
          </Button>
        }
      />
      <ErrorMessage message={docError} />
      <Form layout="vertical" component="div" style={{ maxWidth: 1000 }}>
        <Form.Item label="Tên chương trình" required htmlFor="programme-title">
          <Input.TextArea
            id="programme-title"
            autoSize={{ minRows: 1, maxRows: 3 }}
            value={draft.title}
            onChange={(e) => change({ title: e.target.value })}
          />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item label="Năm" htmlFor="programme-year">
            <InputNumber
              id="programme-year"
              min={1945}
              max={2200}
              value={draft.year}
              onChange={(v) => typeof v === 'number' && change({ year: v })}
            />
          </Form.Item>
          <Form.Item
            label="Cuộc họp đánh giá, thống nhất chương trình"
            htmlFor="programme-review"
            style={{ width: 640 }}
          >
            <ReviewMeetingSelect
              value={draft.reviewMeetingId ?? null}
              onChange={(reviewMeetingId) => change({ reviewMeetingId })}
            />
          </Form.Item>
        </Space>
        <Form.Item
          label="Các cơ quan phối hợp"
          required
          htmlFor="programme-parties"
          validateStatus={draft.partyIds.length >= 2 ? undefined : 'warning'}
          help={draft.partyIds.length >= 2 ? undefined : 'Chương trình phối hợp cần ít nhất hai cơ quan.'}
        >
          <OrganizationPicker
            id="programme-parties"
            label="Các cơ quan phối hợp"
            mode="multiple"
            allowCreate
            value={draft.partyIds}
            onChange={(partyIds) => change({ partyIds })}
          />
        </Form.Item>
      </Form>
      <h3>Nội dung phối hợp</h3>
      <ProgrammeItemsTable items={draft.items} onChange={(items) => change({ items })} />
    </div>
  );
}

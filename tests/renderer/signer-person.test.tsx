// @vitest-environment jsdom
// The signer's person in the document form's signers: an accent-insensitive type-ahead over the real
// directory (the attendees' PersonPicker), shown by name once chosen, clearable, and saved with the draft.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { demoIds } from '../../main/demo/seed-data';
import type { Signer } from '../../shared/exchange';
import { serveDemoDatabase } from './real-api';
import './setup';

vi.mock('../../renderer/src/api', async () => (await import('./real-api')).apiOverDatabase);

const { DocumentForm } = await import('../../renderer/src/features/documents/DocumentForm');
const { invoke } = await import('../../renderer/src/api');
const db = serveDemoDatabase();

type Draft = Parameters<typeof DocumentForm>[0]['doc'];

/** The document form holding its draft in state, as DocumentPage does; `seen` gets every change. */
function Harness({ initial, seen }: { initial: Draft; seen: (d: Draft) => void }) {
  const [doc, setDoc] = useState(initial);
  return (
    <DocumentForm
      doc={doc}
      readOnly={false}
      onChange={(patch) => {
        const next = { ...doc, ...patch };
        seen(next);
        setDoc(next);
      }}
    />
  );
}

const signerCombo = (n: number) => screen.getByRole('combobox', { name: `Người ký ${n}` });
const visibleOptions = () => [...document.querySelectorAll('.ant-select-item-option')];

describe('signer person picker', () => {
  it('finds a person typed without accents, shows the chosen name, clears it, and the draft saves it', async () => {
    const source = db().services.documents.get(demoIds.notice2015);
    const initial: Draft = {
      ...source,
      id: crypto.randomUUID(),
      status: 'draft',
      number: null,
      issuedOn: null,
      signers: [{ authority: 'KT', authorityBody: 'CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH' }],
    };
    let latest = initial;
    render(<Harness initial={initial} seen={(d) => (latest = d)} />);

    const combo = signerCombo(1);
    fireEvent.mouseDown(combo);
    fireEvent.change(combo, { target: { value: 'le thi hong khanh' } });
    // Her line says what she was at her latest meeting (two people may share a name); the last line
    // adds someone not yet in the directory ("Thêm cán bộ …").
    const latestTitle = (
      db()
        .db.prepare(
          `SELECT a.title_on_day AS title FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
           WHERE a.person_id = ? AND a.title_on_day <> '' ORDER BY m.starts_at DESC LIMIT 1`,
        )
        .get(demoIds.leThiHongKhanh) as { title: string }
    ).title;
    await waitFor(() =>
      expect(visibleOptions().map((o) => o.textContent)).toEqual([
        `Lê Thị Hồng Khanh — ${latestTitle}`,
        '+ Thêm cán bộ mới “le thi hong khanh”…',
      ]),
    );
    fireEvent.click(visibleOptions()[0]!);

    expect(latest.signers).toEqual([
      {
        authority: 'KT',
        authorityBody: 'CHỦ TỊCH',
        position: 'PHÓ CHỦ TỊCH',
        personId: demoIds.leThiHongKhanh,
      },
    ]);
    const field = combo.closest('.ant-select') as HTMLElement;
    await waitFor(() => expect(field.textContent).toContain('Lê Thị Hồng Khanh'));

    // Saved as DocumentPage saves it: the signer row holds the person.
    await invoke('documents.saveDraft', latest);
    const row = db()
      .db.prepare('SELECT person_id, signer_position FROM document_signers WHERE document_id = ?')
      .get(initial.id);
    expect(row).toEqual({ person_id: demoIds.leThiHongKhanh, signer_position: 'PHÓ CHỦ TỊCH' });

    const clear = field.querySelector('.ant-select-clear') as HTMLElement;
    fireEvent.mouseDown(clear);
    fireEvent.click(clear);
    expect(latest.signers?.[0]?.personId).toBeNull();
    await waitFor(() => expect(field.textContent).not.toContain('Lê Thị Hồng Khanh'));
  });

  it('shows the name of a signer already chosen, loaded from the directory', async () => {
    const signers: Signer[] = [
      {
        authority: 'TM',
        authorityBody: 'ỦY BAN NHÂN DÂN',
        position: 'CHỦ TỊCH',
        personId: demoIds.nguyenXuanDuong,
      },
      { authority: '', position: 'THƯ KÝ' },
    ];
    const source = db().services.documents.get(demoIds.notice2015);
    render(<Harness initial={{ ...source, signers }} seen={() => undefined} />);
    const first = signerCombo(1).closest('.ant-select') as HTMLElement;
    await waitFor(() => expect(first.textContent).toContain('Nguyễn Xuân Đường'));
    const second = signerCombo(2).closest('.ant-select') as HTMLElement;
    expect(within(second).queryByText('Nguyễn Xuân Đường')).toBeNull();
  });
});

// A coordination programme as the editor holds it.
import type { Stored } from '../../../../shared/domain';
import type { Programme } from '../../../../shared/exchange';
import { plainToRichText } from '../../../../shared/rich-text';

export type ProgrammeDraft = Omit<Stored<Programme>, 'updatedAt'> & { updatedAt?: string };

export function blankProgramme(id: string, year: number): ProgrammeDraft {
  return {
    id,
    title: `Chương trình phối hợp năm ${year}`,
    year,
    partyIds: [],
    reviewMeetingId: null,
    items: [],
  };
}

export function blankItem(order: number) {
  return { order, content: plainToRichText(''), leadIds: [], supportIds: [], timing: '' };
}

export function missingForProgramme(p: ProgrammeDraft): string[] {
  const missing: string[] = [];
  if (!p.title.trim()) missing.push('tên chương trình');
  if (p.partyIds.length < 2) missing.push('ít nhất hai cơ quan tham gia');
  return missing;
}

export function toProgrammeInput(p: ProgrammeDraft): Programme {
  return { ...p, items: p.items.map((item, i) => ({ ...item, order: i + 1 })) } as Programme;
}

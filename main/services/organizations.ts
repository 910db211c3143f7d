import type { z } from 'zod';
import type { OrganizationSummary, Stored } from '../../shared/domain';
import { organizationQuerySchema } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { Organization } from '../../shared/exchange';
import type { ServiceContext } from './context';
import { deleteOrExplain, found, writing } from './guards';
import { upsertKeepingStamp } from './stamps';

export function createOrganizationService({ db, repos, now }: ServiceContext) {
  const repo = repos.organizations;

  function assertNoCycle(id: string, parentId: string | null | undefined): void {
    const seen = new Set([id]);
    for (let current = parentId; current; current = repo.get(current)?.parentId) {
      if (seen.has(current))
        throw new AppError('E_VALIDATION', 'Cơ quan cấp trên không hợp lệ: tạo thành vòng lặp.', {
          path: 'parentId',
        });
      seen.add(current);
    }
  }

  return {
    list(query: z.input<typeof organizationQuerySchema> = {}): OrganizationSummary[] {
      return repo.list(organizationQuerySchema.parse(query));
    },
    get(id: string): Stored<Organization> {
      return found(repo.get(id), 'cơ quan', id);
    },
    save(input: Organization): Stored<Organization> {
      if (input.parentId && !repo.get(input.parentId))
        throw new AppError('E_VALIDATION', 'Không tìm thấy cơ quan cấp trên đã chọn.', { path: 'parentId' });
      assertNoCycle(input.id, input.parentId);
      return writing(() => db.transaction(() => upsertKeepingStamp(repo, input, now))());
    },
    delete(id: string): void {
      deleteOrExplain(() => repo.delete(id), 'cơ quan', id);
    },
    /** The body and its parents, nearest first (for the header block and Party term lookup). */
    lineage(id: string): Stored<Organization>[] {
      const chain: Stored<Organization>[] = [];
      for (
        let org = repo.get(id);
        org && chain.length < 20;
        org = org.parentId ? repo.get(org.parentId) : undefined
      )
        chain.push(org);
      return chain;
    },
  };
}

export type OrganizationService = ReturnType<typeof createOrganizationService>;

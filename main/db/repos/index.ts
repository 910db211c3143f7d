import type { Db } from '../types';
import { createDocumentRepo } from './documents';
import { createMeetingRepo } from './meetings';
import { createOrganizationRepo } from './organizations';
import { createPersonRepo } from './people';
import { createProgrammeRepo } from './programmes';
import { createRegisterRepo } from './register';
import { createSettingsRepo } from './settings';

export function createRepos(db: Db) {
  return {
    organizations: createOrganizationRepo(db),
    people: createPersonRepo(db),
    meetings: createMeetingRepo(db),
    programmes: createProgrammeRepo(db),
    documents: createDocumentRepo(db),
    register: createRegisterRepo(db),
    settings: createSettingsRepo(db),
  };
}

export type Repos = ReturnType<typeof createRepos>;

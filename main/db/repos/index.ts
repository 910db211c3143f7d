import type { Db } from '../types';
import { createDocumentRepo } from './documents';
import { createMeetingRepo } from './meetings';
import { createOrganizationRepo } from './organizations';
import { createPersonRepo } from './people';
import { createPersonAttendanceRepo } from './person-attendance';
import { createProgrammeRepo } from './programmes';
import { createRegisterRepo } from './register';
import { createSettingsRepo } from './settings';
import { createTrashRepo } from './trash';

export function createRepos(db: Db) {
  return {
    organizations: createOrganizationRepo(db),
    people: createPersonRepo(db),
    personAttendance: createPersonAttendanceRepo(db),
    meetings: createMeetingRepo(db),
    programmes: createProgrammeRepo(db),
    documents: createDocumentRepo(db),
    register: createRegisterRepo(db),
    settings: createSettingsRepo(db),
    trash: createTrashRepo(db),
  };
}

export type Repos = ReturnType<typeof createRepos>;

// The one IPC contract. Each call is declared once: its name, the zod schema of its input and the
// type of its result. The main-process handlers and the renderer's client are both typed from it,
// so a missing or mistyped handler fails `tsc`, and every input is validated at the boundary.
import { z } from 'zod';
import {
  documentListQuerySchema,
  meetingDraftTypes,
  meetingListQuerySchema,
  organizationQuerySchema,
  peopleQuerySchema,
  PEOPLE_GET_MANY_MAX,
  type DocumentSummary,
  type GeneratedDraft,
  type MeetingSummary,
  type OrganizationSummary,
  type Page,
  type PersonTitle,
  type ProgrammeSummary,
  type Stored,
  type StoredMeeting,
} from './domain';
import {
  dateSchema,
  documentSchema,
  documentTypes,
  idSchema,
  meetingSchema,
  organizationSchema,
  personSchema,
  programmeSchema,
  type OfficialDocument,
  type Organization,
  type Person,
  type Programme,
} from './exchange';
import {
  backupCreateInputSchema,
  backupFileInputSchema,
  backupSettingsSchema,
  mergeApplyInputSchema,
  type BackupCreated,
  type CollectionCounts,
  type BackupFileInfo,
  type BackupSettings,
  type BackupStatus,
  type MergePlanSummary,
  type MergeResult,
  type RestoreResult,
} from './backup';
import {
  chooseOpenPathSchema,
  chooseSavePathSchema,
  openPathSchema,
  saveDocxToSchema,
  type SavedFile,
} from './files';
import type { AppCommand } from './commands';
import type { NumberPreview } from './document-number';
import type { RecipientSuggestions } from './recipients';
import type { RichTextNode } from './rich-text';
import type { Result } from './result';
import {
  mergePeopleSchema,
  type DuplicateCandidate,
  type MergePeopleResult,
  type PersonListItem,
} from './directory';
import { officeProfileSchema, type OfficeProfile } from './settings';
import { trashIdSchema, type TrashEntry } from './trash';
import { searchQuerySchema, type SearchResult } from './search';
import { conclusionReportSchema, saveConclusionReportSchema, type ReportFile } from './reports';
import {
  saveWeekScheduleSchema,
  weekScheduleDocxSchema,
  weekScheduleQuerySchema,
  type ScheduleFile,
  type WeekSchedule,
} from './schedule';
import {
  reminderSettingsSchema,
  taskBulkStatusSchema,
  taskListQuerySchema,
  taskReassignSchema,
  taskStatsQuerySchema,
  taskUpdateSchema,
  type ReminderDigest,
  type ReminderSettings,
  type TasksChanged,
  type TaskStatsRow,
  type DashboardSummary,
  type TaskDetail,
  type TaskSummary,
} from './tasks';

/** Declares a call returning `O`: `returns<O>()(inputSchema)`. */
const returns =
  <O>() =>
  <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O });

const none = z.object({});
/** A number in the register (sổ văn bản đi). */
const registerNumberSchema = z.int().min(1).max(99_999);
const byId = z.object({ id: idSchema });

export interface AppInfo {
  version: string;
  databasePath: string;
  schemaVersion: number;
  /** ISO date and time the app was built; null when running from sources. */
  buildDate: string | null;
  /** The data folder (database, automatic backups, log). */
  dataDir: string;
  logDir: string;
}

export const ipcContract = {
  'app.info': returns<AppInfo>()(none),

  'organizations.list': returns<OrganizationSummary[]>()(organizationQuerySchema),
  'organizations.get': returns<Stored<Organization>>()(byId),
  'organizations.save': returns<Stored<Organization>>()(organizationSchema),
  'organizations.delete': returns<null>()(byId),

  /** Given name first, in the Vietnamese order; each with the title and unit of their latest meeting. */
  'people.list': returns<Page<PersonListItem>>()(peopleQuerySchema),
  'people.get': returns<Stored<Person>>()(byId),
  /** The people with these ids that exist, in the order asked (an attendee list names its rows at once). */
  'people.getMany': returns<Stored<Person>[]>()(
    z.object({ ids: z.array(idSchema).max(PEOPLE_GET_MANY_MAX) }),
  ),
  'people.titles': returns<PersonTitle[]>()(byId),
  'people.save': returns<Stored<Person>>()(personSchema),
  'people.delete': returns<null>()(byId),

  'meetings.list': returns<Page<MeetingSummary>>()(meetingListQuerySchema),
  'meetings.get': returns<StoredMeeting>()(byId),
  'meetings.save': returns<StoredMeeting>()(meetingSchema),
  'meetings.delete': returns<null>()(byId),
  /** The outline a new biên bản starts from: the meeting's time, place, people, items, then Kết luận. */
  'meetings.minutesOutline': returns<RichTextNode>()(byId),

  'programmes.list': returns<ProgrammeSummary[]>()(
    z.object({ year: z.int().min(1945).max(2200).optional() }),
  ),
  'programmes.get': returns<Stored<Programme>>()(byId),
  'programmes.save': returns<Stored<Programme>>()(programmeSchema),
  'programmes.delete': returns<null>()(byId),
  /** A draft for the next year under `id` (chosen by the screen: the same id again returns the same copy). */
  'programmes.copyToNextYear': returns<{ programme: Stored<Programme>; yearChanges: number }>()(
    z.object({ sourceId: idSchema, id: idSchema }),
  ),

  'documents.list': returns<Page<DocumentSummary>>()(documentListQuerySchema),
  'documents.get': returns<Stored<OfficialDocument>>()(byId),
  'documents.saveDraft': returns<Stored<OfficialDocument>>()(documentSchema),
  'documents.delete': returns<null>()(byId),
  /** `number`: one given on paper instead of the register's next (E_REGISTER_NUMBER_USED if its series has it). */
  'documents.issue': returns<Stored<OfficialDocument>>()(
    z.object({ id: idSchema, issuedOn: dateSchema.optional(), number: registerNumberSchema.optional() }),
  ),
  'documents.duplicate': returns<Stored<OfficialDocument>>()(byId),
  // base64 so the file crosses both Electron IPC and the preview's JSON.
  'documents.exportDocx': returns<{ fileName: string; dataBase64: string }>()(byId),
  /** Writes the exported DOCX to a path (atomically; a file open in Word → E_FILE_LOCKED). */
  'documents.saveDocxTo': returns<SavedFile>()(saveDocxToSchema),
  'documents.generateFromMeeting': returns<Stored<OfficialDocument>>()(
    z.object({ meetingId: idSchema, type: z.enum(['conclusion-notice', 'minutes']) }),
  ),
  /** A draft of any type a meeting gives rise to, by the meeting's organizers or the bodies named. */
  'documents.draftFromMeeting': returns<GeneratedDraft>()(
    z.object({
      meetingId: idSchema,
      type: z.enum(meetingDraftTypes),
      issuerIds: z.array(idSchema).min(1).max(10).optional(),
    }),
  ),
  'documents.generateFromProgramme': returns<Stored<OfficialDocument>>()(z.object({ programmeId: idSchema })),
  /** Nơi nhận to offer while drafting: the issuer's usual lines (most frequent first), the meeting's units. */
  'documents.usualRecipients': returns<RecipientSuggestions>()(
    z.object({ issuerId: idSchema, meetingId: idSchema.optional() }),
  ),

  'register.peekNext': returns<number>()(
    z.object({ issuerId: idSchema, type: z.enum(documentTypes), issuedOn: dateSchema }),
  ),
  'register.setTermStart': returns<null>()(z.object({ organizationId: idSchema, startsOn: dateSchema })),
  /** "Số dự kiến": the next number of a draft's series (or a chosen one) as printed, and who holds it. */
  'register.preview': returns<NumberPreview>()(
    z.object({
      issuerIds: z.array(idSchema).min(1).max(10),
      type: z.enum(documentTypes),
      symbol: z.string().max(100).optional(),
      issuedOn: dateSchema,
      number: registerNumberSchema.optional(),
    }),
  ),

  'tasks.list': returns<Page<TaskSummary>>()(taskListQuerySchema),
  'tasks.get': returns<TaskDetail>()(byId),
  /** Status, due date and/or a new progress note, from the task list (E_CONFLICT on a stale copy). */
  'tasks.update': returns<TaskDetail>()(taskUpdateSchema),
  /** The selected rows to one status, all or none (Kết luận & nhiệm vụ). */
  'tasks.bulkStatus': returns<TasksChanged>()(taskBulkStatusSchema),
  /** New lead and support units for the selected tasks. */
  'tasks.reassign': returns<TasksChanged>()(taskReassignSchema),
  /** Done / on track / overdue per lead unit or per month (the dashboard's charts). */
  'tasks.stats': returns<TaskStatsRow[]>()(taskStatsQuerySchema),
  'dashboard.summary': returns<DashboardSummary>()(none),
  /** What is overdue or due within 7 days (the banner; empty when reminders are off). */
  'reminders.digest': returns<ReminderDigest>()(none),
  'reminders.settings': returns<ReminderSettings>()(none),
  'reminders.saveSettings': returns<ReminderSettings>()(reminderSettingsSchema),
  /** Báo cáo tình hình thực hiện kết luận as DOCX or XLSX (base64, for IPC and the preview's download). */
  'reports.conclusions': returns<ReportFile>()(conclusionReportSchema),
  /** The same report written where the save dialog chose (desktop app only, as documents.saveDocxTo). */
  'reports.saveConclusionsTo': returns<SavedFile>()(saveConclusionReportSchema),
  /** Lịch công tác tuần: the week's meetings by day and by leader. */
  'schedule.week': returns<WeekSchedule>()(weekScheduleQuerySchema),
  /** The week printed as the office's schedule (landscape DOCX of the issuing body). */
  'schedule.weekDocx': returns<ScheduleFile>()(weekScheduleDocxSchema),
  'schedule.saveWeekDocxTo': returns<SavedFile>()(saveWeekScheduleSchema),
  'settings.get': returns<OfficeProfile>()(none),
  'settings.save': returns<OfficeProfile>()(officeProfileSchema),
  /** Groups of same-name people, each with their titles, units and meetings, to tell them apart. */
  'directory.duplicatePeople': returns<DuplicateCandidate[][]>()(none),
  'directory.mergePeople': returns<MergePeopleResult>()(mergePeopleSchema),
  /** Full-text search: the first page of each kind, ranked, with highlighted snippets. */
  'search.query': returns<SearchResult>()(searchQuerySchema),

  // Thùng rác: deleted meetings (with their documents), drafts and people, restorable for 30 days.
  'trash.list': returns<TrashEntry[]>()(none),
  'trash.restore': returns<TrashEntry>()(trashIdSchema),
  /** Deletes an entry for good. */
  'trash.remove': returns<null>()(trashIdSchema),

  // Cài đặt → Sao lưu & khôi phục. Poll `backup.status` for the progress of a running backup.
  'backup.status': returns<BackupStatus>()(none),
  'backup.saveSettings': returns<BackupSettings>()(backupSettingsSchema),
  'backup.create': returns<BackupCreated>()(backupCreateInputSchema),
  'backup.runNow': returns<BackupCreated>()(none),
  'backup.inspect': returns<BackupFileInfo>()(backupFileInputSchema),
  'backup.restore': returns<RestoreResult>()(backupFileInputSchema),
  'backup.mergePreview': returns<MergePlanSummary>()(backupFileInputSchema),
  'backup.mergeApply': returns<MergeResult>()(mergeApplyInputSchema),

  // Native dialogs and the system's file opener: Electron only (E_USAGE in the browser preview).
  /** The chosen path, or null when the dialog was cancelled. */
  'files.chooseSavePath': returns<string | null>()(chooseSavePathSchema),
  'files.chooseOpenPath': returns<string | null>()(chooseOpenPathSchema),
  'files.openPath': returns<null>()(openPathSchema),

  /** The file the system asked the app to open (a double-clicked .sohop), once; null when none waits. */
  'opened.take': returns<string | null>()(none),

  /** First run: a new database (nothing in it, no office chosen) opens on the welcome. */
  'welcome.status': returns<{ firstRun: boolean }>()(none),
  /** "Nạp dữ liệu mẫu": the demo data, merged like an exchange import. */
  'welcome.loadDemo': returns<Record<'added' | 'updated' | 'skipped', CollectionCounts>>()(none),
} as const;

export type IpcContract = typeof ipcContract;
export type Channel = keyof IpcContract;
/** What a caller passes (defaults may be left out). */
export type InputOf<C extends Channel> = z.input<IpcContract[C]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInputOf<C extends Channel> = z.output<IpcContract[C]['input']>;
export type OutputOf<C extends Channel> = IpcContract[C]['output'];

export type Handler<C extends Channel> = (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

export const channels = Object.keys(ipcContract) as Channel[];
export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.hasOwn(ipcContract, name);

export { ipcChannelName } from './ipc-channels';

/** What the preload exposes on `window.sohop`, and what the preview's HTTP client mimics. */
export interface SoHopBridge {
  invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
  /** Commands from the application menu (Electron only); returns a function that stops listening. */
  onCommand(listener: (command: AppCommand) => void): () => void;
}

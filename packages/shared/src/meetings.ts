import { z } from 'zod';
import { personalDataConfirmation } from './privacy/personal-data-confirmation';
import { idSchema } from './ids';
import { wholeNumberIn } from './number-range';
import { linkedActionSchema } from './bottlenecks';

/** planned → open (people check in, minutes are written) → closed; a facilitator may reopen. */
export const meetingStateSchema = z.enum(['planned', 'open', 'closed']);
export type MeetingState = z.infer<typeof meetingStateSchema>;

/** Work forms of a learning-network meeting; the first three link to the thing they run. */
export const agendaBlockKindSchema = z.enum(['cafe', 'statements', 'intervision', 'plenary', 'free']);
export type AgendaBlockKind = z.infer<typeof agendaBlockKindSchema>;
export const LINKED_BLOCK_KINDS: readonly AgendaBlockKind[] = ['cafe', 'statements', 'intervision'];

export const MEETING_LIMITS = {
  titleMax: 160,
  descriptionMax: 2000,
  agendaMax: 20,
  actionTextMax: 500,
} as const;

export const agendaBlockInputSchema = z
  .object({
    kind: agendaBlockKindSchema,
    title: z.string().trim().min(1).max(MEETING_LIMITS.titleMax),
    minutes: wholeNumberIn(5, 480),
    /** The café, statement discussion or technology (intervision) the block runs. */
    linkId: idSchema.nullable().default(null),
  })
  .refine((block) => block.linkId === null || LINKED_BLOCK_KINDS.includes(block.kind), {
    message: 'only café, statement and intervision blocks link to something',
    path: ['linkId'],
  });
export type AgendaBlockInput = z.input<typeof agendaBlockInputSchema>;

const isoDateTime = z.iso.datetime({ offset: true });

export const ACCREDITATION_LIMITS = { registerMax: 120, numberMax: 60, amountMax: 100 } as const;

/** What an accreditation counts in: registers award points or count hours. */
export const accreditationUnitSchema = z.enum(['points', 'hours']);
export type AccreditationUnit = z.infer<typeof accreditationUnitSchema>;

/**
 * The accreditation of a meeting as the facilitator enters it, printed on every certificate so
 * professionals can claim it in their register.
 */
export const accreditationSchema = z.object({
  /** The accrediting body or register, e.g. "SKJ" or "Registerplein". */
  register: z.string().trim().min(2).max(ACCREDITATION_LIMITS.registerMax),
  /** The accreditation (or activity) number the register gave. */
  number: z.string().trim().min(1).max(ACCREDITATION_LIMITS.numberMax),
  /** Points or hours awarded; halves allowed. */
  amount: z.number().positive().max(ACCREDITATION_LIMITS.amountMax).multipleOf(0.5),
  unit: accreditationUnitSchema,
});
export type Accreditation = z.infer<typeof accreditationSchema>;

export const createMeetingRequestSchema = z.object({
  title: z.string().trim().min(3).max(MEETING_LIMITS.titleMax),
  description: z.string().trim().max(MEETING_LIMITS.descriptionMax).default(''),
  startsAt: isoDateTime,
  durationMinutes: wholeNumberIn(15, 720),
  /** Defaults to the person creating it. */
  facilitatorId: idSchema.optional(),
  agenda: z.array(agendaBlockInputSchema).max(MEETING_LIMITS.agendaMax).default([]),
  ...personalDataConfirmation,
});
export type CreateMeetingRequest = z.input<typeof createMeetingRequestSchema>;
export type ValidCreateMeetingRequest = z.output<typeof createMeetingRequestSchema>;

export const updateMeetingRequestSchema = z
  .object({
    title: z.string().trim().min(3).max(MEETING_LIMITS.titleMax),
    description: z.string().trim().max(MEETING_LIMITS.descriptionMax),
    startsAt: isoDateTime,
    durationMinutes: wholeNumberIn(15, 720),
    facilitatorId: idSchema,
    agenda: z.array(agendaBlockInputSchema).max(MEETING_LIMITS.agendaMax),
    ...personalDataConfirmation,
    /** null takes the accreditation off. */
    accreditation: accreditationSchema.nullable(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, { message: 'nothing to change' });
export type UpdateMeetingRequest = z.input<typeof updateMeetingRequestSchema>;
export type ValidUpdateMeetingRequest = z.output<typeof updateMeetingRequestSchema>;

export const meetingStateRequestSchema = z.object({ state: meetingStateSchema });
export type MeetingStateRequest = z.infer<typeof meetingStateRequestSchema>;

/** A facilitator's correction of the attendance list. */
export const attendanceRequestSchema = z.object({ present: z.boolean() });
export type AttendanceRequest = z.infer<typeof attendanceRequestSchema>;

export const agendaBlockSchema = z.object({
  kind: agendaBlockKindSchema,
  title: z.string(),
  minutes: z.number().int(),
  linkId: idSchema.nullable(),
  /** Title of what it links to, or null when unlinked or gone. */
  linkTitle: z.string().nullable(),
});
export type AgendaBlock = z.infer<typeof agendaBlockSchema>;

export const attendeeSchema = z.object({
  userId: idSchema,
  name: z.string(),
  organisationName: z.string(),
  checkedInAt: z.string(),
  /** Checked in themselves, or added by the facilitator. */
  by: z.enum(['self', 'facilitator']),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const actionStatusSchema = z.enum(['open', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

const dueDateSchema = z.iso.date();

export const createActionRequestSchema = z.object({
  text: z.string().trim().min(3).max(MEETING_LIMITS.actionTextMax),
  ownerId: idSchema,
  dueDate: dueDateSchema.nullable().default(null),
  bottleneckId: idSchema.nullable().default(null),
  ...personalDataConfirmation,
});
export type CreateActionRequest = z.input<typeof createActionRequestSchema>;
export type ValidCreateActionRequest = z.output<typeof createActionRequestSchema>;

export const updateActionRequestSchema = z
  .object({
    text: z.string().trim().min(3).max(MEETING_LIMITS.actionTextMax),
    ownerId: idSchema,
    dueDate: dueDateSchema.nullable(),
    status: actionStatusSchema,
    bottleneckId: idSchema.nullable(),
    ...personalDataConfirmation,
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, { message: 'nothing to change' });
export type UpdateActionRequest = z.input<typeof updateActionRequestSchema>;
export type ValidUpdateActionRequest = z.output<typeof updateActionRequestSchema>;

export const meetingActionSchema = linkedActionSchema.extend({
  ownerId: idSchema,
  meetingTitle: z.string(),
  bottleneckId: idSchema.nullable(),
  bottleneckTitle: z.string().nullable(),
  createdAt: z.string(),
});
export type MeetingAction = z.infer<typeof meetingActionSchema>;

export const meetingSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  state: meetingStateSchema,
  facilitator: z.object({ id: idSchema, name: z.string() }),
  attendeeCount: z.number().int(),
  checkedIn: z.boolean(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const meetingSchema = meetingSummarySchema.extend({
  description: z.string(),
  agenda: z.array(agendaBlockSchema),
  attendees: z.array(attendeeSchema),
  actions: z.array(meetingActionSchema),
  /** The shared minutes document (Yjs), edited live by everyone present. */
  minutesDocument: z.string(),
  /** null when the meeting is not accredited. */
  accreditation: accreditationSchema.nullable(),
  /** The viewer may change the meeting, its attendance and its actions. */
  canManage: z.boolean(),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** Someone a facilitator can add to the attendance list. */
export const meetingPersonSchema = z.object({ id: idSchema, name: z.string(), organisationName: z.string() });
export type MeetingPerson = z.infer<typeof meetingPersonSchema>;

export const meetingDocuments = {
  minutes: (meetingId: string) => `meeting:${meetingId}:minutes`,
};

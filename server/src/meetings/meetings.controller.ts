import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, type StreamableFile } from '@nestjs/common';
import {
  attendanceRequestSchema,
  createActionRequestSchema,
  createMeetingRequestSchema,
  idParamsSchema,
  idSchema,
  meetingStateRequestSchema,
  Role,
  updateMeetingRequestSchema,
  type AttendanceRequest,
  type Meeting,
  type MeetingAction,
  type MeetingPerson,
  type MeetingStateRequest,
  type MeetingSummary,
  type User,
  type ValidCreateActionRequest,
  type ValidCreateMeetingRequest,
  type ValidUpdateMeetingRequest,
} from '@leernetwerk/shared';
import { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { pdfDownload } from '../common/download-name';
import { ZodPipe } from '../common/zod-body.pipe';
import { ActionsService } from './actions.service';
import { MeetingsService } from './meetings.service';
import { PersonalDataPipe } from '../privacy/personal-data.pipe';
import { MEETING_TEXTS } from '../privacy/guarded-texts';
import { Idempotent } from '../common/idempotency/idempotent.decorator';

type IdParams = { id: string };
const idParams = new ZodPipe(idParamsSchema);
const attendeeParams = new ZodPipe(z.object({ id: idSchema, userId: idSchema }));
const certificateQuery = new ZodPipe(z.object({ userId: idSchema.optional() }));

/** Meetings of the learning network: agenda, state, attendance, certificates and their actions. */
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly actions: ActionsService,
  ) {}

  @Get()
  list(@CurrentUser() viewer: User): Promise<MeetingSummary[]> {
    return this.meetings.list(viewer);
  }

  @Post()
  @Idempotent()
  @Roles(Role.Facilitator, Role.Coordinator)
  create(
    @CurrentUser() actor: User,
    @Body(new ZodPipe(createMeetingRequestSchema), new PersonalDataPipe(...MEETING_TEXTS))
    body: ValidCreateMeetingRequest,
  ): Promise<Meeting> {
    return this.meetings.create(actor, body);
  }

  @Get(':id')
  get(@CurrentUser() viewer: User, @Param(idParams) { id }: IdParams): Promise<Meeting> {
    return this.meetings.get(viewer, id);
  }

  @Patch(':id')
  update(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(updateMeetingRequestSchema), new PersonalDataPipe(...MEETING_TEXTS))
    body: ValidUpdateMeetingRequest,
  ): Promise<Meeting> {
    return this.meetings.update(actor, id, body);
  }

  @Put(':id/state')
  setState(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(meetingStateRequestSchema)) body: MeetingStateRequest,
  ): Promise<Meeting> {
    return this.meetings.setState(actor, id, body.state);
  }

  @Post(':id/check-in')
  @HttpCode(200)
  checkIn(@CurrentUser() actor: User, @Param(idParams) { id }: IdParams): Promise<Meeting> {
    return this.meetings.checkIn(actor, id);
  }

  @Get(':id/people')
  people(@CurrentUser() actor: User, @Param(idParams) { id }: IdParams): Promise<MeetingPerson[]> {
    return this.meetings.people(actor, id);
  }

  @Put(':id/attendance/:userId')
  setAttendance(
    @CurrentUser() actor: User,
    @Param(attendeeParams) { id, userId }: { id: string; userId: string },
    @Body(new ZodPipe(attendanceRequestSchema)) body: AttendanceRequest,
  ): Promise<Meeting> {
    return this.meetings.setAttendance(actor, id, userId, body.present);
  }

  @Get(':id/certificate.pdf')
  async certificate(
    @CurrentUser() viewer: User,
    @Param(idParams) { id }: IdParams,
    @Query(certificateQuery) query: { userId?: string },
  ): Promise<StreamableFile> {
    return pdfDownload(await this.meetings.certificate(viewer, id, query.userId));
  }

  @Post(':id/actions')
  @Idempotent()
  addAction(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(createActionRequestSchema), new PersonalDataPipe('text')) body: ValidCreateActionRequest,
  ): Promise<MeetingAction> {
    return this.actions.create(actor, id, body);
  }
}

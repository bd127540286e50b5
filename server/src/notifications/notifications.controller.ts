import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { markReadRequestSchema, type MarkReadRequest, type NotificationList, type User } from '@leernetwerk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { Notifier } from './notifier';

@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifier: Notifier) {}

  @Get()
  list(@CurrentUser() user: User): Promise<NotificationList> {
    return this.notifier.list(user);
  }

  /** Marks the given notifications (or all) as read. */
  @Post('read')
  @HttpCode(204)
  async markRead(
    @CurrentUser() user: User,
    @Body(new ZodPipe(markReadRequestSchema)) body: MarkReadRequest,
  ): Promise<void> {
    await this.notifier.markRead(user, body.ids);
  }
}

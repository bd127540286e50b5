import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { markReadRequestSchema, type MarkReadRequest, type NotificationList, type User } from '@leernetwerk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { NotificationsService } from './notifications.service';

@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  list(@CurrentUser() user: User): Promise<NotificationList> {
    return this.notifications.list(user);
  }

  /** Marks the given notifications (or all) as read. */
  @Post('read')
  @HttpCode(204)
  async markRead(
    @CurrentUser() user: User,
    @Body(new ZodPipe(markReadRequestSchema)) body: MarkReadRequest,
  ): Promise<void> {
    await this.notifications.markRead(user, body.ids);
  }
}

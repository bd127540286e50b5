import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { RealtimeModule } from '../realtime/realtime.module';
import { NotificationRecord, NotificationSchema } from './notification.schema';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { Notifier } from './notifier';

/** Every user's notification list, filled by the features (intervision, bottlenecks, meetings). */
@Module({
  imports: [MongooseModule.forFeature([{ name: NotificationRecord.name, schema: NotificationSchema }]), RealtimeModule],
  controllers: [NotificationsController],
  providers: [NotificationsRepository, Notifier],
  exports: [Notifier],
})
export class NotificationsModule {}

import { Module } from '@nestjs/common';
import { CafesModule } from '../cafes/cafes.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { UsersModule } from '../users/users.module';
import { MediaController } from './media.controller';
import { MediaServer } from './media-server';
import { MediaService } from './media.service';

@Module({
  imports: [CafesModule, MeetingsModule, UsersModule],
  controllers: [MediaController],
  providers: [MediaServer, MediaService],
})
export class MediaModule {}

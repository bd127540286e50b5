import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from '../users/users.module';
import { LiveRooms } from './live-rooms';
import { LiveGateway } from './live.gateway';
import { SocketAuthenticator } from './socket-authenticator';

@Module({
  imports: [AuthModule, UsersModule],
  providers: [SocketAuthenticator, LiveRooms, LiveGateway],
  exports: [SocketAuthenticator, LiveRooms],
})
export class RealtimeModule {}

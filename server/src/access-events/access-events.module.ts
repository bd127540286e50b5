import { Global, Module } from '@nestjs/common';
import { AccessEvents } from './access-events';

/** Global: every feature that changes a reason for access announces it, and it depends on nothing. */
@Global()
@Module({ providers: [AccessEvents], exports: [AccessEvents] })
export class AccessEventsModule {}

import { Global, Module } from '@nestjs/common';
import { StoredChanges } from './stored-changes';

/** Global: every copy kept in a process listens here, and it depends on nothing. */
@Global()
@Module({ providers: [StoredChanges], exports: [StoredChanges] })
export class StoredChangesModule {}

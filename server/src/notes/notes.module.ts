import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { OrgNotesAccess } from './org-notes.access';

/** Shared notes per organisation: the first real-time document, to try co-writing. */
@Module({ imports: [CollabModule, OrganisationsModule], providers: [OrgNotesAccess] })
export class NotesModule {}

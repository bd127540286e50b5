import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CollabModule } from '../collab/collab.module';
import { IntervisionModule } from '../intervision/intervision.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { StatementsModule } from '../statements/statements.module';
import { TechnologiesModule } from '../technologies/technologies.module';
import { UsersModule } from '../users/users.module';
import { DemoSeeder } from './demo-seeder.service';

@Module({
  imports: [
    AuthModule,
    OrganisationsModule,
    StatementsModule,
    TechnologiesModule,
    UsersModule,
    IntervisionModule,
    CollabModule,
  ],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class SeedModule {}

import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { TechnologiesModule } from '../technologies/technologies.module';
import { OrganisationRecord, OrganisationSchema } from './organisation.schema';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: OrganisationRecord.name, schema: OrganisationSchema }]),
    TechnologiesModule,
  ],
  controllers: [OrganisationsController],
  providers: [OrganisationsRepository, OrganisationsService],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}

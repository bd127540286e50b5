import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { TechnologiesController } from './technologies.controller';
import { TechnologiesRepository } from './technologies.repository';
import { TechnologiesService } from './technologies.service';
import { TechnologyRecord, TechnologySchema } from './technology.schema';

@Module({
  imports: [MongooseModule.forFeature([{ name: TechnologyRecord.name, schema: TechnologySchema }])],
  controllers: [TechnologiesController],
  providers: [TechnologiesRepository, TechnologiesService],
  exports: [TechnologiesService],
})
export class TechnologiesModule {}

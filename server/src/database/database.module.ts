import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { APP_CONFIG } from '../config/app-config.token';
import type { ResolvedConfig } from '../config/resolved-config';

@Module({
  imports: [
    MongooseModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: ResolvedConfig) => ({
        uri: config.mongodbUri,
        serverSelectionTimeoutMS: 10_000,
        // Fail a query quickly while the database is away instead of queueing it forever.
        bufferCommands: false,
      }),
    }),
  ],
})
export class DatabaseModule {}

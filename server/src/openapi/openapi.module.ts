import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { OpenApiController } from './openapi.controller';
import { OpenApiDescription } from './openapi-description.service';

@Module({ imports: [DiscoveryModule], controllers: [OpenApiController], providers: [OpenApiDescription] })
export class OpenApiModule {}

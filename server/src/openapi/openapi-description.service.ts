import { Injectable } from '@nestjs/common';
import { ApplicationConfig, DiscoveryService, MetadataScanner } from '@nestjs/core';
import { buildOpenApiDocument } from './openapi.document';
import type { OpenApiDocument } from './openapi.types';
import { collectRoutes, joinPaths } from './route-collector';

/** The API's description, generated once from the routes Nest has registered. */
@Injectable()
export class OpenApiDescription {
  private document: OpenApiDocument | undefined;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly appConfig: ApplicationConfig,
  ) {}

  /** Built on first use: by then the global prefix is set and every controller is known. */
  get(): OpenApiDocument {
    this.document ??= buildOpenApiDocument(
      collectRoutes(this.discovery, this.scanner),
      joinPaths(this.appConfig.getGlobalPrefix()),
    );
    return this.document;
  }
}

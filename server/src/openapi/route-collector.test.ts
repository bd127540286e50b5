import 'reflect-metadata';
import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { createCafeRequestSchema, idParamsSchema, Role } from '@leernetwerk/shared';
import { z } from 'zod';
import { Roles } from '../auth/roles.decorator';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { Public } from '../common/public.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { collectRoutes, joinPaths, routesOf } from './route-collector';

const searchQuery = z.object({ q: z.string() });

@Controller('things/:id/parts')
@Roles(Role.Coordinator)
class PartsController {
  @Get()
  list(@Param(new ZodPipe(idParamsSchema)) params: { id: string }): string {
    return params.id;
  }

  @Post()
  @Roles(Role.Facilitator)
  @Idempotent()
  create(
    @Body(new ZodPipe(createCafeRequestSchema)) body: unknown,
    @Query(new ZodPipe(searchQuery)) query: unknown,
  ): unknown {
    return [body, query];
  }

  @Delete(['one', 'other'])
  @HttpCode(204)
  @Public()
  remove(): void {}

  @Get('export.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  csv(@Query('q', new ZodPipe(z.string())) q: string): string {
    return q;
  }

  helper(): string {
    return 'not a route';
  }
}

@Controller()
@Public()
class RootController {
  @Get('status')
  status(): string {
    return 'ok';
  }
}

const scanner = new MetadataScanner();
const routeOf = (handler: string) => routesOf(PartsController, scanner).find((route) => route.handler === handler);

describe(routesOf.name, () => {
  it('finds every decorated method and only those, one route per path', () => {
    const routes = routesOf(PartsController, scanner).map((route) => `${route.method} ${route.path}`);
    expect(routes.sort()).toEqual([
      'delete /things/:id/parts/one',
      'delete /things/:id/parts/other',
      'get /things/:id/parts',
      'get /things/:id/parts/export.csv',
      'post /things/:id/parts',
    ]);
  });

  it('reads the schemas of the ZodPipes on body, query and path parameters', () => {
    expect(routeOf('list')?.inputs).toEqual([{ source: 'path', key: undefined, schema: idParamsSchema }]);
    expect(routeOf('create')?.inputs).toEqual([
      { source: 'body', key: undefined, schema: createCafeRequestSchema },
      { source: 'query', key: undefined, schema: searchQuery },
    ]);
    expect(routeOf('csv')?.inputs).toHaveLength(1);
    expect(routeOf('csv')?.inputs[0]).toMatchObject({ source: 'query', key: 'q' });
    expect(routeOf('csv')?.inputs[0]?.schema).toBeInstanceOf(z.ZodString);
  });

  it('takes roles and @Public() from the method first and the controller second, as the guards do', () => {
    expect(routeOf('list')).toMatchObject({ roles: ['coordinator'], isPublic: false });
    expect(routeOf('create')).toMatchObject({ roles: ['facilitator'], isPublic: false });
    expect(routeOf('remove')).toMatchObject({ isPublic: true });
    expect(routeOf('create')?.idempotent).toBe(true);
    expect(routeOf('list')?.idempotent).toBe(false);
    expect(routesOf(RootController, scanner)[0]).toMatchObject({ path: '/status', isPublic: true, roles: [] });
  });

  it('knows the status Nest answers with and the headers it sets', () => {
    expect(routeOf('list')?.status).toBe(200);
    expect(routeOf('create')?.status).toBe(201);
    expect(routeOf('remove')?.status).toBe(204);
    expect(routeOf('csv')?.headers).toEqual({ 'content-type': 'text/csv; charset=utf-8' });
  });
});

describe(collectRoutes.name, () => {
  it('collects the routes of every controller in the application', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [DiscoveryModule],
      controllers: [PartsController, RootController],
    }).compile();
    const routes = collectRoutes(moduleRef.get(DiscoveryService), moduleRef.get(MetadataScanner));
    expect(routes.map((route) => `${route.controller}.${route.handler}`)).toEqual(
      expect.arrayContaining(['PartsController.create', 'RootController.status']),
    );
    expect(routes).toHaveLength(6);
    await moduleRef.close();
  });
});

describe(joinPaths.name, () => {
  it('joins path parts with single slashes and no trailing slash', () => {
    expect(joinPaths('/', '/')).toBe('/');
    expect(joinPaths('cafes/', '/:id/')).toBe('/cafes/:id');
    expect(joinPaths('api')).toBe('/api');
  });
});

import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { bodyErrorMiddleware } from './common/body-error.middleware';
import type { ResolvedConfig } from './config/resolved-config';
import { ConfiguredIoAdapter } from './realtime/configured-io.adapter';

/** Sends the client's index.html for page routes, so deep links like /profiel work on reload. */
function serveClient(app: NestExpressApplication, clientDistDir: string): void {
  const indexHtml = path.join(clientDistDir, 'index.html');
  if (!fs.existsSync(indexHtml)) return;
  app.useStaticAssets(clientDistDir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = req.method === 'GET' && !req.path.startsWith('/api') && !req.path.startsWith('/socket.io');
    if (isPage && req.accepts('html')) res.sendFile(indexHtml);
    else next();
  });
}

/**
 * Helmet's default policy, plus the media server: browsers open its signalling WebSocket (and its
 * HTTP validation endpoint) directly, and play the received tracks from `blob:`/MediaStream sources.
 */
function contentSecurityDirectives(config: ResolvedConfig): Record<string, string[]> {
  const media = config.media ? new URL(config.media.publicUrl) : null;
  const mediaOrigins = media
    ? [`${media.protocol}//${media.host}`, `${media.protocol.replace('ws', 'http')}//${media.host}`]
    : [];
  return { connectSrc: ["'self'", ...mediaOrigins], mediaSrc: ["'self'", 'blob:'] };
}

/** Builds the whole application (REST, sockets, client) without listening; used by main and tests. */
export async function createApp(config: ResolvedConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: ['error', 'warn'],
  });
  // Behind the compose reverse proxy every request comes from the proxy; X-Forwarded-For names the person.
  if (config.trustProxyHops > 0) app.set('trust proxy', config.trustProxyHops);
  app.use(helmet({ contentSecurityPolicy: { directives: contentSecurityDirectives(config) } }));
  app.use(cookieParser());
  // The media server signs its webhooks over the exact bytes it sent, so that body stays raw.
  app.use('/api/media/webhook', express.raw({ type: 'application/webhook+json', limit: '64kb' }));
  app.use('/api', express.json({ limit: config.maxBodyBytes }), bodyErrorMiddleware);
  app.enableCors(config.clientOrigin ? { origin: config.clientOrigin, credentials: true } : { origin: false });
  app.setGlobalPrefix('api');
  app.useWebSocketAdapter(
    new ConfiguredIoAdapter(app, { clientOrigin: config.clientOrigin, redisUrl: config.redisUrl }),
  );
  serveClient(app, config.clientDistDir);
  app.enableShutdownHooks();
  return app;
}

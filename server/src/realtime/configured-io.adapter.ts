import { Logger, type INestApplicationContext } from '@nestjs/common';
import { SERVED_NAMESPACES } from '@leernetwerk/shared';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { createGuardedParser, type GuardedConnection, type RefusedFrame } from './frames/guarded-parser';

/**
 * Socket.IO as configured for this app: MessagePack framing (Yjs frames travel as raw binary)
 * behind a guard that refuses packets the namespaces do not serve and floods, the configured
 * CORS origin, a bounded message size, and with REDIS_URL the Redis adapter so events reach
 * sockets connected to other server processes.
 */
export class ConfiguredIoAdapter extends IoAdapter {
  private readonly logger = new Logger('SocketFrames');
  private readonly redisClients: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly options: { clientOrigin: string | undefined; redisUrl: string | undefined },
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const parser = createGuardedParser(SERVED_NAMESPACES, (frame) => this.logRefusal(frame));
    const server = super.createIOServer(port, {
      ...options,
      parser,
      cors: this.options.clientOrigin ? { origin: this.options.clientOrigin, credentials: true } : undefined,
      maxHttpBufferSize: 1_000_000,
    }) as Server;
    // Hands each new connection to the decoder Socket.IO builds for it (see createGuardedParser).
    server.engine.prependListener('connection', (connection: GuardedConnection) => parser.acceptConnection(connection));
    server.engine.on('connection', () => parser.acceptConnection(null));
    if (this.options.redisUrl) {
      const publisher = new Redis(this.options.redisUrl);
      const subscriber = publisher.duplicate();
      this.redisClients.push(publisher, subscriber);
      server.adapter(createAdapter(publisher, subscriber));
    }
    return server;
  }

  private logRefusal({ code, reason, namespace, remoteAddress }: RefusedFrame): void {
    this.logger.warn(
      `${code}: refused a packet (${reason}) on ${namespace} from ${remoteAddress}; closed that connection`,
    );
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    for (const client of this.redisClients.splice(0)) client.disconnect();
  }
}

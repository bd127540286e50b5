import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import msgpackParser from 'socket.io-msgpack-parser';

/**
 * Socket.IO as configured for this app: MessagePack framing (Yjs frames travel as raw binary),
 * the configured CORS origin, a bounded message size, and with REDIS_URL the Redis adapter so
 * events reach sockets connected to other server processes.
 */
export class ConfiguredIoAdapter extends IoAdapter {
  private readonly redisClients: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly options: { clientOrigin: string | undefined; redisUrl: string | undefined },
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...options,
      parser: msgpackParser,
      cors: this.options.clientOrigin ? { origin: this.options.clientOrigin, credentials: true } : undefined,
      maxHttpBufferSize: 1_000_000,
    }) as Server;
    if (this.options.redisUrl) {
      const publisher = new Redis(this.options.redisUrl);
      const subscriber = publisher.duplicate();
      this.redisClients.push(publisher, subscriber);
      server.adapter(createAdapter(publisher, subscriber));
    }
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    for (const client of this.redisClients.splice(0)) client.disconnect();
  }
}

import dgram from 'node:dgram';
import net from 'node:net';

export interface LivekitPorts {
  /** HTTP and WebSocket signalling (`port`). */
  http: number;
  /** ICE over TCP (`rtc.tcp_port`). */
  rtcTcp: number;
  /** ICE over UDP, one muxed port (`rtc.udp_port`). */
  rtcUdp: number;
}

type Release = () => Promise<void>;

function holdTcpPort(held: Release[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    // LiveKit's ICE listeners take every interface, so the port must be free on all of them, not only loopback.
    server.listen(0, () => {
      held.push(() => new Promise((done) => server.close(() => done())));
      const address = server.address();
      if (address && typeof address === 'object') resolve(address.port);
      else reject(new Error('Could not determine a free TCP port'));
    });
  });
}

function bindUdp(type: 'udp4' | 'udp6'): Promise<dgram.Socket> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket(type);
    socket.unref();
    socket.once('error', reject);
    socket.bind(0, () => resolve(socket));
  });
}

async function holdUdpPort(held: Release[]): Promise<number> {
  // LiveKit binds the UDP port on each IPv4 and IPv6 address; a dual-stack socket checks both at once.
  const socket = await bindUdp('udp6').catch(() => bindUdp('udp4'));
  held.push(() => new Promise((done) => socket.close(() => done())));
  return socket.address().port;
}

/**
 * Asks the kernel for the three ports LiveKit listens on. Each is held until all are known, so the two TCP
 * ports differ; they are released before LiveKit binds them, a small window the caller covers by retrying.
 */
export async function findFreeLivekitPorts(): Promise<LivekitPorts> {
  const held: Release[] = [];
  try {
    return { http: await holdTcpPort(held), rtcTcp: await holdTcpPort(held), rtcUdp: await holdUdpPort(held) };
  } finally {
    await Promise.all(held.map((release) => release()));
  }
}

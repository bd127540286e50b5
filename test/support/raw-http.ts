import http from 'node:http';

export interface RawResponse<T = unknown> {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: T;
}

export interface RawRequest {
  method: string;
  /** Path under /api, e.g. `/auth/login`. */
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Source address on the loopback network (127.0.0.0/8), to act as another client address. */
  localAddress?: string;
}

/**
 * One HTTP request with exact bytes and headers, from a chosen source address: what `fetch` cannot
 * do (it decompresses nothing we send and picks its own source address).
 */
export function rawRequest<T = unknown>(baseUrl: string, request: RawRequest): Promise<RawResponse<T>> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${baseUrl}/api${request.path}`,
      { method: request.method, headers: request.headers, localAddress: request.localAddress },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: (text ? JSON.parse(text) : undefined) as T,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

/** `name=value` of a cookie the server set, ready for a Cookie header. */
export function cookieFrom(setCookie: string[] | string | undefined, name: string): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = all.map((line) => line.split(';')[0] ?? '').find((pair) => pair.startsWith(`${name}=`));
  if (!found) throw new Error(`no ${name} cookie in ${JSON.stringify(all)}`);
  return found;
}

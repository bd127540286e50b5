import path from 'node:path';

describe('Socket.IO installation', () => {
  it('is one copy: the one Nest serves with is the one the server imports', () => {
    const nestAdapter = path.dirname(require.resolve('@nestjs/platform-socket.io/package.json'));
    const servedByNest = require.resolve('socket.io', { paths: [nestAdapter] });
    const importedHere = require.resolve('socket.io', { paths: [__dirname] });
    expect(servedByNest).toBe(importedHere);
  });
});

// Builds the client only when a source file is newer than the last build, so a second
// `npm start` does not spend half a minute rebuilding an unchanged client.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const builtIndex = path.join(root, 'client/dist/index.html');
const sources = [
  'client/src',
  'client/index.html',
  'client/vite.config.ts',
  'client/package.json',
  'packages/shared/src',
  'packages/collab-client/src',
];

function newestMtime(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

const builtAt = newestMtime(builtIndex);
const changedAt = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
if (builtAt === 0 || changedAt > builtAt) {
  execSync('npm run build -w client', { cwd: root, stdio: 'inherit' });
} else {
  console.log('Client is up to date.');
}

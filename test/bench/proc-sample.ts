import fs from 'node:fs';
import os from 'node:os';

/** Linux's USER_HZ: /proc reports CPU time in these ticks (100 on every common build). */
const TICKS_PER_S = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  comm: string;
  /** utime + stime in ms. */
  cpuMs: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    // After "pid (comm) ": state is field 3, ppid 4, utime 14, stime 15.
    const fields = stat.slice(close + 2).split(' ');
    return {
      pid,
      ppid: Number(fields[1]),
      comm: stat.slice(stat.indexOf('(') + 1, close),
      cpuMs: ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_S) * 1000,
    };
  } catch {
    return null;
  }
}

/** Every process now running, by pid. */
function allProcesses(): Map<number, ProcStat> {
  const all = new Map<number, ProcStat>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(Number(name));
    if (stat) all.set(stat.pid, stat);
  }
  return all;
}

/** CPU time (ms) of a process alone; NaN once it is gone. */
export function processCpuMs(pid: number): number {
  return readStat(pid)?.cpuMs ?? Number.NaN;
}

/** CPU time (ms) of a process and all its descendants now alive (the whole tree, any thread's children). */
export function processTreeCpuMs(pid: number): number {
  const all = allProcesses();
  const children = new Map<number, number[]>();
  for (const stat of all.values()) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat.pid]);
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const next = stack.pop() as number;
    total += all.get(next)?.cpuMs ?? 0;
    stack.push(...(children.get(next) ?? []));
  }
  return all.has(pid) ? total : Number.NaN;
}

/** The first descendant of `pid` whose command name starts with `prefix` (comm is cut at 15 characters). */
export function findDescendant(pid: number, prefix: string): number | null {
  const all = allProcesses();
  for (const stat of all.values()) {
    if (!stat.comm.startsWith(prefix)) continue;
    for (let up = all.get(stat.ppid); up; up = all.get(up.ppid)) {
      if (up.pid === pid) return stat.pid;
      if (up.pid <= 1) break;
    }
  }
  return null;
}

/** Resident memory of a process in MiB (VmRSS); NaN once it is gone. */
export function processRssMiB(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Busy and total jiffies of the whole machine (all cores), from the first line of /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0); // idle + iowait
  return { busy: total - idle, total };
}

/** Bytes through the loopback interface so far (received side; on lo sent equals received). */
function loopbackBytes(): number {
  const line = fs
    .readFileSync('/proc/net/dev', 'utf8')
    .split('\n')
    .find((l) => l.trim().startsWith('lo:'));
  return line ? Number(line.split(':')[1]?.trim().split(/\s+/)[0]) : Number.NaN;
}

export interface CpuWindowResult {
  seconds: number;
  /** Percent of ONE core used by each watched process tree over the window (100 = one full core). */
  cpuPct: Record<string, number>;
  /** Share of the whole machine busy over the window, in percent of ALL cores. */
  machineBusyPct: number;
  loopbackMbitPerS: number;
}

/**
 * Measures CPU of named process trees (or single processes), the whole machine and loopback
 * traffic between `start()` and `stop()`.
 */
export function cpuWindow(watch: Record<string, { pid: number; tree: boolean }>): { stop(): CpuWindowResult } {
  const read = () =>
    Object.fromEntries(
      Object.entries(watch).map(([name, { pid, tree }]) => [name, tree ? processTreeCpuMs(pid) : processCpuMs(pid)]),
    );
  const startedAt = performance.now();
  const cpu = read();
  const machine = machineTicks();
  const lo = loopbackBytes();
  return {
    stop(): CpuWindowResult {
      const wallMs = performance.now() - startedAt;
      const cpuAfter = read();
      const machineAfter = machineTicks();
      const busy = machineAfter.busy - machine.busy;
      const total = machineAfter.total - machine.total;
      return {
        seconds: wallMs / 1000,
        cpuPct: Object.fromEntries(
          Object.keys(watch).map((name) => [name, (((cpuAfter[name] ?? NaN) - (cpu[name] ?? NaN)) / wallMs) * 100]),
        ),
        machineBusyPct: total > 0 ? (busy / total) * 100 : Number.NaN,
        loopbackMbitPerS: ((loopbackBytes() - lo) * 8) / 1e6 / (wallMs / 1000),
      };
    },
  };
}

/** The machine's load: load averages and how busy all cores were over the last `ms`. */
export async function machineLoad(ms = 1000): Promise<{ loadavg: number[]; busyPct: number }> {
  const before = machineTicks();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = machineTicks();
  const total = after.total - before.total;
  return {
    loadavg: os.loadavg().map((value) => Number(value.toFixed(2))),
    busyPct: total > 0 ? Number((((after.busy - before.busy) / total) * 100).toFixed(1)) : Number.NaN,
  };
}

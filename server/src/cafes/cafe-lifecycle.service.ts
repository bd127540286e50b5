import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type Cafe,
  type CafeSeen,
  type TimerActionRequest,
  type User,
  type ValidCreateCafeRequest,
} from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { StatementsRepository } from '../statements/statements.repository';
import { CafeChanges } from './cafe-changes';
import { isSeen, requireSeen, requireState } from './cafe-errors';
import { onlyHostsChange, validateSetup } from './cafe-setup';
import { CafeView } from './cafe-view';
import { CafesRepository, type StoredCafe } from './cafes.repository';
import { CafesLive } from './cafes.live';
import {
  addLateJoiner,
  hostsForRound,
  movePerson,
  removePerson,
  seatRound,
  type Person,
  type TableSpec,
} from './seating';

const MINUTE_MS = 60_000;

/** Runs a world café: setup, lobby, rounds with their seating and clock, moves, messages, and the move to the harvest. */
@Injectable()
export class CafeLifecycle {
  constructor(
    private readonly cafes: CafesRepository,
    private readonly changes: CafeChanges,
    private readonly statements: StatementsRepository,
    private readonly view: CafeView,
    private readonly live: CafesLive,
  ) {}

  async create(actor: User, input: ValidCreateCafeRequest): Promise<Cafe> {
    await validateSetup(input, this.statements);
    const created = await this.cafes.create({
      title: input.title,
      centralQuestion: input.centralQuestion,
      conversationId: input.conversationId,
      state: 'draft',
      rounds: input.rounds,
      minutesPerRound: input.minutesPerRound,
      tableSize: input.tableSize,
      autoAdvance: input.autoAdvance,
      tables: input.tables.map((t) => ({ prompt: t.prompt, hostId: t.hostId })),
      round: 0,
      timer: { status: 'idle' },
      seatings: [],
      participants: [],
      lastBroadcast: null,
      inPlenary: false,
      harvest: { status: 'draft', feedback: [] },
      seed: Math.floor(Math.random() * 2 ** 31),
      createdBy: actor.id,
      revision: 0,
      startedAt: null,
    });
    this.live.listChanged(created.id);
    return this.view.of(created, []);
  }

  get(id: string): Promise<Cafe> {
    return this.changes.get(id);
  }

  /**
   * The setup changes only while the café is a draft. In the lobby the facilitator may still choose
   * hosts (the same tables, other hosts); anything more is refused with CAFE_SETUP_LOCKED, because
   * people are already reading the tables' questions.
   */
  updateSetup(id: string, changes: Partial<ValidCreateCafeRequest>): Promise<Cafe> {
    return this.changes.apply(id, async (cafe) => {
      if (cafe.state !== 'draft' && !(cafe.state === 'lobby' && onlyHostsChange(cafe, changes))) {
        throw new ApiError(
          ErrorCode.CafeSetupLocked,
          `The setup can only change while the café is a draft; it is ${cafe.state}`,
          { state: cafe.state },
        );
      }
      const merged = {
        conversationId: changes.conversationId !== undefined ? changes.conversationId : cafe.conversationId,
        tables: changes.tables ?? cafe.tables,
      };
      await validateSetup(merged, this.statements);
      Object.assign(cafe, {
        ...changes,
        conversationId: merged.conversationId,
        tables: merged.tables.map((t) => ({ prompt: t.prompt, hostId: t.hostId ?? null })),
      });
    });
  }

  openLobby(id: string, seen?: CafeSeen): Promise<Cafe> {
    return this.changes.apply(id, (cafe) => {
      requireSeen(cafe, seen);
      requireState(cafe.state, ['draft'], 'open the lobby');
      cafe.state = 'lobby';
    });
  }

  /** Someone opens the café: they become a participant; during a round a late joiner gets a seat. */
  async enter(user: User, id: string): Promise<Cafe> {
    // The lobby fills with everyone at once: one atomic add each, without a read or a clash.
    const participant = { id: user.id, name: user.name, organisationId: user.organisationId };
    const entered = await this.cafes.joinLobby(id, participant);
    if (entered) return this.changes.written(entered, 'seat');
    return this.changes.apply(id, (cafe) => {
      if (user.id === cafe.createdBy || !['lobby', 'running'].includes(cafe.state)) return false;
      let changed = false;
      if (!cafe.participants.some((p) => p.id === user.id)) {
        cafe.participants.push({ id: user.id, name: user.name, organisationId: user.organisationId });
        changed = true;
      }
      const current = cafe.seatings.at(-1);
      if (cafe.state !== 'running' || !current) return changed;
      const placed = addLateJoiner({
        seating: current,
        person: personOf(user),
        people: cafe.participants.map(personOfParticipant),
        history: cafe.seatings.slice(0, -1),
        tableSize: cafe.tableSize,
      });
      // 'already-seated' is the usual case: a reconnect returns to the same seat, nothing changes.
      if (placed.ok) cafe.seatings[cafe.seatings.length - 1] = placed.seating;
      return changed || placed.ok;
    });
  }

  /** Someone leaves for good: out of the current round's seating; not seated in later rounds. */
  leave(user: User, id: string): Promise<Cafe> {
    return this.changes.apply(id, (cafe) => {
      cafe.participants = cafe.participants.filter((p) => p.id !== user.id);
      // A host who leaves leaves their table without a host; the talk there goes on.
      cafe.tables = cafe.tables.map((t) => (t.hostId === user.id ? { ...t, hostId: null } : t));
      const current = cafe.seatings.at(-1);
      if (!current) return;
      const removed = removePerson(current, user.id);
      if (removed.ok) cafe.seatings[cafe.seatings.length - 1] = removed.seating;
    });
  }

  start(id: string, seen?: CafeSeen): Promise<Cafe> {
    return this.changes.apply(id, async (cafe) => {
      requireSeen(cafe, seen);
      requireState(cafe.state, ['lobby'], 'start');
      const people = await this.presentPeople(cafe);
      if (people.length === 0) throw new ApiError(ErrorCode.CafeWrongState, 'Nobody is in the lobby yet');
      cafe.state = 'running';
      cafe.startedAt = new Date().toISOString();
      this.seatNextRound(cafe, people);
    });
  }

  nextRound(id: string, seen?: CafeSeen): Promise<Cafe> {
    return this.changes.apply(id, async (cafe) => {
      requireSeen(cafe, seen);
      requireState(cafe.state, ['running'], 'start the next round');
      if (cafe.round >= cafe.rounds) {
        throw new ApiError(ErrorCode.CafeWrongState, 'This was the last round; end the café instead');
      }
      this.seatNextRound(cafe, await this.presentPeople(cafe));
    });
  }

  /**
   * The clock of a café that advances by itself ran out: the next round starts, once, however many
   * server processes see it — only if the café is still as it was found (state, round, clock), so
   * a facilitator's click or another process that came first wins and this does nothing. The last
   * round is not advanced: it waits for the facilitator to end the rounds, as the harvest starts
   * when they are ready.
   */
  async advanceWhenTimeIsUp(id: string, found: CafeSeen): Promise<boolean> {
    let advanced = false;
    await this.changes.apply(id, async (cafe) => {
      advanced = false;
      const { timer } = cafe;
      const due = timer.status === 'running' && timer.endsAt <= Date.now();
      if (!cafe.autoAdvance || !due || cafe.round >= cafe.rounds || !isSeen(cafe, found)) return false;
      this.seatNextRound(cafe, await this.presentPeople(cafe));
      advanced = true;
    });
    return advanced;
  }

  /** From the last round to the harvest. */
  end(id: string, seen?: CafeSeen): Promise<Cafe> {
    return this.changes.apply(id, (cafe) => {
      requireSeen(cafe, seen);
      requireState(cafe.state, ['running'], 'end the rounds');
      cafe.state = 'harvest';
      cafe.timer = { status: 'idle' };
    });
  }

  close(id: string, seen?: CafeSeen): Promise<Cafe> {
    return this.changes.apply(id, (cafe) => {
      requireSeen(cafe, seen);
      requireState(cafe.state, ['harvest'], 'close');
      cafe.state = 'closed';
    });
  }

  timer(id: string, request: TimerActionRequest): Promise<Cafe> {
    return this.changes.apply(id, (cafe) => {
      requireSeen(cafe, request.seen);
      requireState(cafe.state, ['running'], 'change the clock');
      const now = Date.now();
      const { timer } = cafe;
      if (request.action === 'pause') {
        if (timer.status !== 'running') throw new ApiError(ErrorCode.CafeWrongState, 'The clock is not running');
        cafe.timer = { status: 'paused', remainingMs: Math.max(0, timer.endsAt - now) };
      } else if (request.action === 'resume') {
        if (timer.status !== 'paused') throw new ApiError(ErrorCode.CafeWrongState, 'The clock is not paused');
        cafe.timer = { status: 'running', endsAt: now + timer.remainingMs };
      } else {
        const extra = request.minutes * MINUTE_MS;
        if (timer.status === 'running') cafe.timer = { status: 'running', endsAt: Math.max(timer.endsAt, now) + extra };
        else if (timer.status === 'paused') cafe.timer = { status: 'paused', remainingMs: timer.remainingMs + extra };
        else throw new ApiError(ErrorCode.CafeWrongState, 'The clock is not set');
      }
    });
  }

  move(id: string, userId: string, table: number): Promise<Cafe> {
    return this.changes.apply(id, (cafe) => {
      requireState(cafe.state, ['running'], 'move people');
      const current = cafe.seatings.at(-1);
      if (!current) throw new ApiError(ErrorCode.CafeWrongState, 'Nobody is seated yet');
      const moved = movePerson(current, userId, table);
      if (!moved.ok) {
        const code = moved.error === 'host-cannot-move' ? ErrorCode.Conflict : ErrorCode.NotFound;
        throw new ApiError(code, `Cannot move: ${moved.error}`, { reason: moved.error });
      }
      cafe.seatings[cafe.seatings.length - 1] = moved.seating;
    });
  }

  /** Everyone back to the plenary call, or back to their tables; the seats do not change. */
  setInPlenary(id: string, inPlenary: boolean): Promise<Cafe> {
    return this.changes.apply(id, (cafe) => {
      requireState(cafe.state, ['running'], 'call everyone to the plenary');
      if (cafe.inPlenary === inPlenary) return false;
      cafe.inPlenary = inPlenary;
    });
  }

  async broadcast(id: string, text: string): Promise<void> {
    await this.changes.apply(id, (cafe) => {
      requireState(cafe.state, ['lobby', 'running'], 'send a message');
      cafe.lastBroadcast = { text, at: Date.now() };
    });
    this.live.broadcast(id, text, Date.now());
  }

  private seatNextRound(cafe: StoredCafe, people: Person[]): void {
    const hosts = hostsForRound(people, tableSpecs(cafe.tables), cafe.seatings, cafe.seed + cafe.round);
    cafe.tables = cafe.tables.map((t, table) => ({ ...t, hostId: hosts[table]?.hostId ?? null }));
    cafe.round += 1;
    const seating = seatRound({
      people,
      tables: tableSpecs(cafe.tables),
      history: cafe.seatings,
      round: cafe.round,
      seed: cafe.seed,
    });
    cafe.seatings.push(seating);
    cafe.timer = { status: 'running', endsAt: Date.now() + cafe.minutesPerRound * MINUTE_MS };
  }

  /** Participants connected now, the café's facilitator excluded. */
  private async presentPeople(cafe: StoredCafe): Promise<Person[]> {
    const present = new Set(await this.live.present(cafe.id));
    return cafe.participants.filter((p) => present.has(p.id)).map(personOfParticipant);
  }
}

const tableSpecs = (tables: StoredCafe['tables']): TableSpec[] =>
  tables.map((t, table) => ({ table, hostId: t.hostId }));
const personOf = (user: User): Person => ({ id: user.id, organisationId: user.organisationId });
const personOfParticipant = (p: { id: string; organisationId: string }): Person => ({
  id: p.id,
  organisationId: p.organisationId,
});

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
import { requireSeen, requireState } from './cafe-errors';
import { onlyHostsChange, validateSetup } from './cafe-setup';
import { CafeView } from './cafe-view';
import { CafesRepository, type StoredCafe } from './cafes.repository';
import { CafesLive } from './cafes.live';
import { addLateJoiner, movePerson, pickHosts, removePerson, seatRound, type Person, type TableSpec } from './seating';

const MINUTE_MS = 60_000;
const PEOPLE_PER_HOSTED_TABLE = 3;

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
  enter(user: User, id: string): Promise<Cafe> {
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
      cafe.tables = this.withHosts(cafe, people);
      cafe.state = 'running';
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
    cafe.round += 1;
    const seating = seatRound({
      people,
      tables: cafe.tables.map((t, table): TableSpec => ({ table, hostId: t.hostId })),
      history: cafe.seatings,
      round: cafe.round,
      seed: cafe.seed,
    });
    cafe.seatings.push(seating);
    cafe.timer = { status: 'running', endsAt: Date.now() + cafe.minutesPerRound * MINUTE_MS };
  }

  /**
   * Tables keep the hosts the facilitator chose if they came; others get one picked, but only as
   * many as leave every hosted table about three people: a host always stays at their table, so
   * hosting every table of a small group would seat hosts alone.
   */
  private withHosts(cafe: StoredCafe, people: Person[]): StoredCafe['tables'] {
    const presentIds = new Set(people.map((p) => p.id));
    const tables = cafe.tables.map((t) => ({ ...t, hostId: t.hostId && presentIds.has(t.hostId) ? t.hostId : null }));
    const taken = new Set(tables.map((t) => t.hostId).filter((hostId) => hostId !== null));
    const hostsWanted = Math.max(0, Math.floor(people.length / PEOPLE_PER_HOSTED_TABLE) - taken.size);
    const open = tables.filter((t) => t.hostId === null).slice(0, hostsWanted);
    const candidates = people.filter((p) => !taken.has(p.id));
    const picked = pickHosts(candidates, open.length, cafe.seed);
    open.forEach((table, i) => (table.hostId = picked[i]?.hostId ?? null));
    return tables;
  }

  /** Participants connected now, the café's facilitator excluded. */
  private async presentPeople(cafe: StoredCafe): Promise<Person[]> {
    const present = new Set(await this.live.present(cafe.id));
    return cafe.participants.filter((p) => present.has(p.id)).map(personOfParticipant);
  }
}

const personOf = (user: User): Person => ({ id: user.id, organisationId: user.organisationId });
const personOfParticipant = (p: { id: string; organisationId: string }): Person => ({
  id: p.id,
  organisationId: p.organisationId,
});

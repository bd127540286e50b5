import { Injectable } from '@nestjs/common';
import type { Cafe, CafeSummary } from '@leernetwerk/shared';
import { OrganisationsService } from '../organisations/organisations.service';
import { StatementsRepository } from '../statements/statements.repository';
import type { StoredCafe } from './cafes.repository';

const ORGANISATION_NAME_TTL_MS = 60_000;

/** A café as served: prompts as text, participants with their organisation's name. */
@Injectable()
export class CafeView {
  /** Statements cannot be edited, so their text is read once. */
  private readonly statementTexts = new Map<string, string>();
  /** Organisation names change rarely; a café view is built on every change, so they are kept a minute. */
  private readonly organisationNameCache = new Map<string, { name: string; until: number }>();

  constructor(
    private readonly statements: StatementsRepository,
    private readonly organisations: OrganisationsService,
  ) {}

  async of(cafe: StoredCafe, present: readonly string[]): Promise<Cafe> {
    const texts = await this.promptTexts(cafe);
    const organisationNames = await this.organisationNames(cafe);
    return {
      id: cafe.id,
      title: cafe.title,
      centralQuestion: cafe.centralQuestion,
      conversationId: cafe.conversationId,
      state: cafe.state,
      rounds: cafe.rounds,
      minutesPerRound: cafe.minutesPerRound,
      tableSize: cafe.tableSize,
      autoAdvance: cafe.autoAdvance,
      tables: cafe.tables.map((table, index) => ({
        table: index,
        prompt: table.prompt,
        promptText: texts[index] ?? '',
        hostId: table.hostId,
      })),
      round: cafe.round,
      timer: cafe.timer,
      seatings: cafe.seatings,
      participants: cafe.participants.map((p) => ({
        ...p,
        organisationName: organisationNames.get(p.organisationId) ?? '',
      })),
      present: [...present],
      lastBroadcast: cafe.lastBroadcast,
      inPlenary: cafe.inPlenary,
      harvest: cafe.harvest,
      createdBy: cafe.createdBy,
      createdAt: cafe.createdAt,
      startedAt: cafe.startedAt,
    };
  }

  summaryOf(cafe: StoredCafe): CafeSummary {
    const { id, title, centralQuestion, state, rounds, createdAt } = cafe;
    return { id, title, centralQuestion, state, rounds, createdAt };
  }

  private async promptTexts(cafe: StoredCafe): Promise<string[]> {
    return Promise.all(
      cafe.tables.map(async ({ prompt }) =>
        prompt.kind === 'question' ? prompt.text : this.statementText(prompt.statementId),
      ),
    );
  }

  private async statementText(id: string): Promise<string> {
    const known = this.statementTexts.get(id);
    if (known !== undefined) return known;
    const text = (await this.statements.findById(id))?.text ?? '';
    if (text) this.statementTexts.set(id, text);
    return text;
  }

  private async organisationNames(cafe: StoredCafe): Promise<Map<string, string>> {
    const ids = [...new Set(cafe.participants.map((p) => p.organisationId))];
    const names = await Promise.all(ids.map(async (id) => [id, await this.organisationName(id)] as const));
    return new Map(names);
  }

  private async organisationName(id: string): Promise<string> {
    const cached = this.organisationNameCache.get(id);
    if (cached && cached.until > Date.now()) return cached.name;
    const name = await this.organisations.get(id).then(
      (organisation) => organisation.name,
      () => '',
    );
    this.organisationNameCache.set(id, { name, until: Date.now() + ORGANISATION_NAME_TTL_MS });
    return name;
  }
}

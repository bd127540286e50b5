import { Injectable } from '@nestjs/common';
import { knowledgePageDocument, type Role, type User } from '@leernetwerk/shared';
import { PasswordHasher } from '../auth/password-hasher';
import { DocumentManager } from '../collab/document-manager';
import { EDITOR_FRAGMENT, sectionBlocks } from '../collab/editor-content';
import { IntervisionService } from '../intervision/intervision.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { StatementsService } from '../statements/statements.service';
import { TechnologiesService } from '../technologies/technologies.service';
import { UsersService } from '../users/users.service';
import { DEMO_CONVERSATION } from './demo-conversation';
import { DEMO_THREADS } from './demo-intervision';
import { DEMO_KNOWLEDGE_PAGES } from './demo-knowledge-pages';
import { LearningNetworkSeeder } from './learning-network-seeder';
import { SeedClaim } from './seed-claim';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_TECHNOLOGIES, DEMO_USERS } from './demo-network';

export interface DemoSummary {
  logins: { email: string; password: string; roles: Role[]; organisation: string }[];
  inviteCodes: { organisation: string; inviteCode: string }[];
}

function lookup<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data refers to unknown key ${key}`);
  return value;
}

/** Fills an empty database with a small demo network, so a new user sees the product working. */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly technologies: TechnologiesService,
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly statements: StatementsService,
    private readonly intervision: IntervisionService,
    private readonly documents: DocumentManager,
    private readonly learningNetwork: LearningNetworkSeeder,
    private readonly claim: SeedClaim,
  ) {}

  /**
   * Seeds only when there are no organisations yet and no other process took the seeding on;
   * returns whether it seeded.
   */
  async seedIfEmpty(): Promise<boolean> {
    if ((await this.organisations.list()).length > 0) return false;
    if (!(await this.claim.take('demo'))) return false;
    const technologyIds = new Map<string, string>();
    for (const { key, ...technology } of DEMO_TECHNOLOGIES) {
      technologyIds.set(key, (await this.technologies.create(technology)).id);
    }
    const organisationIds = new Map<string, string>();
    for (const { key, technologyKeys, ...organisation } of DEMO_ORGANISATIONS) {
      const technologies = technologyKeys.map((k) => lookup(technologyIds, k));
      organisationIds.set(key, (await this.organisations.create({ ...organisation, technologyIds: technologies })).id);
    }
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const usersByEmail = new Map<string, User>();
    for (const user of DEMO_USERS) {
      const created = await this.users.create({
        name: user.name,
        email: user.email,
        passwordHash,
        roles: user.roles,
        organisationId: lookup(organisationIds, user.organisationKey),
        ambassadorOf: user.ambassadorOfKeys.map((k) => lookup(technologyIds, k)),
      });
      usersByEmail.set(user.email, created);
    }
    const conversationId = await this.seedConversation(lookup(usersByEmail, DEMO_CONVERSATION.createdByEmail));
    await this.seedThreads(usersByEmail, technologyIds);
    await this.seedKnowledgePages(technologyIds);
    await this.learningNetwork.seed(
      {
        user: (email) => lookup(usersByEmail, email),
        technologyId: (key) => lookup(technologyIds, key),
        conversationId,
      },
      [...usersByEmail.values()],
    );
    return true;
  }

  /** Written the way the editor writes (TipTap's `default` fragment), so the page opens as a started document. */
  private async seedKnowledgePages(technologyIds: Map<string, string>): Promise<void> {
    for (const [key, sections] of Object.entries(DEMO_KNOWLEDGE_PAGES)) {
      await this.documents.edit(knowledgePageDocument(lookup(technologyIds, key)), (doc) => {
        doc.getXmlFragment(EDITOR_FRAGMENT).insert(0, sectionBlocks(sections));
      });
    }
  }

  private async seedThreads(usersByEmail: Map<string, User>, technologyIds: Map<string, string>): Promise<void> {
    for (const { technologyKey, byEmail, replies, pillar, askAmbassadors, ...thread } of DEMO_THREADS) {
      const created = await this.intervision.createThread(
        lookup(usersByEmail, byEmail),
        lookup(technologyIds, technologyKey),
        { ...thread, pillar: pillar ?? null, askAmbassadors: askAmbassadors ?? false },
      );
      for (const reply of replies) {
        await this.intervision.reply(lookup(usersByEmail, reply.byEmail), created.id, {
          body: reply.body,
          step: reply.step ?? null,
        });
      }
    }
  }

  private async seedConversation(facilitator: User): Promise<string> {
    const { title, description, statements } = DEMO_CONVERSATION;
    const conversation = await this.statements.createConversation(facilitator, {
      title,
      description,
      moderation: 'strict',
      allowProposals: true,
    });
    for (const text of statements) await this.statements.proposeStatement(facilitator, conversation.id, text);
    return conversation.id;
  }

  /** What `npm start` prints: the demo logins that still exist and every organisation's invite code. */
  async summary(): Promise<DemoSummary> {
    const organisations = await this.organisations.list();
    const names = new Map(organisations.map((o) => [o.id, o.name]));
    const demoEmails = new Set(DEMO_USERS.map((u) => u.email));
    const users = (await this.users.list({})).filter((u) => demoEmails.has(u.email));
    return {
      logins: users.map((u) => ({
        email: u.email,
        password: DEMO_PASSWORD,
        roles: u.roles,
        organisation: names.get(u.organisationId) ?? '',
      })),
      inviteCodes: await Promise.all(
        organisations.map(async (o) => ({
          organisation: o.name,
          inviteCode: (await this.organisations.getInviteCode(o.id)).inviteCode,
        })),
      ),
    };
  }
}

import type {
  BottleneckSummary,
  Cafe,
  CafeJoinAck,
  Conversation,
  ConversationDetail,
  MeetingSummary,
  Technology,
  ThreadSummary,
} from '@leernetwerk/shared';
import type { Socket } from 'socket.io-client';
import { api, login } from './api-client';
import { openLiveSocket } from './live-client';

/** A page of the app to audit: a short name for the report and its address. */
export interface AppPage {
  name: string;
  path: string;
}

/** The pages a guest can reach (the app sends a guest anywhere else to the login page). */
export const GUEST_PAGES: AppPage[] = [
  { name: 'inloggen', path: '/inloggen' },
  { name: 'registreren', path: '/registreren' },
];

const SEATED = ['deelnemer@demo.nl', 'mila@demo.nl', 'jongerenwerker@demo.nl', 'ambassadeur@demo.nl'];

async function get<T>(baseUrl: string, path: string, token: string): Promise<T> {
  const result = await api<T>(baseUrl, 'GET', path, { token });
  if (result.status !== 200) throw new Error(`GET ${path}: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
}

async function post(baseUrl: string, path: string, token: string, body?: unknown): Promise<Cafe> {
  const result = await api<Cafe>(baseUrl, 'POST', path, { token, body });
  if (result.status !== 200 && result.status !== 201) {
    throw new Error(`POST ${path}: ${result.status} ${JSON.stringify(result.body)}`);
  }
  return result.body;
}

/**
 * Cafés in every state a facilitator can bring one to (draft, lobby, running, harvest in review,
 * closed), with four demo people at the tables of the ones that started. Returns the sockets that
 * keep them present; the caller closes them.
 */
async function cafesInEveryState(baseUrl: string, conversation: ConversationDetail) {
  const facilitator = (await login(baseUrl, 'aanjager@demo.nl')).accessToken;
  const seatedTokens = await Promise.all(SEATED.map(async (email) => (await login(baseUrl, email)).accessToken));
  const [first, second] = conversation.statements;
  const setup = {
    centralQuestion: 'Hoe maken we technologie een vast deel van ons werk?',
    conversationId: conversation.id,
    tables: [
      { prompt: { kind: 'statement', statementId: first?.id } },
      { prompt: { kind: 'statement', statementId: second?.id } },
    ],
    rounds: 2,
  };
  const create = async (title: string) => (await post(baseUrl, '/cafes', facilitator, { ...setup, title })).id;
  const step = (id: string, action: string) => post(baseUrl, `/cafes/${id}/${action}`, facilitator);
  const sockets: Socket[] = [];
  const startWithPeople = async (id: string) => {
    await step(id, 'lobby');
    for (const token of seatedTokens) {
      const socket = openLiveSocket(baseUrl, token);
      sockets.push(socket);
      const ack = (await socket.emitWithAck('cafe:join', id)) as CafeJoinAck;
      if (!ack.ok) throw new Error(`joining café ${id}: ${JSON.stringify(ack)}`);
    }
    await step(id, 'start');
  };

  const draft = await create('Wereldcafé in voorbereiding');
  const lobby = await create('Wereldcafé met open lobby');
  await step(lobby, 'lobby');
  const running = await create('Wereldcafé dat nu loopt');
  await startWithPeople(running);
  const harvest = await create('Wereldcafé in de oogst');
  await startWithPeople(harvest);
  await step(harvest, 'end');
  await step(harvest, 'harvest/review');
  const closed = await create('Afgesloten wereldcafé');
  await startWithPeople(closed);
  await step(closed, 'end');
  await step(closed, 'close');
  return { ids: { draft, lobby, running, harvest, closed }, sockets };
}

/**
 * Every route of client/src/AppRoutes.tsx for a logged-in person, with real ids from the demo
 * network (and cafés made for the purpose), so each page shows real content.
 */
export async function everyAppPage(baseUrl: string): Promise<{ pages: AppPage[]; sockets: Socket[] }> {
  const token = (await login(baseUrl, 'coordinator@demo.nl')).accessToken;
  const [conversationSummary] = await get<Conversation[]>(baseUrl, '/conversations', token);
  const conversation = await get<ConversationDetail>(baseUrl, `/conversations/${conversationSummary?.id}`, token);
  const technologies = await get<Technology[]>(baseUrl, '/technologies', token);
  const technology = technologies[0];
  const [thread] = await get<ThreadSummary[]>(baseUrl, `/technologies/${technology?.id}/threads`, token);
  const [meeting] = await get<MeetingSummary[]>(baseUrl, '/meetings', token);
  const [bottleneck] = await get<BottleneckSummary[]>(baseUrl, '/bottlenecks', token);
  if (!technology || !thread || !meeting || !bottleneck) throw new Error('The demo network lacks content to audit');
  const cafes = await cafesInEveryState(baseUrl, conversation);

  const pages: AppPage[] = [
    { name: 'start', path: '/' },
    { name: 'profiel', path: '/profiel' },
    { name: 'notities', path: '/notities' },
    { name: 'wereldcafés', path: '/wereldcafe' },
    { name: 'café concept', path: `/wereldcafe/${cafes.ids.draft}` },
    { name: 'café lobby', path: `/wereldcafe/${cafes.ids.lobby}` },
    { name: 'café bezig', path: `/wereldcafe/${cafes.ids.running}` },
    { name: 'café oogst', path: `/wereldcafe/${cafes.ids.harvest}` },
    { name: 'café gesloten', path: `/wereldcafe/${cafes.ids.closed}` },
    { name: 'stellingen', path: '/stellingen' },
    { name: 'stelling stemmen', path: `/stellingen/${conversation.id}` },
    { name: 'stelling resultaten', path: `/stellingen/${conversation.id}?tab=resultaten` },
    { name: 'stelling moderatie', path: `/stellingen/${conversation.id}?tab=moderatie` },
    { name: 'intervisie', path: '/intervisie' },
    { name: 'technologie', path: `/intervisie/${technology.id}` },
    { name: 'draad', path: `/intervisie/draad/${thread.id}` },
    { name: 'knelpunten', path: '/knelpunten' },
    { name: 'knelpunt melden', path: '/knelpunten/nieuw' },
    { name: 'knelpunten dashboard', path: '/knelpunten/dashboard' },
    { name: 'knelpunt', path: `/knelpunten/${bottleneck.id}` },
    { name: 'bijeenkomsten', path: '/bijeenkomsten' },
    { name: 'bijeenkomst', path: `/bijeenkomsten/${meeting.id}` },
    { name: 'mijn acties', path: '/acties' },
    { name: 'niet gevonden', path: '/bestaat-niet' },
  ];
  return { pages, sockets: cafes.sockets };
}

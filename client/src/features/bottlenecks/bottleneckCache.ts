import type { Bottleneck, BottleneckSummary } from '@leernetwerk/shared';

/** A live broadcast on top of the cached bottleneck: the viewer's own fields come from their own fetch. */
export function withBroadcast(cached: Bottleneck | undefined, broadcast: Bottleneck): Bottleneck | undefined {
  if (!cached) return cached;
  return {
    ...broadcast,
    affectsMyOrganisation: cached.affectsMyOrganisation,
    following: cached.following,
    mine: cached.mine,
  };
}

export function toSummary(bottleneck: Bottleneck): BottleneckSummary {
  const { id, title, technologyId, technologyName, pillar, scope, status, organisationsAffected } = bottleneck;
  return {
    id,
    title,
    technologyId,
    technologyName,
    pillar,
    scope,
    status,
    organisationsAffected,
    createdAt: bottleneck.createdAt,
    updatedAt: bottleneck.updatedAt,
  };
}

/**
 * The register list after a live change, or null when only the server can say where it goes now
 * (new, merged away, moved in rank, or may no longer match the filters). A report its writer
 * deleted leaves the register at once.
 */
export function withUpdatedSummary(list: BottleneckSummary[], bottleneck: Bottleneck): BottleneckSummary[] | null {
  if (bottleneck.deletedAt) return list.filter((item) => item.id !== bottleneck.id);
  const before = list.find((item) => item.id === bottleneck.id);
  if (!before || bottleneck.mergedInto) return null;
  const changesPlace =
    before.organisationsAffected !== bottleneck.organisationsAffected ||
    before.status !== bottleneck.status ||
    before.technologyId !== bottleneck.technologyId ||
    before.pillar !== bottleneck.pillar ||
    before.scope !== bottleneck.scope;
  if (changesPlace) return null;
  return list.map((item) => (item === before ? toSummary(bottleneck) : item));
}

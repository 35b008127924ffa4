import type { EventSubscriber, FlushEventArgs } from "@mikro-orm/core";
import { SearchOutbox } from "./outbox.entity.js";
import { searchSources } from "./sources.js";

/**
 * On every flush, adds an outbox row for each indexed entity created,
 * changed or deleted, inside the flush's own transaction.
 */
export class OutboxSubscriber implements EventSubscriber {
  async onFlush({ uow }: FlushEventArgs): Promise<void> {
    const rows = new Map<string, { kind: string; entityId: string }>();
    for (const changeSet of uow.getChangeSets()) {
      const source = searchSources.find((candidate) => changeSet.entity instanceof candidate.entity);
      const entityId = (changeSet.entity as { uuid?: string }).uuid;
      if (source && entityId) rows.set(`${source.kind}:${entityId}`, { kind: source.kind, entityId });
    }
    for (const row of rows.values()) {
      const outbox = new SearchOutbox();
      outbox.kind = row.kind;
      outbox.entityId = row.entityId;
      uow.computeChangeSet(outbox);
    }
  }
}

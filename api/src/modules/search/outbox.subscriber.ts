import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from "@mikro-orm/core";
import { SearchOutbox } from "./outbox.entity.js";
import { searchSources } from "./sources.js";
import { expansionKind } from "./expansion.js";

interface Change {
  entity: object;
  /** The properties that changed; null for a creation or deletion, which affects every field. */
  fields: string[] | null;
}

/** What this flush changes: entities created, updated or deleted, and owners of changed collections. */
function changesOf(uow: FlushEventArgs["uow"]): Change[] {
  const changes: Change[] = uow.getChangeSets().map((changeSet) => ({
    entity: changeSet.entity,
    fields: changeSet.type === ChangeSetType.UPDATE ? Object.keys(changeSet.payload) : null,
  }));
  for (const collection of uow.getCollectionUpdates()) {
    changes.push({ entity: collection.owner, fields: [collection.property.name] });
  }
  return changes;
}

/**
 * On every flush, adds outbox rows inside the flush's own transaction: one
 * for each indexed entity created, changed or deleted, and one for each
 * document another change affects (see `SearchDependency`).
 */
export class OutboxSubscriber implements EventSubscriber {
  async onFlush({ uow }: FlushEventArgs): Promise<void> {
    const rows = new Map<string, { kind: string; entityId: string }>();
    const add = (kind: string, entityId: string | null | undefined) => {
      if (entityId) rows.set(`${kind}:${entityId}`, { kind, entityId });
    };
    for (const { entity, fields } of changesOf(uow)) {
      for (const source of searchSources) {
        if (entity instanceof source.entity) add(source.kind, (entity as { uuid?: string }).uuid);
        for (const dependency of source.dependencies ?? []) {
          if (!(entity instanceof dependency.entity)) continue;
          if (fields && dependency.fields && !fields.some((field) => dependency.fields!.includes(field))) continue;
          if ("affected" in dependency) {
            for (const id of dependency.affected(entity)) add(source.kind, id);
          } else {
            const key = dependency.keyOf ? dependency.keyOf(entity) : (entity as { uuid?: string }).uuid;
            add(expansionKind(source, dependency.key), key);
          }
        }
      }
    }
    for (const row of rows.values()) {
      const outbox = new SearchOutbox();
      outbox.kind = row.kind;
      outbox.entityId = row.entityId;
      uow.computeChangeSet(outbox);
    }
  }
}

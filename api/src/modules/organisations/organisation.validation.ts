import type { EntityManager } from "@mikro-orm/postgresql";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { badInput } from "../../graphql/errors.js";

/** Upper case, with one space before the inward code: `nw12db` becomes `NW1 2DB`. */
export function normalisePostcode(postcode: string): string {
  const compact = postcode.replace(/\s+/g, "").toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/** Escapes LIKE wildcards so user text matches literally. */
export function likeContaining(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * Flushes the unit of work (one transaction). Checks run before every flush,
 * so a unique violation here means a concurrent request won a race: it is
 * reported on the field the constraint guards rather than as an internal error.
 */
export async function flushReportingConflicts(
  em: EntityManager,
  fieldsByConstraint: Record<string, { field: string; message: string }>,
): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    const constraint = (error as { constraint?: string }).constraint;
    const conflict = constraint ? fieldsByConstraint[constraint] : undefined;
    if (error instanceof UniqueConstraintViolationException && conflict) {
      em.clear();
      throw badInput(conflict.field, conflict.message);
    }
    throw error;
  }
}

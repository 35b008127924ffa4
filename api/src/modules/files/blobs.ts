import type { EntityManager } from "@mikro-orm/postgresql";
import { Attachment } from "./attachment.entity.js";
import type { FileStorage } from "./storage/index.js";

/**
 * Deletes a blob from storage once no attachment holds it, as its file or as
 * its thumbnail (content addressing lets one blob serve many attachments).
 */
export async function releaseBlob(em: EntityManager, storage: FileStorage, sha256: string): Promise<void> {
  const holders = await em.count(Attachment, { $or: [{ sha256 }, { thumbnailSha256: sha256 }] });
  if (holders === 0) await storage.delete(sha256);
}

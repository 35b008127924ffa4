import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pathToFileURL } from "node:url";
import { pino } from "pino";
import { startTestApi, type TestApi } from "../../../test/harness.js";
import { makeAdmin, makeNetwork, mustMutate, resourceInput, setRole } from "../../../test/resource-fixtures.js";
import { csvWith } from "../../../test/file-fixtures.js";
import { NetworkRole } from "../../policy/index.js";
import { startApi, type RunningApi } from "../../server.js";

/**
 * Text extraction with several API processes on one database: each pending
 * file is claimed by one of them, so each is read exactly once.
 */
const reads: { attachmentId: string; process: string }[] = [];

/** A logger that notes every file a process reads ("file read" lines). */
const noting = (process: string) =>
  pino(
    { level: "info" },
    {
      write(line: string) {
        const entry = JSON.parse(line) as { msg: string; attachmentId?: string };
        if (entry.msg === "file read") reads.push({ attachmentId: entry.attachmentId!, process });
      },
    },
  );

let api: TestApi;
const others: RunningApi[] = [];

beforeAll(async () => {
  api = await startTestApi({}, { logger: noting("first") });
});

afterAll(async () => {
  await Promise.all(others.map((other) => other.stop()));
});

const sql = <T>(query: string) => api.orm.em.fork().getConnection().execute<T[]>(query);

async function settled(): Promise<void> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const [row] = await sql<{ n: string }>("select count(*) as n from attachment where extraction_status = 'PENDING'");
    if (Number(row!.n) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("extraction did not finish");
}

/** How many times each attachment was read since `from` (an index into `reads`). */
function readsPerFile(from: number): number[] {
  const counts = new Map<string, number>();
  for (const { attachmentId } of reads.slice(from)) counts.set(attachmentId, (counts.get(attachmentId) ?? 0) + 1);
  return [...counts.values()];
}

describe("text extraction with several API processes", () => {
  // Starts two more API processes: more time than a test of one request.
  it("reads each pending file exactly once, whichever process claims it", { timeout: 120_000 }, async () => {
    const admin = await makeAdmin(api);
    const author = await api.signUp({ name: "Uploading Author" });
    await makeNetwork(api, admin, "extraction-net");
    await setRole(api, author, "extraction-net", NetworkRole.CONTRIBUTOR);
    await mustMutate(api, author, "createResource", resourceInput("extraction-guide", "extraction-net"));
    const FILES = 8;
    for (let n = 0; n < FILES; n += 1) {
      const requested = await api.gql<{ requestAttachmentUpload: { uploadUrl: string } }>(
        `mutation($input: RequestAttachmentUploadInput!) { requestAttachmentUpload(input: $input) { uploadUrl } }`,
        { input: { resourceSlug: "extraction-guide", title: `Table ${n}`, filename: `table-${n}.csv` } },
        author.auth,
      );
      const response = await fetch(requested.data!.requestAttachmentUpload.uploadUrl, {
        method: "PUT",
        body: csvWith(`word${n}`),
      });
      expect(response.status).toBe(201);
    }
    await settled();
    expect(readsPerFile(0)).toEqual(Array(FILES).fill(1));

    // As after a restart mid-way: every file pending again, then two more processes start together.
    const before = reads.length;
    await sql("update attachment set extraction_status = 'PENDING', extracted_text = null");
    await sql("insert into extraction_job (attachment_id, next_attempt_at) select id, now() from attachment");
    const start = (name: string) =>
      startApi(api.config, { logger: noting(name), extractionWorker: pathToFileURL(inject("extractionWorker")) });
    others.push(...(await Promise.all([start("second"), start("third")])));
    await settled();
    // Both poll; neither reads a file the other has claimed, before or after it is done.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(readsPerFile(before)).toEqual(Array(FILES).fill(1));
    expect(reads.length - before).toBe(FILES);
    const [jobs] = await sql<{ n: string }>("select count(*) as n from extraction_job");
    expect(Number(jobs!.n)).toBe(0);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { drainOutbox } from "../../../test/search-helpers.js";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { makeAdmin, makeNetwork, mustMutate, resourceInput, setRole } from "../../../test/resource-fixtures.js";
import sharp from "sharp";
import {
  corruptPdf,
  csvWith,
  docxWith,
  mp4,
  odpWith,
  odtWith,
  pdfWith,
  picture,
  png,
  pptxWith,
  shellScript,
  windowsExecutable,
  xlsxWith,
} from "../../../test/file-fixtures.js";
import { createLogger } from "../../logger.js";
import { NetworkRole } from "../../policy/index.js";
import { createMeilisearch, Indexer } from "../search/index.js";
import { signTicket } from "./upload-signature.js";
import { FILE_TYPES } from "./file-type.js";

const FILE_MIME = Object.fromEntries(Object.entries(FILE_TYPES).map(([type, facts]) => [type, facts.mimeType]));

/**
 * Attachments end to end over HTTP, as a client would: a signed URL from
 * GraphQL, the bytes PUT to it, the file downloaded with the resource's
 * permissions, and its text found by search.
 */
const MAX_BYTES = 64 * 1024;
const SECRET = "a test secret that is at least thirty-two characters";

let api: TestApi;
let indexer: Indexer;
const people = {} as Record<"admin" | "author" | "member" | "outsider", TestUser>;

interface Uploaded {
  status: number;
  body: {
    attachment?: { id: string; fileType: string; sha256: string; downloadPath: string };
    error?: { message: string };
  };
  url: string;
}

async function requestUpload(user: TestUser | null, resourceSlug: string, filename: string, title = filename) {
  return api.gql<{ requestAttachmentUpload: { uploadUrl: string; maxBytes: number } }>(
    `mutation($input: RequestAttachmentUploadInput!) { requestAttachmentUpload(input: $input) { uploadUrl expiresAt maxBytes } }`,
    { input: { resourceSlug, title, filename } },
    user?.auth ?? {},
  );
}

async function put(url: string, bytes: Uint8Array): Promise<Uploaded> {
  const response = await fetch(url, { method: "PUT", body: bytes });
  return { status: response.status, body: (await response.json()) as Uploaded["body"], url };
}

async function upload(resourceSlug: string, filename: string, bytes: Uint8Array, title?: string): Promise<Uploaded> {
  const requested = await requestUpload(people.author, resourceSlug, filename, title);
  expect(requested.errors).toBeUndefined();
  return put(requested.data!.requestAttachmentUpload.uploadUrl, bytes);
}

const download = (path: string, user: TestUser | null = null, headers: Record<string, string> = {}) =>
  fetch(`${api.url}${path}`, { headers: { ...(user?.auth ?? {}), ...headers } });

interface AttachmentView {
  id: string;
  title: string;
  position: number;
  fileType: string;
  size: number;
  downloadCount: number;
  extractionStatus: string;
  extractionError: string | null;
  textPreview: string | null;
  thumbnailPath: string | null;
}

async function attachmentsOf(slug: string, user: TestUser = people.author): Promise<AttachmentView[]> {
  const result = await api.gql<{ resource: { attachments: AttachmentView[] } }>(
    `query($slug: String!) { resource(slug: $slug) { attachments {
      id title position fileType size downloadCount extractionStatus extractionError textPreview thumbnailPath } } }`,
    { slug },
    user.auth,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.resource.attachments;
}

/** Waits for text extraction as a client would, by asking until the status moves on. */
async function extracted(slug: string, id: string): Promise<AttachmentView> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const attachment = (await attachmentsOf(slug)).find((row) => row.id === id)!;
    if (attachment.extractionStatus !== "PENDING") return attachment;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("extraction did not finish");
}

const drain = () => drainOutbox(indexer);

async function searchSlugs(query: string, user: TestUser | null = null) {
  const result = await api.gql<{
    search: { edges: { node: { snippet: { text: string }; node: { slug: string } } }[] };
  }>(
    `query($query: String!) { search(query: $query, kinds: [RESOURCE]) { edges { node { snippet { text } node { ... on Resource { slug } } } } } }`,
    { query },
    user?.auth ?? {},
  );
  expect(result.errors).toBeUndefined();
  return result.data!.search.edges.map((edge) => ({ slug: edge.node.node.slug, snippet: edge.node.snippet.text }));
}

/** Waits until no attachment is still being read, so no thumbnail lands in storage while blobs are counted. */
async function settled(): Promise<void> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const pending = await api.orm.em
      .fork()
      .getConnection()
      .execute<{ count: string }[]>("select count(*) from attachment where extraction_status = 'PENDING'");
    if (Number(pending[0]!.count) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("extraction did not finish");
}

async function blobCount(): Promise<number> {
  await settled();
  const entries = await readdir(api.config.FILES_DIR, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && /^[0-9a-f]{64}$/.test(entry.name)).length;
}

beforeAll(async () => {
  api = await startTestApi({ INDEXER_IN_API: "false", FILE_MAX_BYTES: String(MAX_BYTES), FILE_URL_SECRET: SECRET });
  indexer = new Indexer(
    api.orm,
    createMeilisearch(api.config.MEILI_URL, api.config.MEILI_MASTER_KEY),
    api.config.MEILI_INDEX_PREFIX,
    createLogger("silent"),
    api.config.DATABASE_URL,
  );
  await indexer.prepare();
  people.admin = await makeAdmin(api);
  people.author = await api.signUp({ name: "Attaching Author" });
  people.member = await api.signUp({ name: "Network Member" });
  people.outsider = await api.signUp({ name: "Other Network Member" });
  await makeNetwork(api, people.admin, "files-net", { moderatorsPublishDirectly: true });
  await makeNetwork(api, people.admin, "other-net");
  await setRole(api, people.author, "files-net", NetworkRole.MODERATOR);
  await setRole(api, people.member, "files-net", NetworkRole.MEMBER);
  await setRole(api, people.outsider, "other-net", NetworkRole.MEMBER);
  for (const [slug, visibility, publish] of [
    ["open-guide", "PUBLIC", true],
    ["network-guide", "NETWORK", true],
    ["draft-guide", "PUBLIC", false],
    ["second-guide", "PUBLIC", true],
    ["every-type-guide", "PUBLIC", true],
    ["picture-guide", "PUBLIC", true],
    ["network-picture-guide", "NETWORK", true],
  ] as const) {
    await mustMutate(api, people.author, "createResource", resourceInput(slug, "files-net", { visibility }));
    if (publish) await mustMutate(api, people.author, "publishResource", { slug });
  }
});

describe("upload and download", () => {
  it("round-trips a PDF with the right headers, and counts whole downloads only", async () => {
    const bytes = pdfWith("Round trip check");
    const uploaded = await upload("open-guide", "Phonics plan.pdf", bytes, "Phonics plan");
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.attachment!.fileType).toBe("PDF");

    const response = await download(uploaded.body.attachment!.downloadPath);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^inline; filename="Phonics plan.pdf"/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(response.headers.get("etag")).toBe(`"${uploaded.body.attachment!.sha256}"`);
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);

    const partial = await download(uploaded.body.attachment!.downloadPath, null, { range: "bytes=5-14" });
    expect(partial.status).toBe(206);
    expect(partial.headers.get("content-range")).toBe(`bytes 5-14/${bytes.length}`);
    expect(new Uint8Array(await partial.arrayBuffer())).toEqual(bytes.slice(5, 15));
    const beyond = await download(uploaded.body.attachment!.downloadPath, null, { range: `bytes=${bytes.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${bytes.length}`);

    const [listed] = await attachmentsOf("open-guide");
    expect(listed).toMatchObject({ title: "Phonics plan", position: 1, fileType: "PDF", size: bytes.length });
    expect(listed!.downloadCount).toBe(1);
  });

  it("sends Office files and images with their own type; only images and PDFs inline", async () => {
    const word = await upload("second-guide", "plan.docx", docxWith("Word content"));
    const image = await upload("second-guide", "photo.png", png());
    const wordResponse = await download(word.body.attachment!.downloadPath);
    expect(wordResponse.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(wordResponse.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect((await download(image.body.attachment!.downloadPath)).headers.get("content-disposition")).toMatch(
      /^inline;/,
    );
  });

  it("stores the same content once however often it is attached", async () => {
    const bytes = pdfWith("Deduplicated handout");
    const before = await blobCount();
    const first = await upload("open-guide", "handout.pdf", bytes);
    const second = await upload("second-guide", "copy of handout.pdf", bytes);
    expect(first.body.attachment!.sha256).toBe(second.body.attachment!.sha256);
    expect(first.body.attachment!.id).not.toBe(second.body.attachment!.id);
    // One blob for the PDF and one for its first-page thumbnail, however many attachments share them.
    expect(await blobCount()).toBe(before + 2);
  });
});

describe("refused uploads", () => {
  it.each([
    ["a renamed Windows program", "report.pdf", windowsExecutable()],
    ["a shell script renamed .pdf", "report.pdf", shellScript()],
  ])("refuses %s with 415 and keeps nothing", async (_name, filename, bytes) => {
    const before = await blobCount();
    const refused = await upload("open-guide", filename, bytes);
    expect(refused.status).toBe(415);
    expect(refused.body.error!.message).toMatch(/cannot be attached/);
    expect(await blobCount()).toBe(before);
  });

  it("refuses a file over the size limit with 413 and keeps nothing", async () => {
    const before = await blobCount();
    const big = new Uint8Array(MAX_BYTES + 1).fill(0x61);
    const refused = await upload("open-guide", "long.txt", big);
    expect(refused.status).toBe(413);
    expect(await blobCount()).toBe(before);
    const tmp = await readdir(join(api.config.FILES_DIR, "tmp"));
    expect(tmp).toEqual([]);
  });

  it("refuses a used, expired or tampered upload URL", async () => {
    const used = await upload("open-guide", "once.txt", new TextEncoder().encode("only once"));
    expect(used.status).toBe(201);
    expect((await put(used.url, new TextEncoder().encode("again"))).status).toBe(410);

    const requested = await requestUpload(people.author, "open-guide", "late.txt");
    const url = new URL(requested.data!.requestAttachmentUpload.uploadUrl);
    const tampered = new URL(url);
    tampered.searchParams.set("signature", "A".repeat(43));
    expect((await put(tampered.toString(), new TextEncoder().encode("x"))).status).toBe(403);

    // Move the ticket into the past and sign that expiry as the server would.
    const ticketId = url.pathname.split("/").pop()!;
    const past = Math.floor(Date.now() / 1000) - 60;
    const [row] = await api.orm.em
      .getConnection()
      .execute<{ resource_id: string; user_id: string }[]>(
        "update attachment_upload_ticket set expires_at = to_timestamp(?) where id = ? returning resource_id, user_id",
        [past, ticketId],
      );
    const expired = new URL(url);
    expired.searchParams.set("expires", String(past));
    expired.searchParams.set(
      "signature",
      signTicket(SECRET, { ticketId, resourceId: row!.resource_id, userId: row!.user_id, expires: past }),
    );
    const late = await put(expired.toString(), new TextEncoder().encode("x"));
    expect(late.status).toBe(410);
    expect(late.body.error!.message).toMatch(/expired/);
  });

  it("gives upload URLs only to people who may edit the resource, and checks the input", async () => {
    expect((await requestUpload(null, "open-guide", "a.pdf")).errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    expect((await requestUpload(people.member, "open-guide", "a.pdf")).errors![0]!.extensions!.code).toBe("FORBIDDEN");
    const badName = await requestUpload(people.author, "open-guide", "../../etc/passwd");
    expect(badName.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.filename" });
    const noResource = await requestUpload(people.author, "no-such-guide", "a.pdf");
    expect(noResource.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.resourceSlug" });
  });
});

describe("download permissions", () => {
  const paths: Record<string, string> = {};
  beforeAll(async () => {
    for (const slug of ["open-guide", "network-guide", "draft-guide"]) {
      const uploaded = await upload(slug, `${slug}.txt`, new TextEncoder().encode(`Text of ${slug}`));
      paths[slug] = uploaded.body.attachment!.downloadPath;
    }
  });

  const matrix: [string, "anonymous" | "member" | "outsider" | "admin", number, number, number][] = [
    // viewer, open-guide, network-guide, draft-guide
    ["the public", "anonymous", 200, 404, 404],
    ["a member of the network", "member", 200, 200, 404],
    ["a member of another network", "outsider", 200, 404, 404],
    ["an admin", "admin", 200, 200, 200],
  ];
  it.each(matrix)("%s gets exactly what they may see", async (_name, who, open, network, draft) => {
    const user = who === "anonymous" ? null : people[who];
    expect((await download(paths["open-guide"]!, user)).status).toBe(open);
    expect((await download(paths["network-guide"]!, user)).status).toBe(network);
    expect((await download(paths["draft-guide"]!, user)).status).toBe(draft);
  });

  it("never lets shared caches keep a file that is not public", async () => {
    const response = await download(paths["network-guide"]!, people.member);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });
});

describe("text extraction and search", () => {
  it("finds a resource by a word only inside its PDF or Word attachment, with the snippet from the file", async () => {
    const pdf = await upload("open-guide", "axolotl.pdf", pdfWith("Axolotl segmented blending routine"), "Blending");
    const docx = await upload("second-guide", "narwhal.docx", docxWith("Narwhal fluency ladder for Year 2"));
    const hidden = await upload("network-guide", "pangolin.pdf", pdfWith("Pangolin moderation notes"));
    expect(await extracted("open-guide", pdf.body.attachment!.id)).toMatchObject({ extractionStatus: "DONE" });
    const word = await extracted("second-guide", docx.body.attachment!.id);
    expect(word.textPreview).toContain("Narwhal fluency ladder");
    await extracted("network-guide", hidden.body.attachment!.id);
    await drain();

    const axolotl = await searchSlugs("axolotl");
    expect(axolotl.map((hit) => hit.slug)).toEqual(["open-guide"]);
    expect(axolotl[0]!.snippet).toContain("Axolotl segmented blending");
    expect((await searchSlugs("narwhal")).map((hit) => hit.slug)).toEqual(["second-guide"]);
    // A network-only resource's file text is found only by those who may see it.
    expect(await searchSlugs("pangolin")).toEqual([]);
    expect((await searchSlugs("pangolin", people.member)).map((hit) => hit.slug)).toEqual(["network-guide"]);
  });

  it("keeps a damaged PDF downloadable and records why it could not be read", async () => {
    const uploaded = await upload("second-guide", "broken.pdf", corruptPdf());
    expect(uploaded.status).toBe(201);
    const attachment = await extracted("second-guide", uploaded.body.attachment!.id);
    expect(attachment.extractionStatus).toBe("FAILED");
    expect(attachment.extractionError).toBeTruthy();
    expect((await download(uploaded.body.attachment!.downloadPath)).status).toBe(200);
  });
});

describe("changing attachments", () => {
  it("renames, reorders and removes attachments, for those who may edit", async () => {
    const [first, second] = await attachmentsOf("open-guide");
    const moved = await api.gql<{ updateAttachment: { attachment: { title: string; position: number } } }>(
      `mutation($input: UpdateAttachmentInput!) { updateAttachment(input: $input) { attachment { title position } } }`,
      { input: { id: second!.id, title: "Now first", position: 1 } },
      people.author.auth,
    );
    expect(moved.data!.updateAttachment.attachment).toEqual({ title: "Now first", position: 1 });
    expect((await attachmentsOf("open-guide")).map((row) => row.id).slice(0, 2)).toEqual([second!.id, first!.id]);

    const outOfRange = await api.gql(
      `mutation($input: UpdateAttachmentInput!) { updateAttachment(input: $input) { attachment { id } } }`,
      { input: { id: first!.id, position: 99 } },
      people.author.auth,
    );
    expect(outOfRange.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.position" });

    const REMOVE = `mutation($input: AttachmentRefInput!) { removeAttachment(input: $input) { resource { attachments { id position } } } }`;
    const refused = await api.gql(REMOVE, { input: { id: first!.id } }, people.member.auth);
    expect(refused.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    const removed = await api.gql<{
      removeAttachment: { resource: { attachments: { id: string; position: number }[] } };
    }>(REMOVE, { input: { id: first!.id } }, people.author.auth);
    const left = removed.data!.removeAttachment.resource.attachments;
    expect(left.map((row) => row.id)).not.toContain(first!.id);
    expect(left.map((row) => row.position)).toEqual(left.map((_row, index) => index + 1));
  });
});

describe("every accepted type", () => {
  it.each([
    ["PDF", "plan.pdf", () => pdfWith("Every type PDF"), "application/pdf"],
    ["DOCX", "plan.docx", () => docxWith("Every type Word"), FILE_MIME.DOCX],
    ["PPTX", "slides.pptx", () => pptxWith("Every type slides"), FILE_MIME.PPTX],
    ["XLSX", "grid.xlsx", () => xlsxWith("Every type grid"), FILE_MIME.XLSX],
    ["ODT", "plan.odt", () => odtWith("Every type OpenDocument"), "application/vnd.oasis.opendocument.text"],
    ["ODP", "slides.odp", () => odpWith("Every type OpenDocument slides"), FILE_MIME.ODP],
    ["PNG", "photo.png", () => picture("png"), "image/png"],
    ["JPEG", "photo.jpg", () => picture("jpeg"), "image/jpeg"],
    ["WEBP", "photo.webp", () => picture("webp"), "image/webp"],
    ["MP4", "clip.mp4", () => mp4(), "video/mp4"],
    ["TEXT", "notes.txt", () => new TextEncoder().encode("Every type notes"), "text/plain; charset=utf-8"],
    ["CSV", "scores.csv", () => csvWith("Every type table"), "text/csv; charset=utf-8"],
  ] as const)("accepts a %s and sends it back byte for byte with its type", async (type, filename, make, mimeType) => {
    const bytes = await make();
    const uploaded = await upload("every-type-guide", filename, bytes);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.attachment!.fileType).toBe(type);
    const response = await download(uploaded.body.attachment!.downloadPath);
    expect(response.headers.get("content-type")).toBe(mimeType);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });

  it("reads the text of documents, makes thumbnails of PDFs and pictures, and leaves video alone", async () => {
    await settled();
    const byType = new Map((await attachmentsOf("every-type-guide")).map((row) => [row.fileType, row]));
    for (const type of ["PDF", "DOCX", "PPTX", "XLSX", "ODT", "ODP", "TEXT", "CSV"]) {
      expect(byType.get(type), type).toMatchObject({ extractionStatus: "DONE" });
      expect(byType.get(type)!.textPreview, type).toMatch(/Every type/);
    }
    for (const type of ["PNG", "JPEG", "WEBP", "MP4"]) {
      expect(byType.get(type), type).toMatchObject({ extractionStatus: "NOT_APPLICABLE", textPreview: null });
    }
    for (const type of ["PDF", "PNG", "JPEG", "WEBP"]) expect(byType.get(type)!.thumbnailPath, type).toBeTruthy();
    for (const type of ["DOCX", "PPTX", "XLSX", "ODT", "ODP", "MP4", "TEXT", "CSV"]) {
      expect(byType.get(type)!.thumbnailPath, type).toBeNull();
    }
  });

  it("finds a resource by a word only inside its spreadsheet, slides or OpenDocument slides, with a snippet", async () => {
    await upload("every-type-guide", "tally.xlsx", xlsxWith("Ocelot attendance tally"));
    await upload("second-guide", "deck.pptx", pptxWith("Wombat phonics deck"));
    await upload("open-guide", "talk.odp", odpWith("Capybara oracy talk"));
    await settled();
    await drain();
    for (const [word, slug, passage] of [
      ["ocelot", "every-type-guide", "Ocelot attendance tally"],
      ["wombat", "second-guide", "Wombat phonics deck"],
      ["capybara", "open-guide", "Capybara oracy talk"],
    ]) {
      const hits = await searchSlugs(word!);
      expect(hits.map((hit) => hit.slug)).toEqual([slug]);
      expect(hits[0]!.snippet).toContain(passage);
    }
  });
});

describe("thumbnails", () => {
  const thumbnails: Record<string, string> = {};

  beforeAll(async () => {
    for (const slug of ["picture-guide", "network-picture-guide"]) {
      const pdf = await upload(slug, "first page.pdf", pdfWith(`First page of ${slug}`), "Plan on a page");
      const image = await upload(slug, "poster.png", await picture("png", 640, 480), "Poster");
      thumbnails[`${slug} PDF`] = (await extracted(slug, pdf.body.attachment!.id)).thumbnailPath!;
      thumbnails[`${slug} PNG`] = (await extracted(slug, image.body.attachment!.id)).thumbnailPath!;
    }
  });

  it("draws a PDF's first page and shrinks a picture into a small WebP", async () => {
    const pdf = await download(thumbnails["picture-guide PDF"]!);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("image/webp");
    expect(pdf.headers.get("cache-control")).toMatch(/^public/);
    expect(await sharp(Buffer.from(await pdf.arrayBuffer())).metadata()).toMatchObject({
      format: "webp",
      width: 320,
      height: 115,
    });
    const image = await download(thumbnails["picture-guide PNG"]!);
    expect(await sharp(Buffer.from(await image.arrayBuffer())).metadata()).toMatchObject({ width: 320, height: 240 });
    const again = await download(thumbnails["picture-guide PNG"]!, null, {
      "if-none-match": image.headers.get("etag")!,
    });
    expect(again.status).toBe(304);
  });

  const matrix: [string, "anonymous" | "outsider" | "member" | "author", number, number][] = [
    // viewer, public resource, network-only resource
    ["the public", "anonymous", 200, 404],
    ["a member of another network", "outsider", 200, 404],
    ["a member of the network", "member", 200, 200],
    ["the author", "author", 200, 200],
  ];
  it.each(matrix)("%s gets exactly the thumbnails they may see", async (_name, who, open, network) => {
    const user = who === "anonymous" ? null : people[who];
    for (const type of ["PDF", "PNG"]) {
      expect((await download(thumbnails[`picture-guide ${type}`]!, user)).status, type).toBe(open);
      expect((await download(thumbnails[`network-picture-guide ${type}`]!, user)).status, type).toBe(network);
    }
  });

  it("never lets shared caches keep a network-only thumbnail", async () => {
    const response = await download(thumbnails["network-picture-guide PDF"]!, people.member);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("pictures a resource on cards by its first attachment with a thumbnail, for those who may see it", async () => {
    const CARD = `query($slug: String!) { resource(slug: $slug) { thumbnail { title thumbnailPath } } }`;
    const card = await api.gql<{ resource: { thumbnail: { title: string; thumbnailPath: string } | null } }>(CARD, {
      slug: "picture-guide",
    });
    expect(card.data!.resource.thumbnail).toEqual({
      title: "Plan on a page",
      thumbnailPath: thumbnails["picture-guide PDF"],
    });
    const hidden = await api.gql<{ resource: unknown }>(CARD, { slug: "network-picture-guide" });
    expect(hidden.data?.resource ?? null).toBeNull();
  });

  it("gives no thumbnail to a damaged PDF, and removes a thumbnail with its last attachment", async () => {
    const broken = await upload("picture-guide", "broken.pdf", corruptPdf());
    expect(await extracted("picture-guide", broken.body.attachment!.id)).toMatchObject({
      extractionStatus: "FAILED",
      thumbnailPath: null,
    });
    const only = await upload("picture-guide", "unique.png", await picture("png", 123, 45));
    const { thumbnailPath } = await extracted("picture-guide", only.body.attachment!.id);
    expect((await download(thumbnailPath!)).status).toBe(200);
    const before = await blobCount();
    const removed = await api.gql(
      `mutation($input: AttachmentRefInput!) { removeAttachment(input: $input) { resource { id } } }`,
      { input: { id: only.body.attachment!.id } },
      people.author.auth,
    );
    expect(removed.errors).toBeUndefined();
    // The picture and its thumbnail both go.
    expect(await blobCount()).toBe(before - 2);
    expect((await download(thumbnailPath!)).status).toBe(404);
  });
});

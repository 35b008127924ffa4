import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { lastMailTo, linkIn } from "./mail.js";

/**
 * The library the browser tests browse, created the way a real hub would create it: the first
 * admin from the command line, everything else through the public GraphQL API. It holds one
 * resource shared only with a network, one draft, one network-only event and one network-only
 * collection, which must never reach a public page, search, the sitemap or a feed.
 */
export const FIXTURES = {
  hub: { slug: "riverside-hub", name: "Riverside Hub" },
  historyNetwork: { slug: "riverside-history-network", name: "Riverside History Network" },
  primary: { urn: "900101", name: "Brookfield Primary School" },
  secondary: { urn: "900102", name: "Castle Hill Academy" },
  publicResource: { slug: "ks3-history-enquiry-sequence", title: "Planning a Key Stage 3 history enquiry" },
  relatedResource: { slug: "keep-up-phonics-sessions", title: "Daily keep-up sessions for Year 1 phonics" },
  renamedFrom: "phonics-keep-up",
  networkOnlyResource: { slug: "history-moderation-notes", title: "Internal notes from our history moderation day" },
  publicAttachment: {
    title: "Enquiry planning grid",
    filename: "enquiry-grid.txt",
    text: "Question, evidence, argument: one row for each of the six lessons.",
  },
  draftResource: { slug: "unfinished-oracy-guide", title: "An unfinished guide to oracy" },
  aoe: { slug: "early-reading-at-brookfield", title: "Early reading and phonics" },
  event: { slug: "brookfield-phonics-open-morning", title: "Phonics open morning at Brookfield" },
  networkOnlyEvent: { slug: "history-network-planning-meeting", title: "History network planning meeting" },
  entitlement: { slug: "ks3-history", title: "Key Stage 3 history entitlement" },
  ambition: { slug: "riverside-phonics-2028", title: "Phonics screening check: 90% by 2028" },
  collection: { slug: "riverside-reading-starter-kit", title: "Riverside's early reading starter kit" },
  networkOnlyCollection: { slug: "history-moderation-pack", title: "History moderation pack for members" },
} as const;

export type Fixtures = typeof FIXTURES;

/** The fixtures' administrator, who may see everything, drafts and network-only material included. */
export const ADMIN = {
  email: "hannah.okafor@riverside.example",
  name: "Hannah Okafor",
  password: "a long and private passphrase",
};

export class Api {
  constructor(
    private readonly url: string,
    private token?: string,
  ) {}

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const send = () =>
      fetch(this.url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
    // A kept-alive connection from the health check may be closed by the server just as it is
    // reused (the admin command takes longer than Node's keep-alive timeout): one retry then.
    const response = await send().catch((error: unknown) => {
      if (error instanceof TypeError && error.message === "fetch failed") return send();
      throw error;
    });
    const result = (await response.json()) as { data?: T; errors?: unknown[] };
    if (result.errors) throw new Error(`fixture call failed: ${JSON.stringify(result.errors)}\n${query}`);
    return result.data!;
  }

  /** Runs `mutation { name(input: $input) { ...selection } }`. */
  mutate<T = Record<string, unknown>>(name: string, inputType: string, input: unknown, selection = "__typename") {
    return this.gql<T>(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`, { input });
  }

  /** Attaches a file to a resource the way a client does: a signed URL from GraphQL, then a PUT of the bytes. */
  async attach(resourceSlug: string, title: string, filename: string, bytes: Uint8Array): Promise<void> {
    const { requestAttachmentUpload } = await this.mutate<{ requestAttachmentUpload: { uploadUrl: string } }>(
      "requestAttachmentUpload",
      "RequestAttachmentUploadInput",
      { resourceSlug, title, filename },
      "uploadUrl",
    );
    const response = await fetch(requestAttachmentUpload.uploadUrl, { method: "PUT", body: Buffer.from(bytes) });
    if (response.status !== 201) throw new Error(`fixture upload failed: ${response.status} ${await response.text()}`);
  }

  signedIn(token: string): Api {
    return new Api(this.url, token);
  }
}

function createAdmin(env: NodeJS.ProcessEnv, repoRoot: string): void {
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, "api/dist/cli/admin-create.js"), "--email", ADMIN.email, "--name", ADMIN.name, "--password-stdin"],
    { env, input: `${ADMIN.password}\n`, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`admin:create failed: ${result.stderr}`);
}

const inDays = (days: number, hour: number) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

/**
 * Signs someone up as a client does and uses the link mailed to them, so the account exists and is
 * signed in; for people a test needs of its own (the demo accounts are shared by every test file).
 */
export async function confirmedAccount(
  anonymous: Api,
  mailOutboxDir: string,
  person: { name: string; email: string; password: string; jobTitle?: string },
): Promise<{ token: string; user: { id: string } }> {
  await anonymous.mutate("signUp", "SignUpInput", person, "email");
  const confirmation = linkIn(await lastMailTo(mailOutboxDir, person.email), "/sign-up/confirm/");
  const { confirmSignUp } = await anonymous.mutate<{ confirmSignUp: { token: string; user: { id: string } } }>(
    "confirmSignUp",
    "ConfirmSignUpInput",
    { token: decodeURIComponent(new URL(confirmation).pathname.split("/").pop()!) },
    "token user { id }",
  );
  return confirmSignUp;
}

export async function createFixtures(graphqlUrl: string, env: NodeJS.ProcessEnv, repoRoot: string): Promise<void> {
  createAdmin(env, repoRoot);
  const anonymous = new Api(graphqlUrl);
  const { signIn } = await anonymous.mutate<{ signIn: { token: string } }>(
    "signIn",
    "SignInInput",
    { email: ADMIN.email, password: ADMIN.password },
    "token",
  );
  const admin = anonymous.signedIn(signIn.token);
  const contact = await confirmedAccount(anonymous, env["MAIL_OUTBOX_DIR"]!, {
    name: "Tom Reyes",
    email: "tom.reyes@brookfield.example",
    password: "reading every single day",
    jobTitle: "Reading lead",
  });
  const f = FIXTURES;

  for (const network of [
    {
      ...f.hub,
      kind: "HUB",
      region: "SOUTH_WEST",
      description: "Twenty primary and secondary schools along the river that review each other's practice every year.",
    },
    {
      ...f.historyNetwork,
      kind: "SUBJECT_NETWORK",
      subject: "History",
      description: "Heads of history from Riverside Hub's secondary schools, planning a shared Key Stage 3 curriculum.",
    },
  ]) {
    await admin.mutate("createNetwork", "CreateNetworkInput", network);
  }
  for (const school of [
    {
      ...f.primary,
      slug: "brookfield-primary",
      phase: "PRIMARY",
      region: "SOUTH_WEST",
      localAuthority: "Somerset",
      postcode: "TA1 1AA",
    },
    {
      ...f.secondary,
      slug: "castle-hill-academy",
      phase: "SECONDARY",
      region: "SOUTH_WEST",
      localAuthority: "Somerset",
    },
  ]) {
    await admin.mutate("createSchool", "CreateSchoolInput", school);
  }
  await admin.mutate("addSchoolsToNetwork", "AddSchoolsToNetworkInput", {
    networkSlug: f.hub.slug,
    urns: [f.primary.urn, f.secondary.urn],
  });
  await admin.mutate("addSchoolsToNetwork", "AddSchoolsToNetworkInput", {
    networkSlug: f.historyNetwork.slug,
    urns: [f.secondary.urn],
  });

  await admin.mutate("createAmbition", "CreateAmbitionInput", {
    slug: f.ambition.slug,
    networkSlug: f.hub.slug,
    title: f.ambition.title,
    description: "Nine in ten Year 1 pupils in every Riverside school meet the expected standard in the phonics check.",
    targetPercentage: 90,
    targetYear: 2028,
  });

  const publish = async (input: Record<string, unknown>) => {
    const { createResource } = await admin.mutate<{ createResource: { resource: { id: string } } }>(
      "createResource",
      "CreateResourceInput",
      { licence: "CC_BY_4_0", visibility: "PUBLIC", ...input },
      "resource { id }",
    );
    await admin.mutate("submitResourceForReview", "ResourceRefInput", { slug: input["slug"] });
    await admin.mutate("publishResource", "ResourceRefInput", { slug: input["slug"] });
    return createResource.resource.id;
  };

  const phonicsId = await publish({
    slug: f.renamedFrom,
    owningNetworkSlug: f.hub.slug,
    schoolUrn: f.primary.urn,
    type: "GUIDE",
    title: f.relatedResource.title,
    summary:
      "Short, same-day sessions that catch Year 1 children who did not secure the morning's sound before they fall behind.",
    body: "## Why keep-up, not catch-up\n\nA child who misses one sound on Monday is two sounds behind by Tuesday. Ten minutes the same afternoon closes the gap while it is small.\n\n## How a session runs\n\n1. Review the sound from the morning lesson.\n2. Blend three words that use it.\n3. Read one short sentence together.",
    subjectSlugs: ["english"],
    phases: ["PRIMARY"],
    keyStages: ["KS1"],
    yearGroups: ["Y1"],
    themeSlugs: ["early-reading-and-phonics"],
    ambitionSlugs: [f.ambition.slug],
    tags: ["phonics", "keep-up"],
  });
  // Renamed after publication: the old address must keep working, as a permanent redirect.
  await admin.mutate("updateResource", "UpdateResourceInput", {
    slug: f.renamedFrom,
    newSlug: f.relatedResource.slug,
    message: "Clearer address",
  });

  await publish({
    slug: f.publicResource.slug,
    owningNetworkSlug: f.historyNetwork.slug,
    schoolUrn: f.secondary.urn,
    type: "LESSON_SEQUENCE",
    licence: "OGL_UK_3_0",
    title: f.publicResource.title,
    summary:
      "How our history departments build a six-lesson enquiry around one question, so pupils argue from evidence rather than retell a story.",
    body: "## Choosing the question\n\nA good enquiry question is one historians still disagree about. *Why did the Normans win?* works; *What happened in 1066?* does not.\n\n## Six lessons\n\n- Lesson 1: the question and what pupils already think\n- Lessons 2 to 5: one kind of evidence each\n- Lesson 6: a written argument\n\n<script>alert('never rendered')</script>",
    subjectSlugs: ["history"],
    phases: ["SECONDARY"],
    keyStages: ["KS3"],
    yearGroups: ["Y7"],
    themeSlugs: ["curriculum-design"],
    links: [
      {
        title: "The national curriculum for history",
        url: "https://www.gov.uk/government/publications/national-curriculum-in-england-history-programmes-of-study",
      },
    ],
    relatedResourceSlugs: [f.relatedResource.slug],
    tags: ["enquiry", "Normans"],
  });

  await admin.attach(
    f.publicResource.slug,
    f.publicAttachment.title,
    f.publicAttachment.filename,
    new TextEncoder().encode(f.publicAttachment.text),
  );

  await publish({
    slug: f.networkOnlyResource.slug,
    owningNetworkSlug: f.historyNetwork.slug,
    visibility: "NETWORK",
    type: "CASE_STUDY",
    title: f.networkOnlyResource.title,
    summary:
      "What we agreed about marking Year 9 essays at our spring moderation day, for members of the network only.",
    subjectSlugs: ["history"],
    keyStages: ["KS3"],
    themeSlugs: ["curriculum-design"],
  });
  await admin.mutate("createResource", "CreateResourceInput", {
    slug: f.draftResource.slug,
    owningNetworkSlug: f.hub.slug,
    visibility: "PUBLIC",
    licence: "CC_BY_4_0",
    type: "GUIDE",
    title: f.draftResource.title,
    summary: "Not finished yet, so nobody outside its authors should see it.",
    subjectSlugs: ["history"],
    themeSlugs: ["curriculum-design"],
  });

  await admin.mutate("proposeAreaOfExcellence", "ProposeAreaOfExcellenceInput", {
    slug: f.aoe.slug,
    schoolUrn: f.primary.urn,
    title: f.aoe.title,
    summary:
      "Nearly every pupil passes the Year 1 phonics screening check, including those who joined the school with little spoken English.",
    evidence:
      "Reviewers watched six phonics lessons across Reception and Year 1 and every adult used the same routines and language.\n\nThe school's tracking showed children falling behind were identified within a day and caught up within a week.",
    phase: "PRIMARY",
    reviewDate: "2026-03-12",
    sourceReview: "QAR",
    overallEstimate: "Leading",
    themeSlugs: ["early-reading-and-phonics"],
    ambitionSlugs: [f.ambition.slug],
    contactId: contact.user.id,
  });
  await admin.mutate("validateAreaOfExcellence", "AreaOfExcellenceRefInput", { slug: f.aoe.slug });
  await admin.mutate("linkResourceToAreaOfExcellence", "AreaOfExcellenceResourceInput", {
    slug: f.aoe.slug,
    resourceId: phonicsId,
  });

  await admin.mutate("createEvent", "CreateEventInput", {
    slug: f.event.slug,
    title: f.event.title,
    description:
      "Watch a Reception phonics lesson and a Year 1 keep-up session, then talk with the reading lead about how the school trains every adult.",
    kind: "AOE_EVENT",
    mode: "IN_PERSON",
    venue: "Brookfield Primary School hall",
    areaOfExcellenceSlug: f.aoe.slug,
    hostSchoolUrn: f.primary.urn,
    startsAt: inDays(30, 9),
    endsAt: inDays(30, 12),
    capacity: 20,
    registrationOpen: true,
  });
  await admin.mutate("createEvent", "CreateEventInput", {
    slug: f.networkOnlyEvent.slug,
    title: f.networkOnlyEvent.title,
    description: "Members only: choosing next year's enquiries.",
    kind: "NETWORK_MEETING",
    mode: "ONLINE",
    onlineUrl: "https://meet.example/history",
    hostNetworkSlug: f.historyNetwork.slug,
    visibility: "NETWORK",
    startsAt: inDays(40, 15),
    endsAt: inDays(40, 16),
  });

  await createEntitlement(admin);
  await createCollections(admin);
  await searchCaughtUp(anonymous);
}

/** Waits until the search indexer has applied every change, so search tests see all the fixtures. */
async function searchCaughtUp(api: Api, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { searchStatus } = await api.gql<{ searchStatus: { pending: number } }>("{ searchStatus { pending } }");
    if (searchStatus.pending === 0) return;
    if (Date.now() > deadline) throw new Error(`search still has ${searchStatus.pending} changes to index`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * A public collection holding public resources and the network-only one (which the public must
 * not see in it), and a network-only collection the public must not see at all.
 */
async function createCollections(admin: Api): Promise<void> {
  const f = FIXTURES;
  const collections = [
    {
      ...f.collection,
      owningNetworkSlug: f.hub.slug,
      visibility: "PUBLIC",
      description:
        "Where a new reading lead might start: **keep-up sessions** first, then how a secondary department plans an enquiry, for the transition years.",
      resources: [f.relatedResource.slug, f.networkOnlyResource.slug, f.publicResource.slug],
    },
    {
      ...f.networkOnlyCollection,
      owningNetworkSlug: f.historyNetwork.slug,
      visibility: "NETWORK",
      description: "Members' notes and examples from the moderation day.",
      resources: [f.networkOnlyResource.slug, f.publicResource.slug],
    },
  ];
  for (const { resources, ...collection } of collections) {
    await admin.mutate("createCollection", "CreateCollectionInput", collection);
    for (const resourceSlug of resources) {
      await admin.mutate("addResourceToCollection", "AddResourceToCollectionInput", {
        collectionSlug: collection.slug,
        resourceSlug,
      });
    }
  }
}

/** Version 1 agreed and adopted by one school; version 2 (a changed and an added unit) agreed after it. */
async function createEntitlement(admin: Api): Promise<void> {
  const f = FIXTURES;
  const entitlementSelection = "entitlement { version } unit { id }";
  await admin.mutate("createCurriculumEntitlement", "CreateCurriculumEntitlementInput", {
    slug: f.entitlement.slug,
    title: f.entitlement.title,
    networkSlug: f.historyNetwork.slug,
    subjectSlug: "history",
    keyStage: "KS3",
    visibility: "PUBLIC",
    rationale:
      "What every pupil in our secondary schools learns in history from Year 7 to Year 9, whichever school they attend.",
  });
  const { entitlement } = await admin.gql<{ entitlement: { id: string } }>(
    `query($slug: String!) { entitlement: curriculumEntitlement(slug: $slug) { id } }`,
    { slug: f.entitlement.slug },
  );
  type UnitPayload = { addCurriculumUnit: { unit: { id: string } } };
  const addUnit = (input: Record<string, unknown>) =>
    admin.mutate<UnitPayload>(
      "addCurriculumUnit",
      "AddCurriculumUnitInput",
      { entitlementId: entitlement.id, ...input },
      entitlementSelection,
    );
  await addUnit({
    title: "The Norman Conquest",
    yearGroup: "Y7",
    term: "AUTUMN",
    summary: "Why William won in 1066 and how the Normans held England.",
    knowledge: ["The claimants to the throne in 1066", "Castles and the feudal system"],
    skills: ["Weighing causes against each other"],
    linkedResourceSlugs: [f.publicResource.slug],
  });
  await addUnit({
    title: "The Reformation",
    yearGroup: "Y8",
    term: "SPRING",
    knowledge: ["Henry VIII's break with Rome"],
    skills: ["Reading a source for its purpose"],
  });
  await admin.mutate("agreeEntitlement", "EntitlementVersionInput", { slug: f.entitlement.slug, version: 1 });
  await admin.mutate("recordEntitlementAdoption", "RecordEntitlementAdoptionInput", {
    slug: f.entitlement.slug,
    version: 1,
    schoolUrn: f.secondary.urn,
    adoptedOn: "2026-09-01",
  });

  const { createEntitlementDraftFromAgreed } = await admin.mutate<{
    createEntitlementDraftFromAgreed: { entitlement: { id: string; units: { id: string; title: string }[] } };
  }>(
    "createEntitlementDraftFromAgreed",
    "EntitlementSeriesInput",
    { slug: f.entitlement.slug },
    "entitlement { id units { id title } }",
  );
  const draft = createEntitlementDraftFromAgreed.entitlement;
  const conquest = draft.units.find((unit) => unit.title === "The Norman Conquest")!;
  await admin.mutate("updateCurriculumUnit", "UpdateCurriculumUnitInput", {
    unitId: conquest.id,
    knowledge: ["The claimants to the throne in 1066", "Castles and the feudal system", "The Domesday Book"],
  });
  await admin.mutate(
    "addCurriculumUnit",
    "AddCurriculumUnitInput",
    {
      entitlementId: draft.id,
      title: "The Industrial Revolution",
      yearGroup: "Y9",
      term: "AUTUMN",
      knowledge: ["Steam power and the factory system"],
      skills: ["Explaining change and continuity"],
    },
    entitlementSelection,
  );
  await admin.mutate("agreeEntitlement", "EntitlementVersionInput", { slug: f.entitlement.slug, version: 2 });
}

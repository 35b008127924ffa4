import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { ADMIN, Api, FIXTURES as F } from "./fixtures.js";
import { VISITOR, signIn, signedIn, useBrowser } from "./pages.js";

const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");
const newPage = useBrowser();

/** A network-only resource from Castle Hill Academy: on the school's page only for those who may see it. */
const PRIVATE_SCHOOL_RESOURCE = { slug: "castle-hill-history-marking-notes", title: "Castle Hill's notes on marking" };

beforeAll(async () => {
  const anonymous = new Api(`${apiUrl}/graphql`);
  const { signIn: session } = await anonymous.mutate<{ signIn: { token: string } }>(
    "signIn",
    "SignInInput",
    { email: ADMIN.email, password: ADMIN.password },
    "token",
  );
  const admin = anonymous.signedIn(session.token);
  await admin.mutate("createResource", "CreateResourceInput", {
    ...PRIVATE_SCHOOL_RESOURCE,
    owningNetworkSlug: F.historyNetwork.slug,
    schoolUrn: F.secondary.urn,
    visibility: "NETWORK",
    licence: "CC_BY_4_0",
    type: "CASE_STUDY",
    summary: "How our history department marks Year 9 essays, for members of the history network only.",
    subjectSlugs: ["history"],
    themeSlugs: ["curriculum-design"],
  });
  await admin.mutate("submitResourceForReview", "ResourceRefInput", { slug: PRIVATE_SCHOOL_RESOURCE.slug });
  await admin.mutate("publishResource", "ResourceRefInput", { slug: PRIVATE_SCHOOL_RESOURCE.slug });
});

const results = (page: Page) => page.getByRole("region", { name: "Results" });
const resultTitles = async (page: Page) => results(page).getByRole("heading", { level: 2 }).allTextContents();

/** Chooses filters in the directory's form and applies them, as a person without JavaScript does. */
async function applyFilters(
  page: Page,
  form: string,
  choices: { text?: [string, string]; select?: [string, string][] },
) {
  const filters = page.getByRole("form", { name: form });
  if (choices.text) await filters.getByLabel(choices.text[0], { exact: true }).fill(choices.text[1]);
  for (const [label, option] of choices.select ?? [])
    await filters.getByLabel(label, { exact: true }).selectOption({ label: option });
  const before = page.url();
  await filters.getByRole("button", { name: "Apply filters" }).click();
  // With JavaScript the page changes without a load: the address says when the filters are in it.
  await page.waitForURL((url) => url.href !== before);
}

describe("the school directory", () => {
  it("finds schools by name, phase, region and local authority, and pages through them, without JavaScript", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${webUrl}/schools`);
    // The sector dataset's schools and the fixtures' fill more than one page.
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next page" }).click();
    await expect(resultTitles(page)).resolves.not.toHaveLength(0);

    await page.goto(`${webUrl}/schools`);
    await applyFilters(page, "Find schools", { text: ["School name, URN or local authority", "castle hill"] });
    await expect(resultTitles(page)).resolves.toEqual([F.secondary.name]);

    await page.goto(`${webUrl}/schools`);
    await applyFilters(page, "Find schools", {
      select: [
        ["Phase", "Primary"],
        ["Region", "South West"],
        ["Local authority", "Somerset"],
      ],
    });
    const primaries = await resultTitles(page);
    expect(primaries).toContain(F.primary.name);
    expect(primaries).not.toContain(F.secondary.name);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Schools: Primary, South West, Somerset",
    );

    await page.goto(`${webUrl}/schools?q=no-school-is-called-this`);
    await page.getByText("No schools match these filters.").waitFor();
  });

  it("shows a school's resources only as far as the viewer may see them", async () => {
    const schoolPage = `${webUrl}/schools/${F.secondary.urn}`;
    const resourceTitles = async (page: Page) => {
      await page.goto(schoolPage);
      return page.getByRole("region", { name: "Resources" }).getByRole("heading", { level: 3 }).allTextContents();
    };
    const admin = await newPage();
    await signIn(admin, ADMIN.email, ADMIN.password);
    const viewers = {
      public: { page: await newPage(), sees: false },
      "signed in, not in the network": { page: await signedIn(newPage, VISITOR.email), sees: false },
      "a site admin": { page: admin, sees: true },
    };
    for (const [name, { page, sees }] of Object.entries(viewers)) {
      const titles = await resourceTitles(page);
      expect(titles, name).toContain(F.publicResource.title);
      expect(titles.includes(PRIVATE_SCHOOL_RESOURCE.title), name).toBe(sees);
    }
    const page = viewers.public.page;
    await page.getByRole("region", { name: "Networks" }).getByRole("link", { name: F.historyNetwork.name }).waitFor();
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Schools" }).click();
    await page.getByRole("heading", { level: 1, name: "Schools" }).waitFor();
  });
});

describe("the network directory", () => {
  it("finds networks by name, kind and region without JavaScript", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${webUrl}/networks`);
    await applyFilters(page, "Find networks", { select: [["Kind of network", "Hub"]] });
    const hubs = await resultTitles(page);
    expect(hubs).toContain(F.hub.name);
    expect(hubs).not.toContain(F.historyNetwork.name);

    await page.goto(`${webUrl}/networks`);
    await applyFilters(page, "Find networks", {
      text: ["Network name", "riverside"],
      select: [["Region", "South West"]],
    });
    // The history network serves no one region, so the region leaves only the hub.
    await expect(resultTitles(page)).resolves.toEqual([F.hub.name]);
  });
});

describe("Areas of Excellence by network", () => {
  it("lists a hub's schools' Areas of Excellence on its page and in /excellence", async () => {
    const page = await newPage();
    await page.goto(`${webUrl}/networks/${F.hub.slug}`);
    await page
      .getByRole("region", { name: "Areas of Excellence at its schools" })
      .getByRole("link", { name: F.aoe.title })
      .waitFor();

    await page.goto(`${webUrl}/excellence`);
    await applyFilters(page, "Filter Areas of Excellence", { select: [["Hub or network", F.hub.name]] });
    // The sector dataset has an Area of Excellence of the same title elsewhere: the count tells them apart.
    await expect(resultTitles(page)).resolves.toEqual([F.aoe.title]);
    await expect(results(page).getByRole("status").textContent()).resolves.toBe("1 Area of Excellence");
    // The primary school is in the hub but not the history network: its strength is not the network's.
    await page.goto(`${webUrl}/excellence?network=${F.historyNetwork.slug}`);
    await page.getByText("No Areas of Excellence match these filters.").waitFor();
  });
});

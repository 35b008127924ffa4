import { describe, expect, inject, it } from "vitest";
import { ADMIN, Api, FIXTURES as F } from "./fixtures.js";
import { unique, useBrowser } from "./pages.js";

const webUrl = inject("webUrl");
const anonymous = new Api(`${inject("apiUrl")}/graphql`);
const newPage = useBrowser();

/** An agreed entitlement of one unit whose second version moves the unit to another year and rewrites it. */
async function entitlementWithChangedUnit(): Promise<string> {
  const { signIn } = await anonymous.mutate<{ signIn: { token: string } }>(
    "signIn",
    "SignInInput",
    { email: ADMIN.email, password: ADMIN.password },
    "token",
  );
  const admin = anonymous.signedIn(signIn.token);
  const slug = unique("browser-test-compare");
  const { createCurriculumEntitlement } = await admin.mutate<{
    createCurriculumEntitlement: { entitlement: { id: string } };
  }>(
    "createCurriculumEntitlement",
    "CreateCurriculumEntitlementInput",
    {
      slug,
      title: "Key Stage 3 history: empires",
      networkSlug: F.historyNetwork.slug,
      subjectSlug: "history",
      keyStage: "KS3",
      visibility: "PUBLIC",
      rationale: "How our schools teach the rise and fall of empires.",
    },
    "entitlement { id }",
  );
  await admin.mutate("addCurriculumUnit", "AddCurriculumUnitInput", {
    entitlementId: createCurriculumEntitlement.entitlement.id,
    title: "The Mughal Empire",
    yearGroup: "Y7",
    term: "SUMMER",
    summary: "Akbar's India.",
    knowledge: ["Akbar's reforms"],
    skills: ["Comparing two rulers"],
  });
  await admin.mutate("agreeEntitlement", "EntitlementVersionInput", { slug, version: 1 });
  const { createEntitlementDraftFromAgreed } = await admin.mutate<{
    createEntitlementDraftFromAgreed: { entitlement: { units: { id: string }[] } };
  }>("createEntitlementDraftFromAgreed", "EntitlementSeriesInput", { slug }, "entitlement { units { id } }");
  await admin.mutate("updateCurriculumUnit", "UpdateCurriculumUnitInput", {
    unitId: createEntitlementDraftFromAgreed.entitlement.units[0]!.id,
    title: "The Mughal Empire and its neighbours",
    yearGroup: "Y8",
    summary: "Akbar's India and the Safavid Persia it traded with.",
  });
  await admin.mutate("agreeEntitlement", "EntitlementVersionInput", { slug, version: 2 });
  return slug;
}

describe("comparing two versions of a curriculum entitlement", () => {
  it("names what changed in a unit in words, not the API's field names", async () => {
    const slug = await entitlementWithChangedUnit();
    const page = await newPage();
    await page.goto(`${webUrl}/curriculum/${slug}/compare?from=1&to=2`);
    const changed = page.getByRole("region", { name: "Units changed" });
    await changed.getByRole("heading", { name: "The Mughal Empire and its neighbours" }).waitFor();
    await expect(changed.getByText(/^Changed:/).textContent()).resolves.toBe("Changed: title, year group and summary.");
  });
});

import type { CurrentViewerQuery, FilterVocabularyQuery, KeyStage, Phase, Region, YearGroup } from "@hub/schema";
import { useRouteLoaderData } from "@remix-run/react";

import type { loader as rootLoader } from "./root";

/** What the root loader gives every page: the site's origin, the controlled vocabularies and who is signed in. */
interface RootData {
  readonly origin: string;
  readonly vocabulary: FilterVocabularyQuery;
  readonly viewer: CurrentViewerQuery["viewer"];
  /** The CSRF token for forms, given to signed-in people (pages with forms for others load their own). */
  readonly csrfToken: string | undefined;
}

type Matches = ReadonlyArray<{ readonly id: string; readonly data: unknown } | undefined>;

/** The root loader's data as a route's meta function sees it (absent on error pages). */
export function rootDataFrom(matches: Matches): RootData | undefined {
  return matches.find((match) => match?.id === "root")?.data as RootData | undefined;
}

function useRootData(): RootData {
  const data = useRouteLoaderData<typeof rootLoader>("root");
  if (!data) throw new Error("this component needs the root loader's data");
  return data;
}

/** The controlled vocabularies (subjects, themes, phases, key stages, regions, year groups). */
export function useVocabulary(): FilterVocabularyQuery {
  return useRootData().vocabulary;
}

/** The signed-in person and the CSRF token for their forms; undefined outside the root's data (error pages). */
export function useMember(): { viewer: NonNullable<CurrentViewerQuery["viewer"]>; csrfToken: string } | undefined {
  const data = useRouteLoaderData<typeof rootLoader>("root");
  return data?.viewer && data.csrfToken ? { viewer: data.viewer, csrfToken: data.csrfToken } : undefined;
}

/** The origin for absolute links, e.g. https://hub.example.org. */
export function useSiteOrigin(): string {
  return useRootData().origin;
}

export interface Labels {
  phase(value: Phase): string;
  keyStage(value: KeyStage): string;
  region(value: Region): string;
  yearGroup(value: YearGroup): string;
}

/** Labels for phases, key stages, regions and year groups, as the API words them. */
export function labelsFor(taxonomy: FilterVocabularyQuery["taxonomy"] | undefined): Labels {
  const lookup = <T extends string>(options: ReadonlyArray<{ value: T; label: string }> | undefined) => {
    const labels = new Map((options ?? []).map((option) => [option.value, option.label]));
    return (value: T) => labels.get(value) ?? value;
  };
  return {
    phase: lookup(taxonomy?.phases),
    keyStage: lookup(taxonomy?.keyStages),
    region: lookup(taxonomy?.regions),
    yearGroup: lookup(taxonomy?.yearGroups),
  };
}

export function useLabels(): Labels {
  return labelsFor(useVocabulary().taxonomy);
}

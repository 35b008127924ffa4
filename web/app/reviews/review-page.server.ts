import {
  AddReviewFindingDocument,
  DeleteQualityReviewDocument,
  ProposeAreaOfExcellenceFromFindingDocument,
  RemoveReviewFindingDocument,
  ReviewForEditingDocument,
  UpdateQualityReviewDocument,
  UpdateReviewFindingDocument,
  type FindingKind,
  type KeyStage,
  type Phase,
  type QualityReviewKind,
} from "@hub/schema";
import { data, redirect } from "@remix-run/node";

import type { FormFailure } from "../components/forms";
import * as api from "../graphql.server";
import { failureOf, requireSession, text, typed, typedList, typedValues } from "../member/forms.server";
import { saveRenewingSession, saveTypedForm } from "../member/session-renewal.server";
import { editQualityReviewPath, memberReviewsPath } from "../paths";
import { csrfHeaders, csrfTokenFor, verifiedForm } from "../session.server";
import { FINDING_FIELDS, THEMES } from "./finding-fields";
import { findingLinkId } from "./findings-section";

/** The review page's forms, each posted with its name as `intent`. */
export type ReviewForm = "review" | "delete" | "add" | "edit" | "remove" | "propose";
export type ReviewFailure = FormFailure<ReviewForm>;

export const REVIEW_FIELDS = ["kind", "reviewDate"] as const;
export const PROPOSAL_FIELDS = ["title", "slug", "summary", "evidence", "phase", "overallEstimate"] as const;

/** Where the page goes after a save: itself, saying what was saved, at the finding it was about. */
const savedAt = (reviewId: string, saved: string, findingId?: string) =>
  `${editQualityReviewPath(reviewId)}?saved=${saved}${findingId ? `#${findingLinkId(findingId)}` : ""}`;

/** The review list, saying a review was deleted. */
const withDeleted = (listPath: string) => `${listPath}${listPath.includes("?") ? "&" : "?"}deleted=1`;

/** The review, for those who may change it; a 404 for anyone else. */
export async function loadEditableReview(request: Request, reviewId: string) {
  requireSession(request);
  const { node } = await api.request(ReviewForEditingDocument, { id: reviewId }, { request });
  if (!node || node.__typename !== "QualityReview" || !node.viewerCanEdit) {
    throw new Response("There is no quality review here that you may change.", { status: 404 });
  }
  const csrf = csrfTokenFor(request);
  return data({ review: node, csrfToken: csrf.token }, csrfHeaders(csrf));
}

/**
 * A finding's form (adding or changing one) posted: saved, then back to the page; or, when the API
 * refused it, the form again as typed, the themes ticked joined in one value as FormFailure keeps them.
 */
async function saveFinding(
  request: Request,
  form: FormData,
  name: "add" | "edit",
  save: (values: FindingInput, options: api.RequestOptions) => Promise<unknown>,
) {
  const values = typedValues(form, FINDING_FIELDS);
  const themeSlugs = typedList(form, THEMES);
  const input: FindingInput = {
    kind: values.kind as FindingKind,
    themeSlugs,
    phase: (values.phase || null) as Phase | null,
    keyStage: (values.keyStage || null) as KeyStage | null,
    text: values.text,
  };
  const result = await saveRenewingSession(request, form, new Set([...FINDING_FIELDS, THEMES]), (options) =>
    save(input, options),
  );
  if ("saved" in result) return result;
  return data<ReviewFailure>(
    {
      form: name,
      values: { ...values, [THEMES]: themeSlugs.join(",") },
      problem: result.unsaved.problem,
      sessionEnded: result.unsaved.sessionEnded ?? false,
    },
    { status: result.status, headers: result.headers },
  );
}

interface FindingInput {
  kind: FindingKind;
  themeSlugs: string[];
  phase: Phase | null;
  keyStage: KeyStage | null;
  text: string;
}

/** Every form of the review page: the review's kind and date, deleting it, and its findings. */
export async function reviewPageAction(request: Request, reviewId: string) {
  const form = await verifiedForm(request);
  requireSession(request);
  const findingId = text(form, "findingId");
  switch (text(form, "intent")) {
    case "review":
      return saveTypedForm(request, form, { name: "review", fields: REVIEW_FIELDS }, async (options, headers) => {
        const input = {
          id: reviewId,
          kind: typed(form, "kind") as QualityReviewKind,
          reviewDate: text(form, "reviewDate"),
        };
        await api.request(UpdateQualityReviewDocument, { input }, options);
        return redirect(savedAt(reviewId, "changed"), { headers });
      });
    case "delete":
      try {
        await api.request(DeleteQualityReviewDocument, { input: { id: reviewId } }, { request });
      } catch (error) {
        return data<ReviewFailure>(failureOf("delete", form, [], error), { status: 400 });
      }
      return redirect(withDeleted(memberReviewsPath(text(form, "hubSlug"))));
    case "add": {
      const result = await saveFinding(request, form, "add", (values, options) =>
        api.request(AddReviewFindingDocument, { input: { reviewId, ...values } }, options),
      );
      return "saved" in result ? redirect(savedAt(reviewId, "added"), { headers: result.headers }) : result;
    }
    case "edit": {
      const result = await saveFinding(request, form, "edit", (values, options) =>
        api.request(UpdateReviewFindingDocument, { input: { id: findingId, ...values } }, options),
      );
      return "saved" in result ? redirect(savedAt(reviewId, "edited", findingId), { headers: result.headers }) : result;
    }
    case "remove":
      try {
        await api.request(RemoveReviewFindingDocument, { input: { id: findingId } }, { request });
        return redirect(savedAt(reviewId, "removed"));
      } catch (error) {
        return data<ReviewFailure>(failureOf("remove", form, [], error), { status: 400 });
      }
    case "propose":
      return saveTypedForm(request, form, { name: "propose", fields: PROPOSAL_FIELDS }, async (options, headers) => {
        const values = typedValues(form, PROPOSAL_FIELDS);
        const input = {
          findingId,
          title: values.title.trim(),
          slug: values.slug.trim(),
          summary: values.summary.trim(),
          evidence: values.evidence,
          phase: (values.phase || null) as Phase | null,
          overallEstimate: values.overallEstimate.trim() || null,
        };
        await api.request(ProposeAreaOfExcellenceFromFindingDocument, { input }, options);
        return redirect(savedAt(reviewId, "proposed", findingId), { headers });
      });
    default:
      throw new Response("This form asked for something the page does not do.", { status: 400 });
  }
}

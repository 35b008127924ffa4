import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { PageArgs, type Connection } from "../../graphql/relay.js";
import { bucketBy, loadBatched } from "../../graphql/batch.js";
import { canWriteReview } from "../../policy/index.js";
import { Network, School } from "../organisations/index.js";
import { Subject, Theme } from "../taxonomy/index.js";
import { AreaOfExcellence, ExcellenceService } from "../excellence/index.js";
import { QualityReview } from "./quality-review.entity.js";
import { ReviewFinding, ReviewFindingTheme } from "./review-finding.entity.js";
import {
  AddReviewFindingInput,
  CreateQualityReviewInput,
  ImportQualityReviewsInput,
  ProposeAreaOfExcellenceFromFindingInput,
  QualityReviewRefInput,
  ReviewFindingRefInput,
  UpdateQualityReviewInput,
  UpdateReviewFindingInput,
} from "./review.inputs.js";
import {
  DeleteQualityReviewPayload,
  ProposeFromFindingPayload,
  QualityReviewConnection,
  QualityReviewImportResult,
  QualityReviewPayload,
} from "./review.types.js";
import { MAX_FINDING_THEMES, MAX_FINDINGS } from "./review-limits.js";
import { hubProblem } from "./review.rules.js";
import { ReviewService } from "./review.service.js";

@Resolver(() => QualityReview)
export class QualityReviewResolver {
  @FieldResolver(() => School, { description: "The school reviewed." })
  school(@Root() review: QualityReview): Promise<School> {
    return review.school.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Network, { description: "The hub (or teaching school hub) that carried out the review." })
  hub(@Root() review: QualityReview): Promise<Network> {
    return review.hub.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => [ReviewFinding], {
    description: `What the review found, in the order entered (at most ${MAX_FINDINGS}).`,
  })
  async findings(@Root() review: QualityReview): Promise<ReviewFinding[]> {
    const findings = await review.findings.load({ dataloader: true });
    return findings.getItems().sort((a, b) => a.position - b.position);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may change or delete it and its findings (the hub's moderators and leads; admins).",
  })
  viewerCanEdit(@Root() review: QualityReview, @Ctx() { viewer }: Context): boolean {
    return canWriteReview(viewer, review.hub.unwrap().uuid);
  }

  @Mutation(() => QualityReviewPayload, {
    description:
      "Records a quality review of one of a hub's schools, with its findings (the hub's moderators and leads; admins).",
  })
  async createQualityReview(
    @Arg("input", () => CreateQualityReviewInput, { validate: false }) input: CreateQualityReviewInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<QualityReviewPayload> {
    return { qualityReview: await new ReviewService(em).create(viewer, input) };
  }

  @Mutation(() => QualityReviewPayload, { description: "Changes a review's kind or date (those who may enter it)." })
  async updateQualityReview(
    @Arg("input", () => UpdateQualityReviewInput, { validate: false }) input: UpdateQualityReviewInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<QualityReviewPayload> {
    return { qualityReview: await new ReviewService(em).update(viewer, input) };
  }

  @Mutation(() => DeleteQualityReviewPayload, { description: "Deletes a review and all its findings." })
  async deleteQualityReview(
    @Arg("input", () => QualityReviewRefInput, { validate: false }) input: QualityReviewRefInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<DeleteQualityReviewPayload> {
    return { deletedId: await new ReviewService(em).delete(viewer, input) };
  }

  @Mutation(() => QualityReviewPayload, { description: "Adds a finding to a review." })
  async addReviewFinding(
    @Arg("input", () => AddReviewFindingInput, { validate: false }) input: AddReviewFindingInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<QualityReviewPayload> {
    const finding = await new ReviewService(em).addFinding(viewer, input);
    return { qualityReview: await finding.review.loadOrFail(), finding };
  }

  @Mutation(() => QualityReviewPayload, { description: "Changes a finding of a review." })
  async updateReviewFinding(
    @Arg("input", () => UpdateReviewFindingInput, { validate: false }) input: UpdateReviewFindingInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<QualityReviewPayload> {
    const finding = await new ReviewService(em).updateFinding(viewer, input);
    return { qualityReview: await finding.review.loadOrFail(), finding };
  }

  @Mutation(() => QualityReviewPayload, { description: "Removes a finding from a review." })
  async removeReviewFinding(
    @Arg("input", () => ReviewFindingRefInput, { validate: false }) input: ReviewFindingRefInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<QualityReviewPayload> {
    return { qualityReview: await new ReviewService(em).removeFinding(viewer, input), finding: null };
  }

  @Mutation(() => ProposeFromFindingPayload, {
    description:
      "Puts a review's strength forward as an Area of Excellence (as `proposeAreaOfExcellence`, with the review's school, themes, kind and date), linking the two.",
  })
  proposeAreaOfExcellenceFromFinding(
    @Arg("input", () => ProposeAreaOfExcellenceFromFindingInput, { validate: false })
    input: ProposeAreaOfExcellenceFromFindingInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<ProposeFromFindingPayload> {
    return new ReviewService(em).proposeExcellence(viewer, input);
  }

  @Mutation(() => QualityReviewImportResult, {
    description:
      "Checks a CSV of review findings for one hub and, when `dryRun` is false and every row is good, imports it in one transaction. Problems are listed by line and column.",
  })
  importQualityReviews(
    @Arg("input", () => ImportQualityReviewsInput, { validate: false }) input: ImportQualityReviewsInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<QualityReviewImportResult> {
    return new ReviewService(em).importCsv(viewer, input);
  }
}

@Resolver(() => ReviewFinding)
export class ReviewFindingResolver {
  @FieldResolver(() => QualityReview, { description: "The review it belongs to." })
  review(@Root() finding: ReviewFinding): Promise<QualityReview> {
    return finding.review.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => [Theme], {
    description: `The themes it is about (at least one, at most ${MAX_FINDING_THEMES}).`,
  })
  async themes(@Root() finding: ReviewFinding, @Ctx() { em }: Context): Promise<Theme[]> {
    const themes = await loadBatched(em, "ReviewFinding.themes", finding.uuid, async (findingIds) => {
      const tags = await em.find(ReviewFindingTheme, { finding: { $in: findingIds } }, { populate: ["theme"] });
      const buckets = bucketBy(findingIds, tags, (tag) => [tag.finding.uuid]);
      return new Map([...buckets].map(([id, rows]) => [id, rows.map((tag) => tag.theme)]));
    });
    return (themes ?? []).sort((a, b) => a.sortOrder - b.sortOrder);
  }

  @FieldResolver(() => Subject, { nullable: true, description: "The subject it is about, if any." })
  subject(@Root() finding: ReviewFinding): Promise<Subject | null> {
    return finding.subject?.loadOrFail({ dataloader: true }) ?? Promise.resolve(null);
  }

  @FieldResolver(() => AreaOfExcellence, {
    nullable: true,
    description: "The Area of Excellence this strength was put forward as, if any you may see.",
  })
  async areaOfExcellence(
    @Root() finding: ReviewFinding,
    @Ctx() { em, viewer }: Context,
  ): Promise<AreaOfExcellence | null> {
    if (!finding.areaOfExcellence) return null;
    const aoe = await finding.areaOfExcellence.loadOrFail({ dataloader: true });
    return (await new ExcellenceService(em).canView(viewer, aoe)) ? aoe : null;
  }
}

/** Adds, to schools, networks and Areas of Excellence, their quality reviews. */
@Resolver(() => School)
export class SchoolReviewsResolver {
  @FieldResolver(() => QualityReviewConnection, {
    description:
      "The school's quality reviews, newest first: empty unless you are its staff, a moderator or lead of the reviewing hub, or an admin.",
  })
  qualityReviews(
    @Root() school: School,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<Connection<QualityReview>> {
    return new ReviewService(em).list(viewer, { school: school.uuid }, page);
  }
}

@Resolver(() => Network)
export class NetworkReviewsResolver {
  @FieldResolver(() => QualityReviewConnection, {
    description:
      "The quality reviews this hub carried out, newest first, of those you may read (its moderators and leads read all; a school's staff their school's).",
  })
  qualityReviews(
    @Root() network: Network,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<Connection<QualityReview>> {
    return new ReviewService(em).list(viewer, { hub: network.uuid }, page);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether you may enter this network's quality reviews: it is a hub and you moderate or lead it (or are an admin).",
  })
  viewerCanEnterQualityReviews(@Root() network: Network, @Ctx() { viewer }: Context): boolean {
    return hubProblem(network) === null && canWriteReview(viewer, network.uuid);
  }
}

@Resolver(() => AreaOfExcellence)
export class ExcellenceReviewResolver {
  @FieldResolver(() => ReviewFinding, {
    nullable: true,
    description:
      "The review strength it was put forward from, when it was and you may read that review (its school's staff, the hub's moderators and leads, admins).",
  })
  async sourceFinding(@Root() aoe: AreaOfExcellence, @Ctx() { em, viewer }: Context): Promise<ReviewFinding | null> {
    const found = await loadBatched(em, "AreaOfExcellence.sourceFinding", aoe.uuid, async (aoeIds) => {
      const findings = await new ReviewService(em).sourcesOf(viewer, aoeIds);
      return new Map(findings.map((finding) => [finding.areaOfExcellence!.unwrap().uuid, finding]));
    });
    return found ?? null;
  }
}

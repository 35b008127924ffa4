import type { EntityManager } from "@mikro-orm/postgresql";
import { LockMode, UniqueConstraintViolationException, ref, type FilterQuery } from "@mikro-orm/core";
import { badInput, notFound } from "../../graphql/errors.js";
import { validateInput } from "../../graphql/validation.js";
import { localIdOf, type Connection } from "../../graphql/relay.js";
import { paginate, type KeysetOrder } from "../../graphql/pagination.js";
import {
  authorize,
  canViewReview,
  canWriteReview,
  reviewVisibleWhere,
  type ReviewFacts,
  type Viewer,
} from "../../policy/index.js";
import { Network, NetworkSchool, School } from "../organisations/index.js";
import { type Subject, TaxonomyService, type KeyStage, type Phase, type Theme } from "../taxonomy/index.js";
import { User } from "../accounts/index.js";
import { AreaOfExcellence, ExcellenceService, ReviewKind } from "../excellence/index.js";
import { QualityReview } from "./quality-review.entity.js";
import { ReviewFinding, ReviewFindingTheme } from "./review-finding.entity.js";
import { FindingKind, type QualityReviewKind } from "./review.enums.js";
import {
  AddReviewFindingInput,
  CreateQualityReviewInput,
  ImportQualityReviewsInput,
  ProposeAreaOfExcellenceFromFindingInput,
  QualityReviewRefInput,
  ReviewFindingInput,
  ReviewFindingRefInput,
  UpdateQualityReviewInput,
  UpdateReviewFindingInput,
} from "./review.inputs.js";
import { readReviewCsv } from "./review-import.js";
import type { QualityReviewImportResult } from "./review.types.js";
import { MAX_FINDINGS } from "./review-limits.js";
import { hubProblem, reviewAlreadyRecorded, reviewDateProblem, reviewFull, schoolOutsideHub } from "./review.rules.js";

/** A finding's values once checked: the rows its slugs name. */
export interface FindingValues {
  kind: FindingKind;
  themes: Theme[];
  phase: Phase | null;
  keyStage: KeyStage | null;
  subject: Subject | null;
  text: string;
}

/** A review's values once checked, from a mutation or a CSV import. */
export interface ReviewValues {
  school: School;
  hub: Network;
  kind: QualityReviewKind;
  reviewDate: string;
  findings: FindingValues[];
}

const NEWEST_FIRST: KeysetOrder<QualityReview> = {
  field: "reviewDate",
  direction: "desc",
  toCursor: (review) => review.reviewDate,
  fromCursor: (value) => value,
};

/**
 * Quality reviews and their findings: entering, changing and listing them.
 * Who may read or write asks the policy module; every write is one flush, so
 * one transaction, checked in full before anything is created.
 */
export class ReviewService {
  constructor(private readonly em: EntityManager) {}

  static facts(review: QualityReview): ReviewFacts {
    return { schoolId: review.school.unwrap().uuid, hubId: review.hub.unwrap().uuid };
  }

  /** Those of these reviews the viewer may read. */
  byIds(viewer: Viewer | null, uuids: string[]): Promise<QualityReview[]> {
    return this.em.find(QualityReview, { $and: [{ uuid: { $in: uuids } }, this.visibleWhere(viewer)] });
  }

  /** Those of these findings whose review the viewer may read. */
  findingsByIds(viewer: Viewer | null, uuids: string[]): Promise<ReviewFinding[]> {
    return this.em.find(ReviewFinding, { uuid: { $in: uuids }, review: this.visibleWhere(viewer) });
  }

  /** A page of the reviews the viewer may read, of one school or by one hub, newest first. */
  list(
    viewer: Viewer | null,
    of: { school: string } | { hub: string },
    page: { first: number; after?: string | null },
  ): Promise<Connection<QualityReview>> {
    return paginate(this.em, QualityReview, { $and: [of, this.visibleWhere(viewer)] }, NEWEST_FIRST, page);
  }

  async create(viewer: Viewer | null, input: CreateQualityReviewInput): Promise<QualityReview> {
    const values = await validateInput(CreateQualityReviewInput, input);
    const hub = await this.writableHub(viewer, values.hubSlug, "input.hubSlug");
    const school = await this.em.findOne(School, { urn: values.schoolUrn });
    if (!school) throw badInput("input.schoolUrn", `input.schoolUrn names no school with URN ${values.schoolUrn}`);
    if (!(await this.em.count(NetworkSchool, { network: hub, school }))) {
      throw badInput("input.schoolUrn", `input.schoolUrn ${schoolOutsideHub(school.urn, hub.name)}`);
    }
    this.assertDate(values.reviewDate, "input.reviewDate");
    await this.assertNoTwin(school.uuid, values.kind, values.reviewDate, "input.reviewDate");
    const findings: FindingValues[] = [];
    for (const [index, finding] of (values.findings ?? []).entries()) {
      // Nested inputs arrive as plain objects: each is checked against its own rules here.
      const field = `input.findings.${index}`;
      findings.push(await this.findingValues(await validateInput(ReviewFindingInput, finding, field), field));
    }
    const review = this.build(viewer, { school, hub, kind: values.kind, reviewDate: values.reviewDate, findings });
    await this.flush("input.reviewDate");
    return review;
  }

  /**
   * Checks a CSV of findings for one hub and, unless a dry run, imports it:
   * only when every row is good, and in one flush (one transaction).
   */
  async importCsv(viewer: Viewer | null, input: ImportQualityReviewsInput): Promise<QualityReviewImportResult> {
    const values = await validateInput(ImportQualityReviewsInput, input);
    const hub = await this.writableHub(viewer, values.hubSlug, "input.hubSlug");
    const { problems, reviews, findingCount } = await readReviewCsv(this.em, hub, values.csv);
    const result = { dryRun: values.dryRun, imported: false, reviewCount: reviews.length, findingCount, problems };
    if (values.dryRun || problems.length > 0) return result;
    for (const review of reviews) this.build(viewer, review);
    await this.flush("input.csv");
    return { ...result, imported: true };
  }

  /** Creates reviews already checked (by {@link create} or the CSV import); the caller flushes. */
  build(viewer: Viewer | null, values: ReviewValues): QualityReview {
    const review = this.em.create(QualityReview, {
      school: values.school,
      hub: values.hub,
      kind: values.kind,
      reviewDate: values.reviewDate,
      createdBy: viewer ? this.em.getReference(User, viewer.userId, { wrapped: true }) : null,
    });
    values.findings.forEach((finding, position) => this.buildFinding(review, finding, position));
    return review;
  }

  async update(viewer: Viewer | null, input: UpdateQualityReviewInput): Promise<QualityReview> {
    const values = await validateInput(UpdateQualityReviewInput, input);
    const review = await this.writableReview(viewer, values.id, "input.id");
    if (values.reviewDate !== undefined) this.assertDate(values.reviewDate, "input.reviewDate");
    const kind = values.kind ?? review.kind;
    const reviewDate = values.reviewDate ?? review.reviewDate;
    await this.assertNoTwin(review.school.unwrap().uuid, kind, reviewDate, "input.reviewDate", review.uuid);
    if (values.kind !== undefined) review.kind = values.kind;
    if (values.reviewDate !== undefined) review.reviewDate = values.reviewDate;
    // The insight counts read these copies: they move with the review.
    await review.findings.init({ populate: ["themeTags"] });
    for (const tag of review.findings.getItems().flatMap((finding) => finding.themeTags.getItems())) {
      tag.reviewKind = review.kind;
      tag.reviewDate = review.reviewDate;
    }
    await this.flush("input.reviewDate");
    return review;
  }

  async delete(viewer: Viewer | null, input: QualityReviewRefInput): Promise<string> {
    const values = await validateInput(QualityReviewRefInput, input);
    const review = await this.writableReview(viewer, values.id, "input.id");
    const id = review.id;
    // Findings and their theme rows go with it (on delete cascade).
    await this.em.nativeDelete(QualityReview, { uuid: review.uuid });
    return id;
  }

  async addFinding(viewer: Viewer | null, input: AddReviewFindingInput): Promise<ReviewFinding> {
    const values = await validateInput(AddReviewFindingInput, input);
    const review = await this.writableReview(viewer, values.reviewId, "input.reviewId");
    const finding = await this.findingValues(values, "input");
    // Two additions at once must not both find room for the last finding: the review's row stays locked
    // from the count to the insert.
    await this.em.begin();
    try {
      await this.em.lock(review, LockMode.PESSIMISTIC_WRITE);
      if ((await this.em.count(ReviewFinding, { review })) >= MAX_FINDINGS) {
        throw badInput("input.reviewId", `input.reviewId ${reviewFull(review.kind, review.reviewDate)}`);
      }
      await review.findings.init();
      const last = Math.max(-1, ...review.findings.getItems().map((existing) => existing.position));
      const added = this.buildFinding(review, finding, last + 1);
      review.updatedAt = new Date();
      await this.flush("input.reviewId");
      await this.em.commit();
      return added;
    } catch (error) {
      await this.em.rollback();
      throw error;
    }
  }

  async updateFinding(viewer: Viewer | null, input: UpdateReviewFindingInput): Promise<ReviewFinding> {
    const values = await validateInput(UpdateReviewFindingInput, input);
    const finding = await this.writableFinding(viewer, values.id);
    const review = await finding.review.loadOrFail();
    await finding.themeTags.init();
    if (values.themeSlugs !== undefined) {
      const themes = await new TaxonomyService(this.em).themesBySlugs(values.themeSlugs, "input.themeSlugs");
      const wanted = new Set(themes.map((theme) => theme.uuid));
      // Kept rows stay, so a theme dropped and a theme kept never collide on the (finding, theme) key.
      for (const tag of finding.themeTags.getItems()) if (!wanted.has(tag.theme.uuid)) this.em.remove(tag);
      const kept = new Set(finding.themeTags.getItems().map((tag) => tag.theme.uuid));
      for (const theme of themes) if (!kept.has(theme.uuid)) this.buildTag(review, finding, theme);
    }
    if (values.subjectSlug !== undefined) {
      const subject = await this.subject(values.subjectSlug, "input.subjectSlug");
      finding.subject = subject ? ref(subject) : null;
    }
    if (values.kind !== undefined) finding.kind = values.kind;
    if (values.phase !== undefined) finding.phase = values.phase ?? null;
    if (values.keyStage !== undefined) finding.keyStage = values.keyStage ?? null;
    if (values.text !== undefined) finding.text = this.text(values.text, "input.text");
    for (const tag of finding.themeTags.getItems()) {
      tag.findingKind = finding.kind;
      tag.phase = finding.phase;
    }
    review.updatedAt = new Date();
    await this.flush("input.id");
    return finding;
  }

  async removeFinding(viewer: Viewer | null, input: ReviewFindingRefInput): Promise<QualityReview> {
    const values = await validateInput(ReviewFindingRefInput, input);
    const finding = await this.writableFinding(viewer, values.id);
    const review = await finding.review.loadOrFail();
    await review.findings.init();
    review.findings.remove(finding);
    this.em.remove(finding);
    review.updatedAt = new Date();
    await this.flush("input.id");
    return review;
  }

  /**
   * Puts a strength forward as an Area of Excellence through the excellence
   * module's own propose (so its permission and checks apply), with the
   * review's school, themes, kind and date, and links the two: the AoE's
   * `sourceFinding` and the finding's `areaOfExcellence`. One transaction.
   */
  async proposeExcellence(
    viewer: Viewer | null,
    input: ProposeAreaOfExcellenceFromFindingInput,
  ): Promise<{ areaOfExcellence: AreaOfExcellence; finding: ReviewFinding }> {
    const values = await validateInput(ProposeAreaOfExcellenceFromFindingInput, input);
    const finding = await this.visibleFinding(viewer, values.findingId, "input.findingId");
    if (finding.kind !== FindingKind.STRENGTH) {
      throw badInput(
        "input.findingId",
        "input.findingId is an area for development; only a strength can be put forward",
      );
    }
    if (finding.areaOfExcellence) {
      throw badInput("input.findingId", "input.findingId has already been put forward as an Area of Excellence");
    }
    const review = await finding.review.loadOrFail();
    const school = await review.school.loadOrFail();
    await finding.themeTags.init({ populate: ["theme"] });
    const proposal = {
      schoolUrn: school.urn,
      title: values.title,
      slug: values.slug,
      summary: values.summary,
      evidence: `${values.evidence.trimEnd()}\n\nRecognised as a strength in the school's ${review.kind} of ${review.reviewDate}.`,
      themeSlugs: finding.themeTags.getItems().map((tag) => tag.theme.slug),
      phase: values.phase ?? finding.phase ?? school.phase,
      sourceReview: review.kind === "QAR" ? ReviewKind.QAR : ReviewKind.MLQAR,
      reviewDate: review.reviewDate,
      overallEstimate: values.overallEstimate,
      contactId: values.contactId,
    };
    const proposedId = await this.em.transactional(async (tx) => {
      const aoe = await new ExcellenceService(tx).propose(viewer, proposal);
      // Claims the finding only if no one else has meanwhile: the unique link refuses a second.
      const claimed = await tx.nativeUpdate(
        ReviewFinding,
        { uuid: finding.uuid, areaOfExcellence: null },
        { areaOfExcellence: aoe.uuid },
      );
      if (claimed !== 1) throw badInput("input.findingId", "input.findingId has already been put forward");
      return aoe.uuid;
    });
    const areaOfExcellence = await this.em.findOneOrFail(AreaOfExcellence, { uuid: proposedId });
    await this.em.refresh(finding);
    return { areaOfExcellence, finding };
  }

  /** The findings these Areas of Excellence were proposed from, of reviews the viewer may read. */
  sourcesOf(viewer: Viewer | null, aoeIds: string[]): Promise<ReviewFinding[]> {
    return this.em.find(ReviewFinding, { areaOfExcellence: { $in: aoeIds }, review: this.visibleWhere(viewer) });
  }

  /** The hub a slug names, when the viewer may enter its reviews; NOT_FOUND, BAD_USER_INPUT or FORBIDDEN otherwise. */
  async writableHub(viewer: Viewer | null, slug: string, field: string): Promise<Network> {
    const hub = await this.em.findOne(Network, { slug });
    if (!hub) throw badInput(field, `${field} names no network "${slug}"`);
    const problem = hubProblem(hub);
    if (problem) throw badInput(field, `${field} ${problem}`);
    authorize(viewer, canWriteReview(viewer, hub.uuid), `enter ${hub.name}'s quality reviews`);
    return hub;
  }

  async findingValues(input: ReviewFindingInput, field: string): Promise<FindingValues> {
    return {
      kind: input.kind,
      themes: await new TaxonomyService(this.em).themesBySlugs(input.themeSlugs, `${field}.themeSlugs`),
      phase: input.phase ?? null,
      keyStage: input.keyStage ?? null,
      subject: await this.subject(input.subjectSlug ?? null, `${field}.subjectSlug`),
      text: this.text(input.text, `${field}.text`),
    };
  }

  private visibleWhere(viewer: Viewer | null): FilterQuery<QualityReview> {
    return reviewVisibleWhere(viewer) as FilterQuery<QualityReview>;
  }

  private buildFinding(review: QualityReview, values: FindingValues, position: number): ReviewFinding {
    const finding = this.em.create(ReviewFinding, {
      review,
      kind: values.kind,
      phase: values.phase,
      keyStage: values.keyStage,
      subject: values.subject,
      text: values.text,
      position,
    });
    for (const theme of values.themes) this.buildTag(review, finding, theme);
    return finding;
  }

  private buildTag(review: QualityReview, finding: ReviewFinding, theme: Theme): ReviewFindingTheme {
    return this.em.create(ReviewFindingTheme, {
      finding,
      theme,
      hub: review.hub,
      school: review.school,
      reviewDate: review.reviewDate,
      reviewKind: review.kind,
      findingKind: finding.kind,
      phase: finding.phase,
    });
  }

  /** Refuses a second review of one school, of one kind, on one day (the CSV import checks the same). */
  private async assertNoTwin(
    schoolId: string,
    kind: QualityReviewKind,
    reviewDate: string,
    field: string,
    exceptId?: string,
  ): Promise<void> {
    const twin = { school: schoolId, kind, reviewDate, ...(exceptId ? { uuid: { $ne: exceptId } } : {}) };
    if (await this.em.count(QualityReview, twin)) {
      throw badInput(field, `${field} ${reviewAlreadyRecorded(kind, reviewDate)}`);
    }
  }

  private assertDate(value: string, field: string): void {
    const problem = reviewDateProblem(value);
    if (problem) throw badInput(field, `${field} ${problem}`);
  }

  private text(value: string, field: string): string {
    const text = value.trim();
    if (text.length < 3) throw badInput(field, `${field} must say what the review found (at least 3 characters)`);
    return text;
  }

  private async subject(slug: string | null, field: string): Promise<Subject | null> {
    if (slug === null || slug === "") return null;
    const subject = await new TaxonomyService(this.em).subjectBySlug(slug);
    if (!subject) throw badInput(field, `${field} names no known subject "${slug}"; the \`subjects\` query lists them`);
    return subject;
  }

  /**
   * The review a global ID names, for changing: NOT_FOUND when the viewer may
   * not read it (so its existence stays private), FORBIDDEN when they may
   * read but not write it (the school's own staff).
   */
  private async writableReview(viewer: Viewer | null, globalId: string, field: string): Promise<QualityReview> {
    const uuid = localIdOf(globalId, "QualityReview");
    if (!uuid) throw badInput(field, `${field} is not the ID of a quality review`);
    const review = await this.em.findOne(QualityReview, { uuid });
    if (!review || !canViewReview(viewer, ReviewService.facts(review))) {
      throw notFound("There is no such quality review you may see.");
    }
    authorize(viewer, canWriteReview(viewer, review.hub.unwrap().uuid), "change this quality review");
    return review;
  }

  private async visibleFinding(viewer: Viewer | null, globalId: string, field: string): Promise<ReviewFinding> {
    const uuid = localIdOf(globalId, "ReviewFinding");
    if (!uuid) throw badInput(field, `${field} is not the ID of a review finding`);
    const [finding] = await this.findingsByIds(viewer, [uuid]);
    if (!finding) throw notFound("There is no such review finding you may see.");
    return finding;
  }

  private async writableFinding(viewer: Viewer | null, globalId: string): Promise<ReviewFinding> {
    const finding = await this.visibleFinding(viewer, globalId, "input.id");
    const review = await finding.review.loadOrFail();
    authorize(viewer, canWriteReview(viewer, review.hub.unwrap().uuid), "change this quality review");
    return finding;
  }

  /**
   * Flushes. A second review of one school, kind and day that slipped past
   * {@link assertNoTwin} (two requests at once) is refused on `field`, with nothing half-written.
   */
  async flush(field: string): Promise<void> {
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        this.em.clear();
        throw badInput(field, `${field} names a day on which this school already has a review of this kind`);
      }
      throw error;
    }
  }
}

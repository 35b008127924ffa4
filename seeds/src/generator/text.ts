import type { Random } from "./prng.js";
import { ACTIONS, EVEN_BETTER_IF, RESULTS, TITLES, WHY, type Topic } from "./vocabulary.js";

const fill = (template: string, topic: Topic) =>
  template
    .replaceAll("{topic}", topic.phrase)
    .replaceAll("{Topic}", topic.phrase[0]!.toUpperCase() + topic.phrase.slice(1));

export function titleFor(random: Random, type: string, topic: Topic): string {
  return fill(random.pick(TITLES[type] ?? TITLES.GUIDE!), topic);
}

export function summaryFor(random: Random, topic: Topic, where: string): string {
  return `${fill(random.pick(WHY), topic)} ${where} shares what it did and what it would change next time.`.slice(
    0,
    300,
  );
}

/** A Markdown body in the shape the sector writes: why, what we did, what went well, even better if. */
export function bodyFor(random: Random, topic: Topic, where: string): string {
  const actions = random.sample(ACTIONS, random.int(2, 4)).map((line) => fill(line, topic));
  return [
    `## Why it mattered`,
    `${fill(random.pick(WHY), topic)} At ${where} we decided to make ${topic.phrase} a priority for the whole year.`,
    `## What we did`,
    actions.map((line) => `- ${line}`).join("\n"),
    `## What went well`,
    random.sample(RESULTS, 2).join(" "),
    `## Even better if`,
    random.pick(EVEN_BETTER_IF),
  ].join("\n\n");
}

/** Evidence for an Area of Excellence, as a review would record it. */
export function evidenceFor(random: Random, topic: Topic, school: string): string {
  return [
    `Reviewers saw ${topic.phrase} taught with real consistency at ${school}.`,
    random.sample(RESULTS, 2).join(" "),
    `- ${fill(random.pick(ACTIONS), topic)}`,
    `- ${fill(random.pick(ACTIONS), topic)}`,
  ].join("\n\n");
}

/**
 * Scores recipes (issue 17) on the blind rounds' taught sites: test/fixtures/blind/round-N/taught/<system>/, each
 * system one `role: "teach"` page, read pages and negatives. A recipe is learned from the teach page with the fields
 * its truth holds (what the user would confirm), then every other page of that system is read with it, the way the
 * taught sites' content script reads (recipe and generic reader together). Scored like any blind page; a truth's
 * `certificateLink` is compared with where the recipe finds the certificate. The generic reader alone is scored on
 * the same pages beside it, so the recipe's share of the figure shows.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { toCliCapture } from '../src/capture/extract';
import { genericAdapter } from '../src/capture/generic/detector';
import { learnRecipe, type ConfirmedValues } from '../src/capture/recipes/learn';
import { certificateLinkWithRecipe } from '../src/capture/recipes/read';
import { readTaughtPage } from '../src/capture/recipes/taught-reading';
import type { SiteRecipe } from '../src/domain/site-recipe';
import { BLIND_DIR, readArtifacts, scoreArtifact, summarise, type Artifact, type ArtifactResult, type SetSummary, type Truth } from './artifact-score';

export interface TaughtTruth extends Truth {
  role?: 'teach' | 'read' | 'negative';
  certificateLink?: string;
}

export interface TaughtSummary {
  systems: number;
  withRecipe: SetSummary;
  genericOnly: SetSummary;
  links: { right: number; expected: number; wrong: string[] };
  /** Systems whose teach page taught no title, date or code: the recipe could not be learned there. */
  untaught: string[];
  results: ArtifactResult[];
}

const window = new Window({ settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
const NOW = '2026-12-05T00:00:00.000Z';

function documentOf(artifact: Artifact): Document {
  return new window.DOMParser().parseFromString(readFileSync(artifact.file, 'utf8'), 'text/html') as unknown as Document;
}

function confirmedFrom(truth: Truth): ConfirmedValues {
  const { expect } = truth;
  const values: ConfirmedValues = { title: String(expect.title ?? '') };
  for (const key of ['provider', 'startDate', 'endDate', 'certificateCode'] as const) if (typeof expect[key] === 'string') values[key] = expect[key] as string;
  for (const key of ['credits', 'hours'] as const) if (typeof expect[key] === 'number') values[key] = expect[key] as number;
  if (typeof expect.creditUnit === 'string') values.creditUnit = expect.creditUnit as ConfirmedValues['creditUnit'];
  return values;
}

/** The recipe a user would teach on a system's teach page. */
export function teachSystem(artifacts: readonly Artifact[]): { recipe?: SiteRecipe; teach?: Artifact } {
  const teach = artifacts.find((a) => (a.truth as TaughtTruth).role === 'teach');
  if (!teach || !teach.truth.url) return {};
  return { teach, recipe: learnRecipe(documentOf(teach), teach.truth.url, confirmedFrom(teach.truth), NOW) };
}

/** The taught-site folders of a round (round-N/taught/<system>/), empty when the round has none. */
export function taughtSystems(roundDir: string): string[] {
  const dir = join(roundDir, 'taught');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort().map((name) => join(dir, name));
}

export function scoreTaughtRound(roundDir: string): TaughtSummary | undefined {
  const systems = taughtSystems(roundDir);
  if (systems.length === 0) return undefined;
  const withRecipe: ArtifactResult[] = [];
  const genericOnly: ArtifactResult[] = [];
  const links = { right: 0, expected: 0, wrong: [] as string[] };
  const untaught: string[] = [];
  for (const system of systems) {
    const artifacts = readArtifacts(system).filter((a) => a.surface === 'page');
    const { recipe, teach } = teachSystem(artifacts);
    if (!recipe || (!recipe.title && Object.keys(recipe.fields).length === 0)) untaught.push(system);
    for (const artifact of artifacts) {
      if (artifact === teach || !artifact.truth.url) continue;
      const name = `${system.split('/').pop()}/${artifact.name}`;
      const doc = documentOf(artifact);
      const taught = recipe ? readTaughtPage(doc, artifact.truth.url, recipe, genericAdapter, {}, NOW.slice(0, 10)) : { reading: 'elsewhere' };
      withRecipe.push(scoreArtifact({ ...artifact, name }, 'capture' in taught && taught.capture ? [toCliCapture(taught.capture)] : []));
      const url = new URL(artifact.truth.url);
      const generic = genericAdapter.detect(doc, url) ? genericAdapter.extract(doc, url) : [];
      genericOnly.push(scoreArtifact({ ...artifact, name }, generic.slice(0, 1).map(toCliCapture)));
      const wantLink = (artifact.truth as TaughtTruth).certificateLink;
      if (wantLink) {
        links.expected += 1;
        const got = certificateLinkWithRecipe(doc, url, recipe?.certificateLink)?.href;
        if (got === wantLink) links.right += 1;
        else links.wrong.push(`${name}: ${got ?? 'none'}`);
      }
    }
  }
  return { systems: systems.length, withRecipe: summarise(withRecipe), genericOnly: summarise(genericOnly), links, untaught, results: withRecipe };
}

/** Every round with taught sites, in order. */
export function taughtRounds(): Array<{ name: string; dir: string }> {
  return readdirSync(BLIND_DIR)
    .filter((name) => /^round-\d+$/.test(name) && taughtSystems(join(BLIND_DIR, name)).length > 0)
    .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))
    .map((name) => ({ name, dir: join(BLIND_DIR, name) }));
}

/** Where a round's taught-site figures keep their floor in floors.json. */
export function taughtFloorKey(round: string): string {
  return `${round} taught`;
}

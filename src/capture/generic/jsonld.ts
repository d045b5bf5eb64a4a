/**
 * schema.org JSON-LD: Course and CourseInstance describe the activity (title, provider, workload, credits,
 * session dates) and an EducationalOccupationalCredential describes what was awarded. A Course alone is a
 * catalogue entry; only a credential with an identifier or an award date is evidence of completion.
 */
import { parseDate } from '../../domain/dates';
import {
  boundedNumber, cleanCode, cleanText, foundFields, hoursFromIsoDuration, MAX_CREDITS, MAX_PROVIDER_LENGTH, MAX_TITLE_LENGTH,
  type PartialCapture,
} from './fields';
import { hasType, isJsonNode, jsonLdNodes, nonAddressId, own, textOf, type JsonNode } from './json-ld-nodes';

const COURSE_TYPES = new Set(['Course']);
const INSTANCE_TYPES = new Set(['CourseInstance', 'EducationEvent']);
const CREDENTIAL_TYPES = new Set(['EducationalOccupationalCredential']);
const CREDENTIAL_CONFIDENCE = 0.8;
const COURSE_ONLY_CONFIDENCE = 0.2;

function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 64 ? parseDate(value, 'ymd') : undefined;
}

function nameOf(node: JsonNode, key: string, max: number): string | undefined {
  return cleanText(textOf(own(node, key)), max);
}

/**
 * A schema.org identifier: a string, a number, or a PropertyValue whose value is one. An identifier that is an
 * address (the credential's URL, a urn:uuid) says where the credential lives, not the code printed on it.
 */
function identifierOf(node: JsonNode): string | undefined {
  const id = own(node, 'identifier');
  const first = Array.isArray(id) ? id[0] : id;
  const value = isJsonNode(first) ? own(first, 'value') : first;
  return typeof value === 'number' ? cleanCode(value) : cleanCode(nonAddressId(value));
}

/** numberOfCredits is an Integer or a StructuredValue with a value. */
function creditsOf(node: JsonNode): number | undefined {
  const credits = own(node, 'numberOfCredits');
  return boundedNumber(isJsonNode(credits) ? own(credits, 'value') : credits, MAX_CREDITS);
}

function providerOf(node: JsonNode): string | undefined {
  for (const key of ['provider', 'recognizedBy', 'creator', 'publisher']) {
    const provider = nameOf(node, key, MAX_PROVIDER_LENGTH);
    if (provider) return provider;
  }
  return undefined;
}

export function readJsonLd(doc: Document, _url: URL, nodes: readonly JsonNode[] = jsonLdNodes(doc)): PartialCapture {
  const course = nodes.find((n) => hasType(n, COURSE_TYPES));
  const instance = nodes.find((n) => hasType(n, INSTANCE_TYPES));
  // A credential nested as a Course's educationalCredentialAwarded only says what one could earn, so it counts
  // only when it carries what an issued credential has: an identifier or a date.
  const credential = nodes.find((n) => hasType(n, CREDENTIAL_TYPES) && (identifierOf(n) || credentialDate(n)));

  const title =
    (course && nameOf(course, 'name', MAX_TITLE_LENGTH)) ??
    (instance && nameOf(instance, 'name', MAX_TITLE_LENGTH)) ??
    (credential && nameOf(credential, 'name', MAX_TITLE_LENGTH));
  const provider = (course && providerOf(course)) ?? (credential && providerOf(credential)) ?? (instance && providerOf(instance));
  const hours =
    (instance && hoursFromIsoDuration(own(instance, 'courseWorkload'))) ?? (course && hoursFromIsoDuration(own(course, 'timeRequired')));
  const credits = (course && creditsOf(course)) ?? (credential && creditsOf(credential));
  // A session's dates are the activity's dates only on a page that also shows the award.
  const startDate = credential && instance ? dateOf(own(instance, 'startDate')) : undefined;
  const endDate = credential ? (credentialDate(credential) ?? (instance && dateOf(own(instance, 'endDate')))) : undefined;

  const partial = {
    title,
    provider,
    startDate: startDate && endDate && startDate <= endDate ? startDate : undefined,
    endDate,
    certificateCode: credential && identifierOf(credential),
    credits,
    hours,
    completion: credential !== undefined,
    confidence: credential ? CREDENTIAL_CONFIDENCE : course || instance ? COURSE_ONLY_CONFIDENCE : 0,
  };
  return { ...partial, found: foundFields(partial) };
}

/** The day a credential was awarded, under the names schema.org and its users give it. */
function credentialDate(node: JsonNode): string | undefined {
  for (const key of ['dateCreated', 'validFrom', 'dateIssued', 'datePublished']) {
    const date = dateOf(own(node, key));
    if (date) return date;
  }
  return undefined;
}

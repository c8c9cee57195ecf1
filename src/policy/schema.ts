import { z } from 'zod';
import { CategorySchema, SeveritySchema } from '../engine/types';

const DomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'must be a domain name such as example.gov.uk');

/** A clause of the organisation's own code: where it is, and its words (quoted, trimmed). */
export const ClauseTextSchema = z.object({
  section: z.string().min(1),
  text: z.string().min(1),
});

/** Severity for a category, or 'off' where the pack does not check it. */
export const CategorySeveritySchema = z.union([SeveritySchema, z.literal('off')]);

/**
 * A policy pack: one organisation's code of conduct as data. Validated at the edge
 * (built-in packs in tests, administrator packs at load time); past it, use `PolicyPack`.
 */
export const PolicyPackSchema = z.object({
  /** Pack id as in LABELS.md, e.g. `west-midlands`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens'),
  /** The organisation's full name, as cited in findings. */
  name: z.string().min(1),
  /** The code's own title, e.g. "Staff Code of Conduct". */
  code: z.string().min(1),
  /** The organisation's own mail domains; trusted (inside) by definition. */
  domains: z.array(DomainSchema).min(1),
  /** Extra trusted domains beyond the defaults (police.uk, gov.uk, nhs.net and subdomains). */
  trustedDomains: z.array(DomainSchema).default([]),
  /** Extra news-organisation domains beyond the built-in list. */
  newsDomains: z.array(DomainSchema).default([]),
  /** Who does what under this code. */
  officers: z.object({
    /** Who authorises contact with the media, e.g. "Head of Communications". */
    media: z.string().min(1),
    /** Who keeps the gifts and hospitality register. */
    register: z.string().min(1),
    /** The register's name, e.g. "Gifts and Hospitality Register". */
    registerName: z.string().min(1),
    /** Who advises on conduct, confidentiality and data protection. */
    monitoring: z.string().min(1),
  }),
  gifts: z.object({
    /** Cash and monetary gifts are always refused. */
    cashAlwaysDeclined: z.boolean().default(true),
    /** Examples of token gifts that may be kept. */
    tokenExamples: z.array(z.string()).default(['pens', 'diaries', 'calendars']),
    /** Value in pounds at or under which a gift counts as token. */
    tokenValue: z.number().nonnegative().default(25),
    /** Every offer is recorded, accepted or not (Specified Information Order 2011, para 2(e)). */
    recordEveryOffer: z.boolean().default(true),
    /** Days within which an offer must be declared. */
    declareWithinDays: z.number().int().positive().default(28),
    /** Hospitality must be authorised in advance, and by whom. */
    approvalInAdvanceBy: z.string().optional(),
  }),
  /** Severity of each category for an ordinary member of staff. */
  severity: z.record(CategorySchema, CategorySeveritySchema),
  /** Severity of political findings for a politically restricted post. */
  restrictedPoliticalSeverity: SeveritySchema.default('block'),
  /** Categories a user may switch off in the options page. */
  userMayDisable: z.array(CategorySchema).default([]),
  /** Extra lexicon terms, by lexicon name (see src/engine/lexicons.ts), without code changes. */
  terms: z.record(z.string(), z.array(z.string().min(2))).default({}),
  /** The clause each category's rules cite. */
  clauses: z.record(CategorySchema, ClauseTextSchema),
});
export type PolicyPack = z.infer<typeof PolicyPackSchema>;
export type PolicyPackInput = z.input<typeof PolicyPackSchema>;

/** Settings an administrator pins (chrome.storage.managed) or a user chooses (storage.sync). */
export const PolicySettingsSchema = z.object({
  org: z.string().optional(),
  mediaAuthorised: z.boolean().optional(),
  politicallyRestricted: z.boolean().optional(),
  extraTrustedDomains: z.array(DomainSchema).optional(),
  disabledCategories: z.array(CategorySchema).optional(),
});
export type PolicySettings = z.infer<typeof PolicySettingsSchema>;

/** Turns zod issues into `field: message` strings a person can read. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

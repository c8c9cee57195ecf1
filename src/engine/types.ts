import { z } from 'zod';

/** The finding categories defined in ../shared/corpus/LABELS.md. */
export const CATEGORIES = ['media', 'confidential', 'political', 'gifts', 'personal'] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

export const SeveritySchema = z.enum(['info', 'warn', 'block']);
export type Severity = z.infer<typeof SeveritySchema>;

/** Fields of a draft a finding can point into; start/end are offsets into that field's text. */
export const FIELDS = ['subject', 'body', 'to', 'cc', 'bcc', 'attachments'] as const;
export type Field = (typeof FIELDS)[number];

export const SITES = ['gmail', 'outlook', 'x', 'linkedin', 'facebook', 'bluesky', 'other'] as const;
export type Site = (typeof SITES)[number];

/** The sender's role: what they may do that others may not. */
export const ProfileSchema = z.object({
  mediaAuthorised: z.boolean().default(false),
  politicallyRestricted: z.boolean().default(false),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** What a site adapter reads out of a compose box, and what the CLI reads from a JSON line. */
export const DraftSchema = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  org: z.string().optional(),
  channel: z.enum(['email', 'social']),
  site: z.enum(SITES).default('other'),
  from: z.string().default(''),
  to: z.array(z.string()).default([]),
  cc: z.array(z.string()).default([]),
  bcc: z.array(z.string()).default([]),
  subject: z.string().default(''),
  body: z.string(),
  attachments: z.array(z.string()).default([]),
  profile: ProfileSchema.partial().optional(),
});
export type Draft = z.infer<typeof DraftSchema>;
/** A draft as callers may write it, with defaults not yet applied. */
export type DraftInput = z.input<typeof DraftSchema>;

/** The clause of the user's own code a finding rests on. */
export interface Clause {
  org: string;
  section: string;
  text: string;
}

/** One reason to pause before sending, exactly as in DESIGN.md. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  field: Field;
  start: number;
  end: number;
  excerpt: string;
  message: string;
  clause: Clause;
  action?: 'declare-gift';
  /** For gift findings: what the overlay can prefill the declaration form with. */
  prefill?: GiftPrefill;
}

/** What a gift finding learned from the draft, to prefill a declaration. */
export interface GiftPrefill {
  kind?: 'gift' | 'hospitality';
  offeredBy?: { name?: string; organisation?: string };
  description?: string;
  estimatedValue?: number;
  accepted?: boolean;
}

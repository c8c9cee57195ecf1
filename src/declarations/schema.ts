import { z } from 'zod';

/** An ISO calendar date (YYYY-MM-DD) that really exists. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'Enter a real date');

export const RELATIONSHIPS = ['supplier', 'bidder', 'partner', 'public', 'other'] as const;
export const INTEREST_TYPES = ['financial', 'non-financial', 'membership', 'employment', 'relationship'] as const;

/**
 * A gift or hospitality offer, accepted or declined (Elected Local Policing Bodies
 * (Specified Information) Order 2011, para 2(e): every offer is recorded).
 */
export const GiftHospitalitySchema = z.object({
  type: z.literal('gift-hospitality'),
  kind: z.enum(['gift', 'hospitality'], { message: 'Choose gift or hospitality' }),
  dateOffered: IsoDateSchema,
  offeredBy: z.object({
    name: z.string().trim().max(200).default(''),
    organisation: z.string().trim().max(200).default(''),
  }).refine((by) => by.name !== '' || by.organisation !== '', {
    message: 'Say who made the offer: a person, an organisation or both',
  }),
  relationship: z.enum(RELATIONSHIPS, { message: 'Choose the relationship to the office' }),
  description: z.string().trim().min(3, 'Describe the gift or hospitality').max(2000),
  estimatedValue: z
    .number({ message: 'Enter the estimated value in pounds' })
    .nonnegative('The value cannot be negative')
    .max(10_000_000, 'The value is too large')
    .multipleOf(0.01, 'Use pounds and pence, e.g. 120.00'),
  accepted: z.boolean({ message: 'Say whether the offer was accepted or declined' }),
  reason: z.string().trim().max(2000).default(''),
  approval: z
    .object({
      sought: z.boolean(),
      by: z.string().trim().max(200).default(''),
    })
    .default({ sought: false, by: '' }),
});

/** An interest: financial, non-financial, membership, outside employment or a close relationship. */
export const InterestSchema = z
  .object({
    type: z.literal('interest'),
    interestType: z.enum(INTEREST_TYPES, { message: 'Choose the type of interest' }),
    organisation: z.string().trim().min(2, 'Name the organisation or person').max(200),
    description: z.string().trim().min(3, 'Describe the interest').max(2000),
    from: IsoDateSchema,
    to: IsoDateSchema.nullable().default(null),
  })
  .refine((interest) => interest.to === null || interest.to >= interest.from, {
    message: 'The end date cannot be before the start date',
    path: ['to'],
  });

/** One declaration as posted to `POST /api/declarations`, queued by the extension and shown in the popup. */
export const DeclarationSchema = z.discriminatedUnion('type', [GiftHospitalitySchema, InterestSchema]);
export type Declaration = z.infer<typeof DeclarationSchema>;
export type DeclarationInput = z.input<typeof DeclarationSchema>;
export type GiftHospitality = z.infer<typeof GiftHospitalitySchema>;
export type Interest = z.infer<typeof InterestSchema>;

export const DeclarationStatusSchema = z.enum(['pending', 'approved', 'refused']);
export type DeclarationStatus = z.infer<typeof DeclarationStatusSchema>;

import { useRef, useState, type FormEvent } from 'react';
import { fieldErrors } from '@/src/declarations/form-errors';
import { daysSince, isCashLike, isTokenItem, todayIso } from '@/src/declarations/gift-rules';
import { GiftHospitalitySchema, RELATIONSHIPS } from '@/src/declarations/schema';
import type { GiftPrefill } from '@/src/engine/types';
import { RadioGroup, RuleNote, TextField } from './Field';
import { SubmitStatus } from './SubmitStatus';
import { focusFirstInvalid, submitDeclaration } from './submit';
import { useGiftRules } from './useGiftRules';

const RELATIONSHIP_LABELS: Record<(typeof RELATIONSHIPS)[number], string> = {
  supplier: 'Supplier or contractor',
  bidder: 'Bidding for a contract',
  partner: 'Partner agency',
  public: 'Member of the public',
  other: 'Other',
};

interface GiftValues {
  kind: string;
  dateOffered: string;
  name: string;
  organisation: string;
  relationship: string;
  description: string;
  estimatedValue: string;
  accepted: string;
  reason: string;
  approvalSought: string;
  approvalBy: string;
}

function initialValues(prefill: GiftPrefill | null): GiftValues {
  return {
    kind: prefill?.kind ?? '',
    dateOffered: todayIso(),
    name: prefill?.offeredBy?.name ?? '',
    organisation: prefill?.offeredBy?.organisation ?? '',
    relationship: '',
    description: prefill?.description ?? '',
    estimatedValue: prefill?.estimatedValue === undefined ? '' : prefill.estimatedValue.toFixed(2),
    accepted: prefill?.accepted === undefined ? '' : prefill.accepted ? 'accepted' : 'declined',
    reason: '',
    approvalSought: 'no',
    approvalBy: '',
  };
}

/** Reads "£1,200.50" or "120" as pounds; anything else is left for the schema to refuse. */
function parsePounds(text: string): number | undefined {
  const cleaned = text.replace(/[£,\s]/g, '');
  if (cleaned === '') return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** The gift or hospitality declaration form, optionally prefilled from a gift finding in a draft. */
export function GiftForm({ prefill }: { prefill: GiftPrefill | null }) {
  const rules = useGiftRules();
  const [values, setValues] = useState<GiftValues>(() => initialValues(prefill));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [entryId, setEntryId] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set = (key: keyof GiftValues) => (value: string) => setValues((current) => ({ ...current, [key]: value }));
  const value = parsePounds(values.estimatedValue);
  const isCash = rules.cashAlwaysDeclined && isCashLike(values.description);
  const isToken = !isCash && isTokenItem(values.description, rules.tokenExamples) && (value === undefined || value <= rules.tokenValue);
  const today = todayIso();
  const age = /^\d{4}-\d{2}-\d{2}$/.test(values.dateOffered) ? daysSince(values.dateOffered, today) : 0;
  const isLate = age > rules.declareWithinDays;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = GiftHospitalitySchema.safeParse({
      type: 'gift-hospitality',
      kind: values.kind || undefined,
      dateOffered: values.dateOffered,
      offeredBy: { name: values.name, organisation: values.organisation },
      relationship: values.relationship || undefined,
      description: values.description,
      estimatedValue: value,
      accepted: values.accepted === '' ? undefined : values.accepted === 'accepted',
      reason: values.reason,
      approval: { sought: values.approvalSought === 'yes', by: values.approvalSought === 'yes' ? values.approvalBy : '' },
    });
    const messages = result.success ? {} : fieldErrors(result.error);
    if (age < 0) messages.dateOffered ??= 'The date offered cannot be in the future';
    if (values.approvalSought === 'yes' && values.approvalBy.trim() === '') messages['approval.by'] ??= 'Say whom you asked for approval';
    setErrors(messages);
    if (!result.success || Object.keys(messages).length > 0) {
      setEntryId(null);
      focusFirstInvalid(formRef.current);
      return;
    }
    setIsSaving(true);
    try {
      const entry = await submitDeclaration(result.data);
      setEntryId(entry.id);
      setValues(initialValues(null));
    } finally {
      setIsSaving(false);
    }
  }

  const errorCount = Object.keys(errors).length;
  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-labelledby="gift-heading">
      <h2 id="gift-heading">Declare a gift or hospitality</h2>
      <RuleNote id="rule-every-offer">
        Declare every offer within {rules.declareWithinDays} days{rules.orgName ? ` (${rules.orgName})` : ''}, even if you declined it.
      </RuleNote>
      {errorCount > 0 && (
        <p className="form-error" id="gift-error-summary">
          {errorCount === 1 ? 'One answer needs' : `${errorCount} answers need`} attention: see the messages below.
        </p>
      )}

      <RadioGroup
        name="kind"
        legend="What was offered?"
        isInline
        value={values.kind}
        onChange={set('kind')}
        error={errors.kind}
        options={[
          { value: 'gift', label: 'A gift' },
          { value: 'hospitality', label: 'Hospitality', hint: 'A meal, event, travel or accommodation' },
        ]}
      />

      <TextField
        id="dateOffered"
        label="Date offered"
        type="date"
        value={values.dateOffered}
        onChange={set('dateOffered')}
        error={errors.dateOffered}
        notes={isLate ? ['rule-late'] : []}
      />
      {isLate && (
        <RuleNote id="rule-late" tone="warn">
          This was {age} days ago, more than the {rules.declareWithinDays} days allowed. Declare it anyway: it will be recorded as late.
        </RuleNote>
      )}

      <fieldset className={`field${errors.offeredBy ? ' field-invalid' : ''}`} aria-describedby={errors.offeredBy ? 'offeredBy-error' : undefined}>
        <legend>Offered by</legend>
        <p className="hint">A person, an organisation or both.</p>
        {errors.offeredBy && (
          <p id="offeredBy-error" className="field-error">
            <span className="visually-hidden">Error: </span>
            {errors.offeredBy}
          </p>
        )}
        <TextField id="offeredByName" label="Person" value={values.name} onChange={set('name')} groupErrorId={errors.offeredBy ? 'offeredBy-error' : undefined} />
        <TextField id="offeredByOrganisation" label="Organisation" value={values.organisation} onChange={set('organisation')} groupErrorId={errors.offeredBy ? 'offeredBy-error' : undefined} />
      </fieldset>

      <div className={`field${errors.relationship ? ' field-invalid' : ''}`}>
        <label htmlFor="relationship">Their relationship to the office</label>
        {errors.relationship && (
          <p id="relationship-error" className="field-error">
            <span className="visually-hidden">Error: </span>
            {errors.relationship}
          </p>
        )}
        <select
          id="relationship"
          name="relationship"
          value={values.relationship}
          aria-invalid={errors.relationship ? true : undefined}
          aria-describedby={errors.relationship ? 'relationship-error' : undefined}
          onChange={(event) => set('relationship')(event.target.value)}
        >
          <option value="">Choose…</option>
          {RELATIONSHIPS.map((relationship) => (
            <option key={relationship} value={relationship}>
              {RELATIONSHIP_LABELS[relationship]}
            </option>
          ))}
        </select>
      </div>

      <TextField
        id="description"
        label="Description"
        hint="What it was, and the occasion."
        multiline
        value={values.description}
        onChange={set('description')}
        error={errors.description}
        notes={isToken ? ['rule-token'] : []}
      />
      {isToken && (
        <RuleNote id="rule-token">
          Token items such as {rules.tokenExamples.join(', ')} (worth up to £{rules.tokenValue}) may be kept. Declare them all the same.
        </RuleNote>
      )}

      <TextField
        id="estimatedValue"
        label="Estimated value"
        hint="In pounds; your best estimate."
        prefix="£"
        inputMode="decimal"
        value={values.estimatedValue}
        onChange={set('estimatedValue')}
        error={errors.estimatedValue}
      />

      <RadioGroup
        name="accepted"
        legend="Did you accept it?"
        isInline
        value={values.accepted}
        onChange={set('accepted')}
        error={errors.accepted}
        notes={[isCash && values.accepted === 'accepted' && 'rule-cash', values.accepted === 'declined' && 'rule-declined'].filter((id): id is string => Boolean(id))}
        options={[
          { value: 'accepted', label: 'Accepted' },
          { value: 'declined', label: 'Declined' },
        ]}
      >
        {isCash && values.accepted === 'accepted' && (
          <RuleNote id="rule-cash" tone="warn">
            Cash and cash-like gifts (vouchers, gift cards) are always declined under your code. Give it back, then record it here as declined.
          </RuleNote>
        )}
        {values.accepted === 'declined' && <RuleNote id="rule-declined">Declined offers are still declared: thank you for recording it.</RuleNote>}
      </RadioGroup>

      <TextField
        id="reason"
        label="Reason for accepting or declining"
        multiline
        isOptional
        value={values.reason}
        onChange={set('reason')}
        error={errors.reason}
      />

      <RadioGroup
        name="approvalSought"
        legend="Did you ask for approval beforehand?"
        isInline
        value={values.approvalSought}
        onChange={set('approvalSought')}
        error={errors['approval.sought']}
        notes={rules.approvalInAdvanceBy && values.kind === 'hospitality' ? ['rule-approval'] : []}
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
      >
        {rules.approvalInAdvanceBy && values.kind === 'hospitality' && (
          <RuleNote id="rule-approval">Hospitality should be approved in advance by the {rules.approvalInAdvanceBy}.</RuleNote>
        )}
        {values.approvalSought === 'yes' && (
          <TextField id="approvalBy" label="From whom?" value={values.approvalBy} onChange={set('approvalBy')} error={errors['approval.by']} />
        )}
      </RadioGroup>

      <div className="actions">
        <button type="submit" className="primary" disabled={isSaving}>
          Declare
        </button>
      </div>
      <SubmitStatus entryId={entryId} />
    </form>
  );
}

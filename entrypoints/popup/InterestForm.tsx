import { useRef, useState, type FormEvent } from 'react';
import { fieldErrors } from '@/src/declarations/form-errors';
import { INTEREST_TYPES, InterestSchema } from '@/src/declarations/schema';
import { RadioGroup, TextField } from './Field';
import { SubmitStatus } from './SubmitStatus';
import { focusFirstInvalid, submitDeclaration } from './submit';

const INTEREST_OPTIONS: Record<(typeof INTEREST_TYPES)[number], { label: string; hint: string }> = {
  financial: { label: 'Financial', hint: 'Shares, property, a business you own, paid roles.' },
  'non-financial': { label: 'Non-financial', hint: 'Unpaid roles, e.g. a trustee or school governor.' },
  membership: {
    label: 'Membership of an organisation',
    hint: 'Including any organisation not open to the public that keeps its membership secret.',
  },
  employment: { label: 'Outside employment', hint: 'Work or business outside the office, paid or not.' },
  relationship: { label: 'Close personal relationship', hint: 'With a contractor, bidder or colleague.' },
};

interface InterestValues {
  interestType: string;
  organisation: string;
  description: string;
  from: string;
  to: string;
}

const EMPTY: InterestValues = { interestType: '', organisation: '', description: '', from: '', to: '' };

/** The declaration-of-interest form. */
export function InterestForm() {
  const [values, setValues] = useState<InterestValues>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [entryId, setEntryId] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (key: keyof InterestValues) => (value: string) => setValues((current) => ({ ...current, [key]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = InterestSchema.safeParse({
      type: 'interest',
      interestType: values.interestType || undefined,
      organisation: values.organisation,
      description: values.description,
      from: values.from,
      to: values.to === '' ? null : values.to,
    });
    if (!result.success) {
      const messages = fieldErrors(result.error);
      if (values.from === '') messages.from = 'Enter the date the interest began';
      setErrors(messages);
      setEntryId(null);
      focusFirstInvalid(formRef.current);
      return;
    }
    setErrors({});
    setIsSaving(true);
    try {
      const entry = await submitDeclaration(result.data);
      setEntryId(entry.id);
      setValues(EMPTY);
    } finally {
      setIsSaving(false);
    }
  }

  const errorCount = Object.keys(errors).length;
  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-labelledby="interest-heading">
      <h2 id="interest-heading">Declare an interest</h2>
      <p className="rule rule-info">Declare an interest that could be seen to affect your work, and update it when it changes.</p>
      {errorCount > 0 && (
        <p className="form-error">
          {errorCount === 1 ? 'One answer needs' : `${errorCount} answers need`} attention: see the messages below.
        </p>
      )}
      <RadioGroup
        name="interestType"
        legend="Type of interest"
        value={values.interestType}
        onChange={set('interestType')}
        error={errors.interestType}
        options={INTEREST_TYPES.map((type) => ({ value: type, ...INTEREST_OPTIONS[type] }))}
      />
      <TextField id="organisation" label="Organisation or person" value={values.organisation} onChange={set('organisation')} error={errors.organisation} />
      <TextField id="interestDescription" label="Description" hint="Your role or connection, in a sentence or two." multiline value={values.description} onChange={set('description')} error={errors.description} />
      <div className="date-pair">
        <TextField id="from" label="From" type="date" value={values.from} onChange={set('from')} error={errors.from} />
        <TextField id="to" label="To" hint="Leave blank if it continues." type="date" isOptional value={values.to} onChange={set('to')} error={errors.to} />
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={isSaving}>
          Declare
        </button>
      </div>
      <SubmitStatus entryId={entryId} />
    </form>
  );
}

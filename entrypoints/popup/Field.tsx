import type { ReactNode } from 'react';

/** Joins the ids of a control's hint, rule notes and error for `aria-describedby`. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

/** A field's error message, announced with its control. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

/** A rule of the user's code, said where it matters (tone: info or warning). */
export function RuleNote({ id, tone = 'info', children }: { id: string; tone?: 'info' | 'warn'; children: ReactNode }) {
  return (
    <p id={id} className={`rule rule-${tone}`}>
      {children}
    </p>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  notes?: string[];
  type?: 'text' | 'date';
  multiline?: boolean;
  prefix?: string;
  inputMode?: 'decimal' | 'text';
  autoComplete?: string;
  isOptional?: boolean;
  /** The id of an error shown for the group this field belongs to (e.g. "Offered by"). */
  groupErrorId?: string;
}

/** A labelled text, date or multi-line input with its hint and inline error. */
export function TextField({ id, label, value, onChange, error, hint, notes = [], type = 'text', multiline, prefix, inputMode, autoComplete, isOptional, groupErrorId }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const common = {
    id,
    name: id,
    value,
    'aria-invalid': error || groupErrorId ? true : undefined,
    'aria-describedby': describedBy(hintId, ...notes, error && errorId, groupErrorId),
  };
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {isOptional && <span className="optional"> (optional)</span>}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <div className={prefix ? 'input-prefixed' : undefined}>
          {prefix && (
            <span className="prefix" aria-hidden="true">
              {prefix}
            </span>
          )}
          <input {...common} type={type} inputMode={inputMode} autoComplete={autoComplete ?? 'off'} onChange={(event) => onChange(event.target.value)} />
        </div>
      )}
    </div>
  );
}

interface RadioGroupProps {
  name: string;
  legend: string;
  options: Array<{ value: string; label: string; hint?: string }>;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  notes?: string[];
  children?: ReactNode;
  isInline?: boolean;
}

/** A fieldset of radio buttons with a legend, an inline error and any rule notes after it. */
export function RadioGroup({ name, legend, options, value, onChange, error, notes = [], children, isInline }: RadioGroupProps) {
  const errorId = `${name}-error`;
  return (
    <fieldset className={`field${error ? ' field-invalid' : ''}`} aria-describedby={describedBy(error && errorId)}>
      <legend>{legend}</legend>
      <FieldError id={errorId} message={error} />
      <div className={isInline ? 'radios radios-inline' : 'radios'}>
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div className="radio" key={option.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={value === option.value}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(option.hint && `${id}-hint`, ...notes)}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={id}>{option.label}</label>
              {option.hint && (
                <p id={`${id}-hint`} className="hint radio-hint">
                  {option.hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {children}
    </fieldset>
  );
}

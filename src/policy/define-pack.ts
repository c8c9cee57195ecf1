import { PolicyPackSchema, describeIssues, type PolicyPack, type PolicyPackInput } from './schema';

/**
 * Validates a policy pack at its edge, failing with a message that names the field.
 * @example
 * export default definePack({ id: 'cumbria', name: 'Office of the PCC for Cumbria', ... });
 */
export function definePack(input: PolicyPackInput): PolicyPack {
  const result = PolicyPackSchema.safeParse(input);
  if (!result.success) {
    throw new Error(`Invalid policy pack ${JSON.stringify(input.id ?? '?')}: ${describeIssues(result.error)}`);
  }
  return result.data;
}

/** The constraint validation of a vertical field, as a <textarea>'s would report it. */
import { msg, str } from '@lit/localize';

export interface FieldConstraints {
  customValidity: string;
  required: boolean;
  /** -1 for no limit. */
  maxLength: number;
  minLength: number;
}

/** The validity flags and message for `value` (no flags and '' when it is valid). */
export function fieldValidity(
  value: string,
  constraints: FieldConstraints,
): { flags: ValidityStateFlags; message: string } {
  const { customValidity, required, maxLength, minLength } = constraints;
  const length = value.length;
  if (customValidity) return { flags: { customError: true }, message: customValidity };
  if (required && value === '')
    return { flags: { valueMissing: true }, message: msg('请填写此字段。', { id: 'field.value-missing' }) };
  if (maxLength >= 0 && length > maxLength) {
    const max = maxLength;
    return {
      flags: { tooLong: true },
      message: msg(str`最多 ${max} 个字符，现有 ${length} 个。`, { id: 'field.too-long' }),
    };
  }
  if (minLength >= 0 && value !== '' && length < minLength) {
    const min = minLength;
    return {
      flags: { tooShort: true },
      message: msg(str`至少 ${min} 个字符，现有 ${length} 个。`, { id: 'field.too-short' }),
    };
  }
  return { flags: {}, message: '' };
}

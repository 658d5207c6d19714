// Worker side of a file read in byte ranges: one range, validated by its own Validator.
import type { ProfileOptions } from '../profile/index.js';
import type { Schema } from './schema.js';
import { Validator, type ByteRange, type DataFile, type RangeResult } from './validator.js';

export function validateRange(input: { schema: Schema; profileOptions?: ProfileOptions; file: DataFile; range: ByteRange }): Promise<RangeResult> {
  return new Validator(input.schema, input.profileOptions).readRange(input.file, input.range);
}

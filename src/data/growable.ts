// Arrays that grow with the data. A wide table has a profile, a dictionary and sketches per column:
// each starts as a shared empty array (a typed array costs an allocation and counts towards the
// collector's external memory, so 10,000 columns × a few of them is felt) and grows when values come.

export const EMPTY_F64 = new Float64Array(0);
export const EMPTY_I32 = new Int32Array(0);
export const EMPTY_U16 = new Uint16Array(0);
export const EMPTY_U8 = new Uint8Array(0);
export const EMPTY_I8 = new Int8Array(0);

/** Arrays smaller than this are left to the collector: giving one back costs an object of its own. */
const RELEASED_BYTES = 4096;

/** ArrayBuffer.prototype.transfer: Node 21 and later; on Node 20 (which the CLI supports) the collector frees the memory. */
const transfer = (ArrayBuffer.prototype as { transfer?: (this: ArrayBuffer, length: number) => ArrayBuffer }).transfer;

/** Frees a buffer's memory now by detaching it (every view of it reads as empty after). */
export function detach(buffer: ArrayBuffer): void {
  transfer?.call(buffer, 0);
}

/**
 * Gives an array's memory back now, detaching its buffer, instead of at the garbage collection that would
 * free it. For arrays held only by their owner and replaced or done with: one that outlived the young
 * generation (a sketch's, kept for the whole read of a part) would wait for a full collection, which V8
 * makes rarely, so that the memory of a long read grew with its rows. Views of part of a buffer, and
 * small arrays (a wide table's columns have thousands: see RELEASED_BYTES), are left.
 */
export function release(array: ArrayBufferView): void {
  const { buffer } = array;
  if (array.byteLength >= RELEASED_BYTES && array.byteOffset === 0 && array.byteLength === buffer.byteLength && buffer instanceof ArrayBuffer) detach(buffer);
}

/** A copy of `array` with room for `length` items. */
export function grown<T extends Float64Array | Int32Array | Uint16Array | Uint8Array | Int8Array>(array: T, length: number): T {
  const out = new (array.constructor as new (n: number) => T)(length);
  out.set(array);
  return out;
}

// Page decompression. ZSTD, GZIP and Brotli are Node's own (native zlib, several times faster than
// the JavaScript decoders); Snappy and LZ4 are small block formats decoded here. A page's declared
// size is never allocated on trust: the native decoders stop at it and allocate as output appears,
// and the block decoders first check it against what their input can expand to.
import zlib from 'node:zlib';

/** Most bytes a native decoder's first output buffer takes before any output exists. */
const FIRST_CHUNK = 1 << 20;

/**
 * Codecs this Node lacks, with what to do: zlib has zstd from Node 22.15 (and 23.8), and the CLI also runs
 * on Node 20. Empty on the actions' Node 24.
 */
export const CODECS_LACKING: ReadonlyMap<string, string> = new Map(
  'zstdDecompressSync' in zlib ? [] : [['ZSTD', `ZSTD needs Node 22.15 or later, with zstd in its zlib (this is Node ${process.versions.node}): run on a newer Node, or write the file with Snappy or GZIP`]],
);

export function decompress(codec: string, input: Uint8Array, size: number): Buffer {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let output: Buffer;
  switch (codec) {
    case 'UNCOMPRESSED':
      output = bytes;
      break;
    case 'ZSTD':
      output = native(() => zlib.zstdDecompressSync(bytes, limits(size)), size);
      break;
    case 'GZIP':
      output = native(() => zlib.unzipSync(bytes, limits(size)), size);
      break;
    case 'BROTLI':
      output = native(() => zlib.brotliDecompressSync(bytes, limits(size)), size);
      break;
    case 'SNAPPY':
      output = snappy(bytes, size);
      break;
    case 'LZ4_RAW':
      output = outputFor(bytes, size, 256, 'LZ4');
      lz4Block(bytes, output, 0, size);
      break;
    case 'LZ4':
      output = hadoopLz4(bytes, size);
      break;
    default:
      throw new Error(`the ${codec} codec is not supported (use ZSTD, Snappy, GZIP, Brotli, LZ4_RAW or none)`);
  }
  if (output.length !== size) throw new Error(`the page decompresses to ${output.length} bytes where its header says ${size} (corrupt)`);
  return output;
}

// A chunk one byte larger than the page: output that filled it exactly would make Node allocate a next
// chunk, unused, for every page.
const limits = (size: number) => ({ maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, Math.min(size + 1, FIRST_CHUNK)) });

function native(run: () => Buffer, size: number): Buffer {
  if (size === 0) return Buffer.alloc(0);
  try {
    return run();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new Error(`the page decompresses to more than the ${size} bytes its header says (corrupt)`);
    throw new Error(`the compressed page is corrupt (${(error as Error).message})`);
  }
}

/** Checks a declared size against the most a block format can expand `input` to, before allocating it. */
function outputFor(input: Uint8Array, size: number, ratio: number, codec: string): Buffer {
  if (size > input.length * ratio + 64) throw new Error(`the page's header says ${size} bytes, more than ${input.length} bytes of ${codec} can hold (corrupt)`);
  return Buffer.allocUnsafe(size);
}

const corrupt = (codec: string) => new Error(`the ${codec} data of the page is corrupt`);

/** Snappy's block format (github.com/google/snappy, format_description.txt). A copy of 64 bytes takes at least 3. */
function snappy(input: Buffer, size: number): Buffer {
  let ip = 0;
  let length = 0;
  for (let shift = 0; ; shift += 7) {
    if (ip >= input.length || shift > 28) throw corrupt('Snappy');
    const b = input[ip++]!;
    length += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) break;
  }
  if (length !== size) throw new Error(`the page's Snappy data holds ${length} bytes where its header says ${size} (corrupt)`);
  const out = outputFor(input, size, 22, 'Snappy');
  let op = 0;
  while (ip < input.length) {
    const tag = input[ip++]!;
    const type = tag & 3;
    if (type === 0) {
      let n = tag >> 2;
      if (n >= 60) {
        const extra = n - 59;
        if (ip + extra > input.length) throw corrupt('Snappy');
        n = 0;
        for (let k = 0; k < extra; k++) n += input[ip + k]! * 2 ** (8 * k);
        ip += extra;
      }
      n += 1;
      if (ip + n > input.length || op + n > size) throw corrupt('Snappy');
      input.copy(out, op, ip, ip + n);
      ip += n;
      op += n;
      continue;
    }
    let n: number;
    let offset: number;
    if (type === 1) {
      if (ip >= input.length) throw corrupt('Snappy');
      n = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | input[ip++]!;
    } else if (type === 2) {
      if (ip + 2 > input.length) throw corrupt('Snappy');
      n = (tag >> 2) + 1;
      offset = input[ip]! | (input[ip + 1]! << 8);
      ip += 2;
    } else {
      if (ip + 4 > input.length) throw corrupt('Snappy');
      n = (tag >> 2) + 1;
      offset = input.readUInt32LE(ip);
      ip += 4;
    }
    if (offset === 0 || offset > op || op + n > size) throw corrupt('Snappy');
    copyMatch(out, op, offset, n);
    op += n;
  }
  if (op !== size) throw corrupt('Snappy');
  return out;
}

/** LZ4's block format (github.com/lz4/lz4, lz4_Block_format.md) into out[at, at + size). A byte of match length adds at most 255. */
function lz4Block(input: Buffer, out: Buffer, at: number, size: number): void {
  let ip = 0;
  let op = at;
  const end = at + size;
  while (ip < input.length) {
    const token = input[ip++]!;
    let literals = token >> 4;
    if (literals === 15) {
      for (let b = 255; b === 255; literals += b) {
        if (ip >= input.length) throw corrupt('LZ4');
        b = input[ip++]!;
      }
    }
    if (ip + literals > input.length || op + literals > end) throw corrupt('LZ4');
    input.copy(out, op, ip, ip + literals);
    ip += literals;
    op += literals;
    if (ip === input.length) break; // the last sequence has literals only
    if (ip + 2 > input.length) throw corrupt('LZ4');
    const offset = input[ip]! | (input[ip + 1]! << 8);
    ip += 2;
    let n = (token & 15) + 4;
    if ((token & 15) === 15) {
      for (let b = 255; b === 255; n += b) {
        if (ip >= input.length) throw corrupt('LZ4');
        b = input[ip++]!;
      }
    }
    if (offset === 0 || offset > op - at || op + n > end) throw corrupt('LZ4');
    copyMatch(out, op, offset, n);
    op += n;
  }
  if (op !== end) throw corrupt('LZ4');
}

/** The deprecated LZ4 codec as Hadoop frames it: blocks each led by their big-endian sizes. */
function hadoopLz4(input: Buffer, size: number): Buffer {
  const out = outputFor(input, size, 256, 'LZ4');
  let ip = 0;
  let op = 0;
  while (ip + 8 <= input.length) {
    const raw = input.readUInt32BE(ip);
    const packed = input.readUInt32BE(ip + 4);
    ip += 8;
    if (ip + packed > input.length || op + raw > size) throw corrupt('LZ4');
    lz4Block(input.subarray(ip, ip + packed), out, op, raw);
    ip += packed;
    op += raw;
  }
  if (ip !== input.length || op !== size) throw corrupt('LZ4');
  return out;
}

/** Copies n bytes from `offset` back; the source may overlap what is being written (a repeat). */
function copyMatch(out: Buffer, op: number, offset: number, n: number): void {
  const from = op - offset;
  if (offset >= n) out.copy(out, op, from, from + n);
  else for (let k = 0; k < n; k++) out[op + k] = out[from + k]!;
}

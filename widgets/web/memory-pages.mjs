// The layout of the runtime's memory snapshot as the site ships it (hooks/runtime_assets.py
// writes it): only the pages that hold something. Half of an interpreter's memory is zeros;
// leaving them out makes the download lighter to decompress and the reader's copy shorter to
// read back. Little-endian:
//   "PBMP" | total length u32 | page size u32 | page count n u32 | n page numbers u32 | pages
// The last page is shorter when the total is not a whole number of pages.

const MAGIC = [0x50, 0x42, 0x4d, 0x50];

/**
 * The whole memory from its pages, written into `memory` (zeros, of the memory's length) or a
 * new array; throws on anything else, so that a boot falls back.
 */
export function expand(packed, memory = null) {
  if (!(packed instanceof Uint8Array) || packed.length < 16 || !MAGIC.every((b, i) => packed[i] === b)) {
    throw new Error("not a memory snapshot");
  }
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const [total, pageSize, count] = [4, 8, 12].map((offset) => view.getUint32(offset, true));
  memory ??= new Uint8Array(total);
  if (memory.length !== total) throw new Error("memory snapshot of another size");
  let data = 16 + 4 * count;
  for (let i = 0; i < count; i++) {
    const start = view.getUint32(16 + 4 * i, true) * pageSize;
    const length = Math.min(pageSize, total - start);
    if (length <= 0 || data + length > packed.length) throw new Error("memory snapshot cut short");
    memory.set(packed.subarray(data, data + length), start);
    data += length;
  }
  if (data !== packed.length) throw new Error("memory snapshot has trailing bytes");
  return memory;
}

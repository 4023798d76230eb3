import JSZip from 'jszip'
import type { FileBytes } from './manifest.ts'

/**
 * The files as one ZIP inside a single folder (so unpacking does not spill them). Every entry
 * carries the same given date, and the order is the given one: the same files always give the
 * same bytes, so the checksum on the Data page holds from build to build.
 */
export async function zipFiles(files: readonly FileBytes[], folder: string, date: Date): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file(`${folder}/`, null, { dir: true, date })
  for (const f of files) zip.file(`${folder}/${f.path}`, f.bytes, { date, binary: true, createFolders: false })
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } })
}

import JSZip from 'jszip'
import type { FileBytes } from './manifest.ts'

/**
 * The files as one ZIP, at its root: datapackage.json sits where Frictionless tools look for it
 * (`Package('….zip')`). Every entry carries the same given date, and the order is the given one:
 * the same files always give the same bytes, so the checksum on the Data page holds from build
 * to build.
 */
export async function zipFiles(files: readonly FileBytes[], date: Date): Promise<Uint8Array> {
  const zip = new JSZip()
  for (const f of files) zip.file(f.path, f.bytes, { date, binary: true, createFolders: false })
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } })
}

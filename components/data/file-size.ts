import { formatNumber } from '../../scripts/format/danish.ts'

/** A file size as Danish text: "812 bytes", "29,1 kB", "1,2 MB" (1 kB = 1.000 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes)} bytes`
  if (bytes < 1_000_000) return `${formatNumber(Math.round(bytes / 100) / 10)} kB`
  return `${formatNumber(Math.round(bytes / 100_000) / 10)} MB`
}

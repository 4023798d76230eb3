import { readFileSync } from 'node:fs'

/** The parts of a Frictionless Table Schema that this project uses. */
export interface FieldConstraints {
  required?: boolean
  unique?: boolean
  pattern?: string
  enum?: string[]
  minimum?: number
  maximum?: number
}
export interface Field {
  name: string
  /** Danish name of the column, for people. */
  title: string
  type: 'string' | 'integer' | 'number'
  format?: string
  /** Danish. */
  description: string
  description_en: string
  constraints?: FieldConstraints
}
export interface ForeignKey {
  fields: string[]
  /** `resource: ""` refers to the same table (Frictionless convention). */
  reference: { resource: string; fields: string[] }
}
export interface Resource {
  name: string
  path: string
  /** Danish. */
  title: string
  /** Danish. */
  description: string
  description_en: string
  // Frictionless allows no empty foreignKeys list: a table without references leaves it out.
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: ForeignKey[]; missingValues: string[] }
}
export interface DataPackage {
  name: string
  title: string
  /** Danish. */
  description: string
  description_en: string
  version: string
  licenses: { name: string; path: string; title: string }[]
  resources: Resource[]
}

export function readPackage(path: string): DataPackage {
  return JSON.parse(readFileSync(path, 'utf8')) as DataPackage
}

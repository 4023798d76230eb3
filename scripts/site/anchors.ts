/** Element ids of records on the pages; search hits and the Kilder page link to them. */
export const anchor = {
  initiative: (id: string) => `initiativ-${id}`,
  recommendation: (id: string) => `anbefaling-${id}`,
  link: (id: string) => `link-${id}`,
  organisation: (id: string) => `org-${id}`,
  term: (id: string) => `term-${id}`,
  event: (id: string) => `begivenhed-${id}`,
  source: (id: string) => `kilde-${id}`,
}

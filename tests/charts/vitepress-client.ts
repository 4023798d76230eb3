/** What the components use of VitePress's client, for rendering them in Node outside a site (base "/"). */
export const withBase = (path: string): string => path

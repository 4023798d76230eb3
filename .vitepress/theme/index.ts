import type { Theme } from 'vitepress'
import Layout from './Layout.vue'
import './style.css'
import './print.css'

// The site's own theme: VitePress renders every page to HTML with it (MPA mode) and ships no
// JavaScript for it. Interactive parts are islands (see ../islands/README.md).
export default { Layout } satisfies Theme

import DefaultTheme from 'vitepress/theme-without-fonts'
import type { Theme } from 'vitepress'
import './custom.css'

// The default theme without its web fonts (about 70 KB): system fonts read well and load at once.
export default {
  extends: DefaultTheme,
} satisfies Theme

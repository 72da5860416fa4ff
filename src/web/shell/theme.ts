// The one place Hearth's colours and type are set. Every choice here keeps text at WCAG 2.1 AA
// contrast (4.5:1) on white: Mantine's defaults put helper ("dimmed") text, filled buttons and
// error messages below it.
import { type CSSVariablesResolver, createTheme, rem } from '@mantine/core';

export const theme = createTheme({
  // blue.8 (5.0:1 with white text) for filled buttons, links and the active menu item.
  primaryShade: { light: 8, dark: 8 },
  // Text on a filled colour is black or white, whichever contrasts more (the crossing point of
  // the two contrast ratios is at relative luminance 0.179).
  autoContrast: true,
  luminanceThreshold: 0.179,
  // A page's one h1 is its title: drawn at the size page titles always had.
  headings: { sizes: { h1: { fontSize: rem(26), lineHeight: '1.35' } } },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    // gray.7 (8.2:1) instead of gray.6 (3.3:1) for helper text, captions and menu group labels.
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // Light alerts and badges write in their colour on a pale tint of it: the darkest shade (or
    // near-black for yellow and orange, whose shades stay light) keeps their titles at 4.5:1.
    '--mantine-color-yellow-light-color': 'var(--mantine-color-gray-9)',
    '--mantine-color-orange-light-color': 'var(--mantine-color-gray-9)',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
    // green.9 on green's light tint is 3.8:1; this darker green is 6.8:1.
    '--mantine-color-green-light-color': '#1b5e20',
    '--mantine-color-teal-light-color': 'var(--mantine-color-teal-9)',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-9)',
    '--mantine-color-grape-light-color': 'var(--mantine-color-grape-9)',
  },
  dark: {},
});

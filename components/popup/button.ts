/** The popup's main buttons (fill, open a.s.r.). */
export const buttonClass =
  'rounded-md px-3 py-1.5 text-sm font-semibold outline-none focus-visible:ring-2 focus-visible:ring-sky-600 focus-visible:ring-offset-1 ';

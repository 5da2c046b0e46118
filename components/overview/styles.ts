/** The overview's buttons: add the border, background and text colours. */
export const button =
  'rounded-md border px-2.5 py-1 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-sky-600 disabled:opacity-50 ';

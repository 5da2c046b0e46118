// What the page shows after the user's own send, read in the button's content script: two
// short reads, no walk of the page, so the script stays a few hundred bytes.

/**
 * Words a confirmation uses ("Bedankt", "Uw gegevens zijn verstuurd", "We hebben uw aanmelding
 * ontvangen"). The real a.s.r. confirmation is not known: these are what Dutch confirmations say.
 */
const CONFIRMATION = /\b(bedankt|dank u|dank je|(is|zijn) (verstuurd|verzonden|ontvangen)|hebben .{0,40}ontvangen|succesvol (verstuurd|verzonden|aangemeld))\b/i;

/** Does the page say a form was sent? Its title, headings and live messages only. */
export function showsConfirmation(doc: Document): boolean {
  const parts = [doc.title, ...Array.from(doc.querySelectorAll('h1,h2,h3,[role=status],[role=alert]'), (el) => el.textContent ?? '')];
  return parts.some((part) => CONFIRMATION.test(part.replace(/\s+/g, ' ')));
}

/** Is this submitted form the registration form (not a newsletter or a search box)? */
export function isRegistrationForm(target: EventTarget | null): boolean {
  return target instanceof HTMLFormElement && /loonheffing/i.test(target.textContent ?? '');
}

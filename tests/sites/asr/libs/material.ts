// Material Web (@material/web 2): every control is a form-associated custom element
// (ElementInternals) with its real <input>/<select-like> inside an open shadow root.
import '@material/web/textfield/outlined-text-field.js';
import '@material/web/select/outlined-select.js';
import '@material/web/select/select-option.js';
import '@material/web/radio/radio.js';
import '@material/web/switch/switch.js';
import '@material/web/button/text-button.js';
import '@material/web/button/filled-button.js';
import { countSubmit, exposeState, variant } from './page';

type El = HTMLElement & { value: string; checked: boolean };
const form = document.getElementById('aanmelden') as HTMLFormElement;
const one = (name: string) => form.querySelector<El>(`[name="${name}"]`)!;
const rows = document.getElementById('dga-rijen')!;
const section = document.getElementById('dgas')!;
const template = document.getElementById('dga-rij') as HTMLTemplateElement;
const addRow = () => {
  const row = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  row.querySelector('.verwijderen')!.addEventListener('click', () => row.remove());
  rows.append(row);
};
form.addEventListener('change', () => {
  const ja = form.querySelector<El>('md-radio[value="ja"]')!.checked;
  section.hidden = !ja;
});
// The "refuses" variant puts the pay period back: the report must then say it did not take.
if (variant() === 'refuses') {
  const select = one('verloning');
  select.addEventListener('change', () => setTimeout(() => (select as unknown as { reset(): void }).reset(), 0));
}
document.getElementById('dga-toevoegen')!.addEventListener('click', addRow);
form.addEventListener('submit', countSubmit);
exposeState(() => ({
  bedrijfsnaam: one('bedrijfsnaam').value,
  email: one('email').value,
  raamwerkcontract: one('raamwerkcontract').value,
  lhn: one('lhn').value,
  werkgever: one('werkgever').value,
  heeftDga: [...form.querySelectorAll<El>('md-radio')].find((r) => r.checked)?.value ?? '',
  dgas: [...rows.children].map((row) => ({
    naam: row.querySelector<El>('[name="dga-naam"]')!.value,
    personeelsnummer: row.querySelector<El>('[name="dga-personeelsnummer"]')!.value,
  })),
  verloning: one('verloning').value,
  dertiende: (one('dertiende') as unknown as { selected: boolean }).selected,
  formData: Object.fromEntries(new FormData(form)),
}));

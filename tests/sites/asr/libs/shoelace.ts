// Shoelace components for lib-shoelace.built.html (markup in shoelace.html): registers the
// elements, adds DGA rows, and exposes the elements' own properties as the form's state.
import '@shoelace-style/shoelace/dist/themes/light.css';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/radio/radio.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/switch/switch.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.js';
import type SlRadioGroup from '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import type SlSelect from '@shoelace-style/shoelace/dist/components/select/select.js';
import type SlSwitch from '@shoelace-style/shoelace/dist/components/switch/switch.js';
import { countSubmit, exposeState } from './page';

const form = document.getElementById('aanmelden') as HTMLFormElement;
const one = <T extends Element>(name: string) => form.querySelector<T>(`[name="${name}"]`)!;
const text = (name: string) => one<SlInput>(name).value;
const dgaSection = document.getElementById('dgas')!;
const rows = document.getElementById('dga-rijen')!;

one<SlRadioGroup>('heeftDga').addEventListener('sl-change', (e) => {
  dgaSection.hidden = (e.target as SlRadioGroup).value !== 'ja';
});
document.getElementById('dga-toevoegen')!.addEventListener('click', () => {
  // A copy of the first row, emptied: custom elements upgrade as soon as they are connected.
  const row = rows.firstElementChild!.cloneNode(true) as HTMLElement;
  row.querySelectorAll<SlInput>('sl-input').forEach((input) => input.removeAttribute('value'));
  rows.append(row);
});
form.addEventListener('submit', countSubmit);

exposeState(() => ({
  bedrijfsnaam: text('bedrijfsnaam'),
  email: text('email'),
  raamwerkcontract: text('raamwerkcontract'),
  lhn: text('lhn'),
  werkgever: text('werkgever'),
  verloning: one<SlSelect>('verloning').value,
  dertiende: one<SlSwitch>('dertiende').checked,
  heeftDga: one<SlRadioGroup>('heeftDga').value,
  dgas: [...rows.children].map((row) => ({
    naam: row.querySelector<SlInput>('[name="dga-naam"]')!.value,
    personeelsnummer: row.querySelector<SlInput>('[name="dga-personeelsnummer"]')!.value,
  })),
}));

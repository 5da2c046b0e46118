// PrimeReact 10: the label of the pay-period select points at a visually hidden read-only
// input (clicking the label opens nothing); what a person sees and presses is a plain <span>
// showing the placeholder and a chevron named after it; the options exist only while open, in
// a panel appended to <body>, and the list is virtualised (only the options scrolled into view
// are rendered). The DGA question is a fieldset with a legend around native radios without a
// value attribute; the 13th month an InputSwitch (a role=checkbox box around a role=switch
// input) labelled by a question after it. DGA rows start empty; "DGA toevoegen" adds one.
import 'primereact/resources/themes/lara-light-blue/theme.css';
import 'primereact/resources/primereact.min.css';
import { useState } from 'react';
import { PrimeReactProvider } from 'primereact/api';
import { Button } from 'primereact/button';
import { Dropdown } from 'primereact/dropdown';
import { InputSwitch } from 'primereact/inputswitch';
import { InputText } from 'primereact/inputtext';
import { RadioButton } from 'primereact/radiobutton';
import { countSubmit, EMPTY_DGA, variant, type Dga } from './page';
import { mount, useExposedState } from './react-page';

interface State {
  organisatie: string;
  email: string;
  raamwerk: string;
  loonheffing: string;
  werkgeverId: string;
  dga: '' | 'ja' | 'nee';
  dgas: Dga[];
  verloning: string | null;
  dertiendeMaand: boolean;
}
const INITIAL: State = { organisatie: '', email: '', raamwerk: '', loonheffing: '', werkgeverId: '', dga: '', dgas: [], verloning: null, dertiendeMaand: false };
type TextKey = 'organisatie' | 'email' | 'raamwerk' | 'loonheffing' | 'werkgeverId';

// A long list, as a payroll system offers: the two a.s.r. knows sit at its end, out of view.
const PERIODS = [
  { value: 'week', label: 'Wekelijks' },
  { value: '2weken', label: 'Tweewekelijks' },
  { value: 'halfmaand', label: 'Halfmaandelijks' },
  { value: 'kwartaal', label: 'Per kwartaal' },
  { value: 'halfjaar', label: 'Per half jaar' },
  { value: 'jaar', label: 'Jaarlijks' },
  { value: 'maand', label: 'Maandelijks' },
  { value: '4weken', label: 'Vierwekelijks' },
];

// The "refuses" variant ignores the pay period: the report must then say it did not take.
const refuses = variant() === 'refuses';

function App() {
  const [s, setS] = useState<State>(INITIAL);
  useExposedState(s);
  const set = <K extends keyof State>(k: K, v: State[K]) => setS((p) => ({ ...p, [k]: v }));
  const setDga = (i: number, k: keyof Dga, v: string) => setS((p) => ({ ...p, dgas: p.dgas.map((x, j) => (j === i ? { ...x, [k]: v } : x)) }));
  const text = (k: TextKey, label: string, id: string) => (
    <div className="veld">
      <label htmlFor={id}>{label}</label>
      <InputText id={id} value={s[k]} onChange={(e) => set(k, e.target.value)} />
    </div>
  );
  return (
    <form onSubmit={countSubmit}>
      <h2>Aanmelden salarisverwerker</h2>
      {text('organisatie', 'Naam organisatie', 'f1')}
      {text('email', 'E-mailadres', 'f2')}
      {text('raamwerk', 'Raamwerkcontract', 'f3')}
      {text('loonheffing', 'Loonheffingennummer', 'f4')}
      {text('werkgeverId', 'Werkgever ID', 'f5')}
      <fieldset className="veld" style={{ border: 0, padding: 0 }}>
        <legend>Zijn er DGA's in de verloning?</legend>
        <div className="keuzes">
          {(['ja', 'nee'] as const).map((v) => (
            <span key={v}>
              <RadioButton inputId={`r-${v}`} name="dga" checked={s.dga === v} onChange={() => set('dga', v)} />
              <label htmlFor={`r-${v}`} style={{ marginLeft: 6 }}>{v === 'ja' ? 'Ja' : 'Nee'}</label>
            </span>
          ))}
        </div>
      </fieldset>
      {s.dga === 'ja' && (
        <div>
          <h3>DGA's</h3>
          {s.dgas.map((d, i) => (
            <div key={i} className="dga-rij">
              <div className="veld">
                <label htmlFor={`n${i}`}>Naam DGA</label>
                <InputText id={`n${i}`} value={d.naam} onChange={(e) => setDga(i, 'naam', e.target.value)} />
              </div>
              <div className="veld">
                <label htmlFor={`p${i}`}>Personeelsnummer</label>
                <InputText id={`p${i}`} value={d.personeelsnummer} onChange={(e) => setDga(i, 'personeelsnummer', e.target.value)} />
              </div>
              <Button type="button" icon="pi pi-trash" aria-label="Verwijder DGA" text severity="danger" onClick={() => setS((p) => ({ ...p, dgas: p.dgas.filter((_, j) => j !== i) }))} />
            </div>
          ))}
          <Button type="button" label="DGA toevoegen" outlined onClick={() => setS((p) => ({ ...p, dgas: [...p.dgas, { ...EMPTY_DGA }] }))} />
        </div>
      )}
      <div className="veld">
        <label htmlFor="periode">Verloning</label>
        <Dropdown
          inputId="periode"
          value={s.verloning}
          onChange={(e) => refuses || set('verloning', e.value as string)}
          placeholder="Kies een periode"
          options={PERIODS}
          optionLabel="label"
          optionValue="value"
          scrollHeight="80px"
          virtualScrollerOptions={{ itemSize: 38 }}
        />
      </div>
      <div className="veld" style={{ flexDirection: 'row', alignItems: 'center', gap: 8 }}>
        <InputSwitch inputId="dertiende" checked={s.dertiendeMaand} onChange={(e) => set('dertiendeMaand', !!e.value)} />
        <label htmlFor="dertiende">Wordt er een 13e maand uitgekeerd?</label>
      </div>
      <Button type="submit" label="Aanmelding versturen" />
    </form>
  );
}
mount(
  <PrimeReactProvider>
    <App />
  </PrimeReactProvider>,
);

// Simulated a.s.r. registration form as a React 19 app with controlled inputs.
// React keeps the truth in state: a fill that only changes the DOM value (el.value = x)
// is undone on the next render and never reaches window.__reactState. The app publishes
// its state on window.__reactState after every commit, and window.__submitted if the
// form is ever submitted. Bundled into react-form.built.html by build-forms.mjs.
import { StrictMode, useEffect, useId, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';

export interface ReactFormState {
  organisatie: string;
  email: string;
  contract: string;
  lhn: string;
  werkgeverId: string;
  heeftDga: '' | 'ja' | 'nee';
  dgas: { naam: string; personeelsnummer: string }[];
  verloning: '' | 'maand' | '4weken';
  dertiende: '' | 'ja' | 'nee';
}

declare global {
  interface Window {
    __reactState?: ReactFormState;
    __submitted?: boolean;
    __renders?: number;
  }
}

const initial: ReactFormState = {
  organisatie: '',
  email: '',
  contract: '',
  lhn: '',
  werkgeverId: '',
  heeftDga: '',
  dgas: [],
  verloning: '',
  dertiende: '',
};

function TextField(props: { label: string; help?: string; value: string; onChange: (v: string) => void; required?: boolean }) {
  const id = useId();
  return (
    <div className="veld">
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span className="verplicht"> *</span> : null}
      </label>
      {props.help ? <p className="hulp">{props.help}</p> : null}
      <input id={id} type="text" value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </div>
  );
}

function YesNo(props: { name: string; legend: string; value: string; onChange: (v: 'ja' | 'nee') => void }) {
  return (
    <fieldset>
      <legend>
        {props.legend} <span className="verplicht">*</span>
      </legend>
      {(['ja', 'nee'] as const).map((v) => (
        <label key={v}>
          <input type="radio" name={props.name} value={v} checked={props.value === v} onChange={() => props.onChange(v)} />{' '}
          {v === 'ja' ? 'Ja' : 'Nee'}
        </label>
      ))}
    </fieldset>
  );
}

export function AsrReactForm(props: { onState?: (s: ReactFormState) => void }) {
  const [state, setState] = useState<ReactFormState>(initial);
  const set = <K extends keyof ReactFormState>(key: K, value: ReactFormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));
  const verloningId = useId();

  useEffect(() => {
    window.__reactState = state;
    window.__renders = (window.__renders ?? 0) + 1;
    props.onState?.(state);
  });

  const addRow = () => {
    // Like a form library validating first: the row appears a moment later.
    window.setTimeout(() => setState((s) => ({ ...s, dgas: [...s.dgas, { naam: '', personeelsnummer: '' }] })), 50);
  };
  const setRow = (i: number, key: 'naam' | 'personeelsnummer', value: string) =>
    setState((s) => ({ ...s, dgas: s.dgas.map((d, j) => (j === i ? { ...d, [key]: value } : d)) }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    window.__submitted = true;
  };

  return (
    <form onSubmit={submit} noValidate>
      <h1>Aanleveren gegevens in eigen beheer</h1>
      <p>Velden met * zijn verplicht.</p>
      <TextField label="Naam van je organisatie" required value={state.organisatie} onChange={(v) => set('organisatie', v)} />
      <TextField label="E-mailadres" required help="Hier ontvang je verzoeken voor een koppeling." value={state.email} onChange={(v) => set('email', v)} />
      <TextField label="Raamwerkcontract nummer" required help="Begint meestal met A020." value={state.contract} onChange={(v) => set('contract', v)} />
      <TextField label="Loonheffingennummer" required value={state.lhn} onChange={(v) => set('lhn', v)} />
      <TextField label="Werkgevers-ID" required help="Het ID van de werkgever in Loket.nl." value={state.werkgeverId} onChange={(v) => set('werkgeverId', v)} />
      <YesNo name="heeftDga" legend="Zit er één of meerdere DGA's in de verloning?" value={state.heeftDga} onChange={(v) => set('heeftDga', v)} />
      {state.heeftDga === 'ja' ? (
        <section className="dga">
          <h3>DGA's</h3>
          {state.dgas.map((d, i) => (
            <div className="dga-rij" key={i}>
              <TextField label="Naam DGA" value={d.naam} onChange={(v) => setRow(i, 'naam', v)} />
              <TextField label="Personeelsnummer" value={d.personeelsnummer} onChange={(v) => setRow(i, 'personeelsnummer', v)} />
            </div>
          ))}
          <button type="button" onClick={addRow}>
            + DGA toevoegen
          </button>
        </section>
      ) : null}
      <div className="veld">
        <label htmlFor={verloningId}>
          Maandelijkse of 4-wekelijkse verloning <span className="verplicht">*</span>
        </label>
        <select id={verloningId} value={state.verloning} onChange={(e) => set('verloning', e.target.value as ReactFormState['verloning'])}>
          <option value="">Maak een keuze</option>
          <option value="maand">Per maand</option>
          <option value="4weken">Per 4 weken</option>
        </select>
      </div>
      <YesNo name="dertiende" legend="Wordt er een 13e maand uitgekeerd?" value={state.dertiende} onChange={(v) => set('dertiende', v)} />
      <button type="submit">Versturen</button>
    </form>
  );
}

// Mount only in the built page (the unit tests import the component and mount it themselves).
const mountPoint = typeof document !== 'undefined' ? document.getElementById('asr-react-root') : null;
if (mountPoint) {
  createRoot(mountPoint).render(
    <StrictMode>
      <AsrReactForm />
    </StrictMode>,
  );
}

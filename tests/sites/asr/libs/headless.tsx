// a.s.r. form built with Headless UI (@headlessui/react): Field/Label/Description around
// native inputs, a Switch (button role=switch, labelled through aria-labelledby) for the DGA
// question, a Fieldset/Legend "DGA's" whose rows are labelled only "Volledige naam" and
// "Personeelsnummer" and appear a moment after "DGA toevoegen" (like a form library that
// validates first), a Combobox for the pay period that searches as you type (no option is
// shown until two characters are typed; the options render in a portal), and a RadioGroup
// (role=radio elements, no native radios) for the 13th month.
// window.__formState(): the React state below.
import { useState, type FormEvent } from 'react';
import {
  Button,
  Combobox,
  ComboboxInput,
  ComboboxOption,
  ComboboxOptions,
  Description,
  Field,
  Fieldset,
  Input,
  Label,
  Legend,
  Radio,
  RadioGroup,
  Switch,
} from '@headlessui/react';
import { countSubmit, EMPTY_DGA, type Dga } from './page';
import { mount, useExposedState } from './react-page';

type Period = 'maand' | '4weken';
interface HeadlessState {
  organisatienaam: string;
  email: string;
  contractnummer: string;
  loonheffingsnummer: string;
  werkgeverId: string;
  dga: boolean;
  dgas: Dga[];
  loontijdvak: Period | null;
  dertiendeMaand: boolean | null;
}

const initial: HeadlessState = {
  organisatienaam: '',
  email: '',
  contractnummer: '',
  loonheffingsnummer: '',
  werkgeverId: '',
  dga: false,
  dgas: [],
  loontijdvak: null,
  dertiendeMaand: null,
};

const PERIODS: { value: Period; label: string }[] = [
  { value: 'maand', label: 'Maandelijks' },
  { value: '4weken', label: 'Vierwekelijks' },
];
const periodLabel = (value: Period | null) => PERIODS.find((p) => p.value === value)?.label ?? '';

type TextKey = 'organisatienaam' | 'email' | 'contractnummer' | 'loonheffingsnummer' | 'werkgeverId';

function HeadlessForm() {
  const [state, setState] = useState<HeadlessState>(initial);
  const [query, setQuery] = useState('');
  useExposedState(state);
  const set = <K extends keyof HeadlessState>(key: K, value: HeadlessState[K]) => setState((s) => ({ ...s, [key]: value }));
  const setRow = (i: number, key: keyof Dga, value: string) =>
    setState((s) => ({ ...s, dgas: s.dgas.map((d, j) => (j === i ? { ...d, [key]: value } : d)) }));
  const text = (key: TextKey, label: string, description?: string, type = 'text') => (
    <Field className="veld">
      <Label>{label}</Label>
      {description ? <Description>{description}</Description> : null}
      <Input type={type} value={state[key]} onChange={(e) => set(key, e.target.value)} />
    </Field>
  );
  // Search as you type: a short query shows nothing, so opening the list alone finds no option.
  const matches = query.trim().length < 2 ? [] : PERIODS.filter((p) => p.label.toLowerCase().includes(query.trim().toLowerCase()));

  return (
    <form noValidate onSubmit={(e: FormEvent) => countSubmit(e)}>
      <h1>Aanleveren gegevens in eigen beheer</h1>
      <p>Vul de gegevens in en controleer ze voordat u het formulier verstuurt.</p>
      <h2>Over uw kantoor</h2>
      {text('organisatienaam', 'Organisatienaam')}
      {text('email', 'E-mail', 'Wij sturen koppelverzoeken naar dit adres.', 'email')}
      {text('contractnummer', 'Raamwerkcontractnummer')}
      <h2>Over de werkgever</h2>
      {text('loonheffingsnummer', 'Loonheffingsnummer', 'Het nummer van de werkgever bij de Belastingdienst.')}
      {text('werkgeverId', 'Werkgever-ID')}
      <Field className="veld">
        <Label>DGA in de verloning</Label>
        <Description>Zet dit aan als er één of meer directeur-grootaandeelhouders worden verloond.</Description>
        <Switch
          checked={state.dga}
          onChange={(on: boolean) => setState((s) => ({ ...s, dga: on }))}
          className="schakelaar"
        >
          <span className="knop" />
        </Switch>
      </Field>
      {state.dga ? (
        <Fieldset className="veld">
          <Legend>DGA's</Legend>
          {state.dgas.map((d, i) => (
            <div className="dga-rij" key={i}>
              <Field>
                <Label>Volledige naam</Label>
                <Input value={d.naam} onChange={(e) => setRow(i, 'naam', e.target.value)} />
              </Field>
              <Field>
                <Label>Personeelsnummer</Label>
                <Input value={d.personeelsnummer} onChange={(e) => setRow(i, 'personeelsnummer', e.target.value)} />
              </Field>
            </div>
          ))}
          <Button type="button" onClick={() => window.setTimeout(() => setState((s) => ({ ...s, dgas: [...s.dgas, EMPTY_DGA] })), 80)}>
            DGA toevoegen
          </Button>
        </Fieldset>
      ) : null}
      <Field className="veld">
        <Label>Loontijdvak</Label>
        <Combobox value={state.loontijdvak} onChange={(value: Period | null) => set('loontijdvak', value)} onClose={() => setQuery('')}>
          <ComboboxInput
            displayValue={(value: Period | null) => periodLabel(value)}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Typ om te zoeken"
          />
          <ComboboxOptions anchor="bottom start" className="opties">
            {matches.map((p) => (
              <ComboboxOption key={p.value} value={p.value} className="optie">
                {p.label}
              </ComboboxOption>
            ))}
          </ComboboxOptions>
        </Combobox>
      </Field>
      {/* Headless UI names a RadioGroup after a Label inside it (its own aria-labelledby wins over ours). */}
      <RadioGroup value={state.dertiendeMaand} onChange={(value: boolean | null) => set('dertiendeMaand', value)} className="veld">
        <Label>Dertiende maand</Label>
        <div className="keuzes">
          {[true, false].map((value) => (
            <Radio key={String(value)} value={value} className="keuze">
              {value ? 'Ja' : 'Nee'}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <Button type="submit">Aanmelding versturen</Button>
    </form>
  );
}

mount(<HeadlessForm />);

// a.s.r. form built with Radix UI primitives: Label (label[for]) around native inputs, a
// Select for the pay period (a <button role=combobox> that opens on pointerdown or the
// keyboard, options in a portal, the visible text in ItemText), a group of aria-pressed
// Toggle buttons for the 13th month (labelled by aria-labelledby), a RadioGroup of
// <button role=radio> for the DGA question (labelled by aria-labelledby), DGA rows shown once
// "Ja" is chosen, and a Switch for the newsletter: a yes/no control nobody asked to change.
// Variant "hidden-question" (lib-radix-hidden-question.built.html): the DGA question is drawn in an
// image without text alternative and the radio group has no label, directly after the 13th
// month question: nothing on the page ties that group to a question a filler knows.
// window.__formState(): the React state below.
import { useId, useState, type FormEvent } from 'react';
import { Label } from '@radix-ui/react-label';
import * as RadioGroup from '@radix-ui/react-radio-group';
import * as Select from '@radix-ui/react-select';
import * as Switch from '@radix-ui/react-switch';
import { Toggle } from '@radix-ui/react-toggle';
import { countSubmit, EMPTY_DGA, variant, type Dga } from './page';
import { mount, useExposedState } from './react-page';

interface RadixState {
  bedrijfsnaam: string;
  email: string;
  raamwerkcontractnummer: string;
  loonheffingennummer: string;
  werkgeverId: string;
  heeftDga: '' | 'ja' | 'nee';
  dgas: Dga[];
  verloning: '' | 'maand' | '4weken';
  dertiendeMaand: '' | 'ja' | 'nee';
  nieuwsbrief: boolean;
}

const initial: RadixState = {
  bedrijfsnaam: '',
  email: '',
  raamwerkcontractnummer: '',
  loonheffingennummer: '',
  werkgeverId: '',
  heeftDga: '',
  dgas: [],
  verloning: '',
  dertiendeMaand: '',
  nieuwsbrief: false,
};

type TextKey = 'bedrijfsnaam' | 'email' | 'raamwerkcontractnummer' | 'loonheffingennummer' | 'werkgeverId';

// The DGA question as an image: what a person reads, with no text a program can read.
const QUESTION_IMAGE = `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="22"><text x="0" y="16" font-family="Arial" font-size="15" font-weight="bold">Zijn er DGA's in de verloning?</text></svg>`,
)}`;

function TextInput(props: { label: string; value: string; onChange: (v: string) => void; type?: string }) {
  const id = useId();
  return (
    <div className="veld">
      <Label htmlFor={id}>{props.label}</Label>
      <input id={id} type={props.type ?? 'text'} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </div>
  );
}

function YesNoRadios(props: { value: string; onChange: (v: 'ja' | 'nee') => void; labelledBy?: string }) {
  const id = useId();
  return (
    <RadioGroup.Root
      className="keuzes"
      aria-labelledby={props.labelledBy}
      value={props.value}
      onValueChange={(v) => props.onChange(v as 'ja' | 'nee')}
    >
      {(['ja', 'nee'] as const).map((v) => (
        <span key={v}>
          <RadioGroup.Item className="keuze" id={`${id}-${v}`} value={v}>
            <RadioGroup.Indicator>●</RadioGroup.Indicator>
          </RadioGroup.Item>{' '}
          <Label htmlFor={`${id}-${v}`}>{v === 'ja' ? 'Ja' : 'Nee'}</Label>
        </span>
      ))}
    </RadioGroup.Root>
  );
}

function RadixForm({ hiddenQuestion }: { hiddenQuestion: boolean }) {
  const [state, setState] = useState<RadixState>(initial);
  useExposedState(state);
  const set = <K extends keyof RadixState>(key: K, value: RadixState[K]) => setState((s) => ({ ...s, [key]: value }));
  const setRow = (i: number, key: keyof Dga, value: string) =>
    setState((s) => ({ ...s, dgas: s.dgas.map((d, j) => (j === i ? { ...d, [key]: value } : d)) }));
  const ids = { verloning: useId(), dertiende: useId(), dga: useId(), nieuwsbrief: useId() };
  const text = (key: TextKey, label: string, type?: string) => (
    <TextInput label={label} value={state[key]} onChange={(v) => set(key, v)} type={type} />
  );

  return (
    <form noValidate onSubmit={(e: FormEvent) => countSubmit(e)}>
      <h1>Aanleveren gegevens in eigen beheer</h1>
      <p>Alle velden zijn verplicht, tenzij anders vermeld.</p>
      {text('bedrijfsnaam', 'Bedrijfsnaam')}
      {text('email', 'E-mailadres', 'email')}
      {text('raamwerkcontractnummer', 'Raamwerkcontractnummer')}
      {text('loonheffingennummer', 'Loonheffingennummer van de werkgever')}
      {text('werkgeverId', 'ID werkgever')}
      <div className="veld">
        <Label htmlFor={ids.verloning}>Maandelijkse of 4-wekelijkse verloning</Label>
        <Select.Root value={state.verloning} onValueChange={(v) => set('verloning', v as RadixState['verloning'])}>
          <Select.Trigger id={ids.verloning} className="keuze" style={{ width: 240, textAlign: 'left' }}>
            <Select.Value placeholder="Selecteer" />
            <Select.Icon> ▾</Select.Icon>
          </Select.Trigger>
          <Select.Portal>
            <Select.Content className="radix-inhoud" position="popper" sideOffset={4}>
              <Select.Viewport>
                <Select.Item className="optie" value="maand">
                  <Select.ItemText>Per maand</Select.ItemText>
                </Select.Item>
                <Select.Item className="optie" value="4weken">
                  <Select.ItemText>Per vier weken</Select.ItemText>
                </Select.Item>
              </Select.Viewport>
            </Select.Content>
          </Select.Portal>
        </Select.Root>
      </div>
      <div className="veld">
        <span className="vraag" id={ids.dertiende}>
          Keert de werkgever een 13e maand uit?
        </span>
        <div className="keuzes" role="group" aria-labelledby={ids.dertiende}>
          {(['ja', 'nee'] as const).map((v) => (
            <Toggle
              key={v}
              className="keuze"
              pressed={state.dertiendeMaand === v}
              onPressedChange={(on) => set('dertiendeMaand', on ? v : '')}
            >
              {v === 'ja' ? 'Ja' : 'Nee'}
            </Toggle>
          ))}
        </div>
      </div>
      <div className="veld">
        {hiddenQuestion ? (
          <img src={QUESTION_IMAGE} alt="" width={360} height={22} />
        ) : (
          <span className="vraag" id={ids.dga}>
            Zit er één of meerdere DGA's in de verloning?
          </span>
        )}
        <YesNoRadios labelledBy={hiddenQuestion ? undefined : ids.dga} value={state.heeftDga} onChange={(v) => set('heeftDga', v)} />
      </div>
      {state.heeftDga === 'ja' ? (
        <section className="veld" aria-label="DGA's">
          {state.dgas.map((d, i) => (
            <div className="dga-rij" key={i}>
              <TextInput label="Naam DGA" value={d.naam} onChange={(v) => setRow(i, 'naam', v)} />
              <TextInput label="Personeelsnummer" value={d.personeelsnummer} onChange={(v) => setRow(i, 'personeelsnummer', v)} />
            </div>
          ))}
          <button type="button" className="keuze" onClick={() => set('dgas', [...state.dgas, EMPTY_DGA])}>
            DGA toevoegen
          </button>
        </section>
      ) : null}
      <div className="veld" style={{ flexDirection: 'row', alignItems: 'center', gap: 10 }}>
        <Switch.Root id={ids.nieuwsbrief} className="schakelaar" checked={state.nieuwsbrief} onCheckedChange={(on) => set('nieuwsbrief', on)}>
          <Switch.Thumb className="knop" />
        </Switch.Root>
        <Label htmlFor={ids.nieuwsbrief}>Ja, stuur mij de nieuwsbrief voor salarisverwerkers</Label>
      </div>
      <button type="submit" className="keuze">
        Verzenden
      </button>
    </form>
  );
}

mount(<RadixForm hiddenQuestion={variant() === 'hidden-question'} />);

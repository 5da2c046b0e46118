// Mantine 8 (@mantine/core): the select is a read-only <input aria-haspopup="listbox"> with no
// role=combobox, its options kept (hidden) in a portal at the end of <body> and tied to the
// input only through the listbox's aria-labelledby; a chevron button beside it whose own text
// ("Open menu") must never be read as the chosen value. Radio.Group named by its own label
// element; a Switch whose transparent input covers its track; the DGA rows start with one
// empty row (the form shows it as soon as "Ja" is chosen), each row removed by an icon button.
import '@mantine/core/styles.css';
import { useState } from 'react';
import { ActionIcon, Button, Group, MantineProvider, Radio, Select, Switch, TextInput, Title } from '@mantine/core';
import { countSubmit, EMPTY_DGA, variant, type Dga } from './page';
import { mount, useExposedState } from './react-page';

interface State {
  bedrijfsnaam: string;
  email: string;
  contract: string;
  lhn: string;
  werkgever: string;
  heeftDga: string | null;
  dgas: Dga[];
  loontijdvak: string | null;
  dertiende: boolean;
}
const INITIAL: State = { bedrijfsnaam: '', email: '', contract: '', lhn: '', werkgever: '', heeftDga: null, dgas: [], loontijdvak: null, dertiende: false };
type TextKey = 'bedrijfsnaam' | 'email' | 'contract' | 'lhn' | 'werkgever';

// The "refuses" variant ignores the pay period: the report must then say it did not take.
const refuses = variant() === 'refuses';

function App() {
  const [s, setS] = useState<State>(INITIAL);
  useExposedState(s);
  const setText = (k: TextKey) => (e: { currentTarget: HTMLInputElement }) => {
    const v = e.currentTarget.value;
    setS((p) => ({ ...p, [k]: v }));
  };
  const setDga = (i: number, k: keyof Dga) => (e: { currentTarget: HTMLInputElement }) => {
    const v = e.currentTarget.value;
    setS((p) => ({ ...p, dgas: p.dgas.map((d, j) => (j === i ? { ...d, [k]: v } : d)) }));
  };
  // Choosing "Ja" shows the section with one empty row to start from, as many real forms do.
  const answerDga = (v: string) => setS((p) => ({ ...p, heeftDga: v, dgas: v === 'ja' && p.dgas.length === 0 ? [{ ...EMPTY_DGA }] : p.dgas }));
  return (
    <form onSubmit={countSubmit}>
      <Title order={2}>Gegevens aanleveren</Title>
      <TextInput label="Bedrijfsnaam" value={s.bedrijfsnaam} onChange={setText('bedrijfsnaam')} mb="sm" />
      <TextInput label="E-mail" description="Hier ontvangt u verzoeken voor een koppeling" value={s.email} onChange={setText('email')} mb="sm" />
      <TextInput label="Raamwerkcontractnummer" withAsterisk value={s.contract} onChange={setText('contract')} mb="sm" />
      <TextInput label="Loonheffingsnummer" placeholder="123456782L01" value={s.lhn} onChange={setText('lhn')} mb="sm" />
      <TextInput label="ID werkgever" value={s.werkgever} onChange={setText('werkgever')} mb="sm" />
      <Select
        label="Loontijdvak"
        placeholder="Maak een keuze"
        value={s.loontijdvak}
        onChange={(v) => refuses || setS((p) => ({ ...p, loontijdvak: v }))}
        data={[
          { value: 'maand', label: 'Per maand' },
          { value: '4weken', label: 'Per 4 weken' },
        ]}
        rightSectionPointerEvents="none"
        rightSection={
          <span aria-hidden="false" className="chevron">
            <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>Open menu</span>▾
          </span>
        }
        mb="sm"
      />
      <Switch label="Dertiende maand" checked={s.dertiende} onChange={(e) => { const v = e.currentTarget.checked; setS((p) => ({ ...p, dertiende: v })); }} mb="sm" />
      <Radio.Group label="DGA in de verloning" value={s.heeftDga} onChange={answerDga} mb="sm">
        <Group mt="xs">
          <Radio value="ja" label="Ja" />
          <Radio value="nee" label="Nee" />
        </Group>
      </Radio.Group>
      {s.heeftDga === 'ja' && (
        <section aria-label="Directeur-grootaandeelhouders">
          {s.dgas.map((d, i) => (
            <Group key={i} className="dga-rij" align="flex-end" mb="xs">
              <TextInput label="Naam DGA" value={d.naam} onChange={setDga(i, 'naam')} />
              <TextInput label="Personeelsnummer" value={d.personeelsnummer} onChange={setDga(i, 'personeelsnummer')} />
              <ActionIcon variant="subtle" color="red" aria-label="Verwijder deze DGA" onClick={() => setS((p) => ({ ...p, dgas: p.dgas.filter((_, j) => j !== i) }))}>
                ✕
              </ActionIcon>
            </Group>
          ))}
          <Button variant="light" mb="sm" onClick={() => setS((p) => ({ ...p, dgas: [...p.dgas, { ...EMPTY_DGA }] }))}>
            Nog een DGA toevoegen
          </Button>
        </section>
      )}
      <Button type="submit">Versturen</Button>
    </form>
  );
}
mount(
  <MantineProvider>
    <App />
  </MantineProvider>,
);

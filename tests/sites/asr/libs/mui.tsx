// a.s.r. form built with Material UI (@mui/material, emotion): outlined TextFields with
// floating labels, a Switch for the DGA question (its label is a FormControlLabel), DGA rows
// that appear with the switch (one row at once, more with "DGA toevoegen"), a Select for the
// pay period that opens on mousedown (a click alone opens nothing) with its options in a
// portal, and a RadioGroup labelled by a FormLabel for the 13th month.
// window.__formState(): the React state below.
import { useId, useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { countSubmit, EMPTY_DGA, type Dga } from './page';
import { mount, useExposedState } from './react-page';

interface MuiState {
  bedrijfsnaam: string;
  email: string;
  raamwerkcontractnummer: string;
  loonheffingennummer: string;
  werkgeverId: string;
  heeftDga: boolean;
  dgas: Dga[];
  verloning: '' | 'maand' | '4weken';
  dertiendeMaand: '' | 'ja' | 'nee';
}

const initial: MuiState = {
  bedrijfsnaam: '',
  email: '',
  raamwerkcontractnummer: '',
  loonheffingennummer: '',
  werkgeverId: '',
  heeftDga: false,
  dgas: [],
  verloning: '',
  dertiendeMaand: '',
};

type TextKey = 'bedrijfsnaam' | 'email' | 'raamwerkcontractnummer' | 'loonheffingennummer' | 'werkgeverId';
const TEXT_FIELDS: { key: TextKey; label: string; help?: string }[] = [
  { key: 'bedrijfsnaam', label: 'Bedrijfsnaam' },
  { key: 'email', label: 'E-mailadres', help: 'Op dit adres ontvangt u verzoeken voor een salariskoppeling.' },
  { key: 'raamwerkcontractnummer', label: 'Raamwerkcontractnummer', help: 'Staat op uw raamwerkovereenkomst, begint met A020.' },
  { key: 'loonheffingennummer', label: 'Loonheffingennummer', help: 'Bijvoorbeeld 123456782L01.' },
  { key: 'werkgeverId', label: 'Werkgever ID', help: 'U vindt dit in Loket.nl bij de bedrijfsgegevens van de werkgever.' },
];

function MuiForm() {
  const [state, setState] = useState<MuiState>(initial);
  useExposedState(state);
  const set = <K extends keyof MuiState>(key: K, value: MuiState[K]) => setState((s) => ({ ...s, [key]: value }));
  const setRow = (i: number, key: keyof Dga, value: string) =>
    setState((s) => ({ ...s, dgas: s.dgas.map((d, j) => (j === i ? { ...d, [key]: value } : d)) }));
  const verloningLabel = useId();
  const dertiendeLabel = useId();

  return (
    <Box component="form" noValidate onSubmit={(e: FormEvent) => countSubmit(e)}>
      <Typography variant="h4" component="h1" gutterBottom>
        Aanleveren gegevens in eigen beheer
      </Typography>
      <Typography sx={{ mb: 2 }}>Meld een werkgever aan voor de salariskoppeling. Velden met * zijn verplicht.</Typography>
      <Stack spacing={2}>
        <Typography variant="h6" component="h2">
          Uw organisatie
        </Typography>
        {TEXT_FIELDS.slice(0, 3).map((f) => (
          <TextField key={f.key} required label={f.label} helperText={f.help} value={state[f.key]} onChange={(e) => set(f.key, e.target.value)} />
        ))}
        <Typography variant="h6" component="h2">
          De werkgever
        </Typography>
        {TEXT_FIELDS.slice(3).map((f) => (
          <TextField key={f.key} required label={f.label} helperText={f.help} value={state[f.key]} onChange={(e) => set(f.key, e.target.value)} />
        ))}
        <FormControlLabel
          control={
            <Switch
              checked={state.heeftDga}
              onChange={(e) =>
                setState((s) => ({ ...s, heeftDga: e.target.checked, dgas: e.target.checked && s.dgas.length === 0 ? [EMPTY_DGA] : s.dgas }))
              }
            />
          }
          label="Zijn er DGA's in de verloning?"
        />
        {state.heeftDga ? (
          <Stack spacing={2} component="section" aria-label="DGA's">
            {state.dgas.map((d, i) => (
              <div className="dga-rij" key={i}>
                <TextField label="Naam DGA" value={d.naam} onChange={(e) => setRow(i, 'naam', e.target.value)} />
                <TextField label="Personeelsnummer" value={d.personeelsnummer} onChange={(e) => setRow(i, 'personeelsnummer', e.target.value)} />
                <IconButton aria-label={`DGA ${i + 1} verwijderen`} onClick={() => set('dgas', state.dgas.filter((_, j) => j !== i))}>
                  ×
                </IconButton>
              </div>
            ))}
            <Box>
              <Button variant="outlined" onClick={() => set('dgas', [...state.dgas, EMPTY_DGA])}>
                + DGA toevoegen
              </Button>
            </Box>
          </Stack>
        ) : null}
        <FormControl required>
          <InputLabel id={verloningLabel}>Verloning</InputLabel>
          <Select
            labelId={verloningLabel}
            label="Verloning"
            value={state.verloning}
            onChange={(e) => set('verloning', e.target.value as MuiState['verloning'])}
          >
            <MenuItem value="maand">Per maand</MenuItem>
            <MenuItem value="4weken">Per 4 weken</MenuItem>
          </Select>
        </FormControl>
        <FormControl required>
          <FormLabel id={dertiendeLabel}>Wordt er een 13e maand uitgekeerd?</FormLabel>
          <RadioGroup
            row
            aria-labelledby={dertiendeLabel}
            name="dertiende-maand"
            value={state.dertiendeMaand}
            onChange={(e) => set('dertiendeMaand', e.target.value as MuiState['dertiendeMaand'])}
          >
            <FormControlLabel value="ja" control={<Radio />} label="Ja" />
            <FormControlLabel value="nee" control={<Radio />} label="Nee" />
          </RadioGroup>
        </FormControl>
        <Box>
          <Button type="submit" variant="contained">
            Gegevens versturen
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}

mount(<MuiForm />);

// Vuetify 4 on Vue 3 (render functions, no template compiler): VSelect is two nested
// role=combobox elements (the field and an input that is not read-only but ignores typing,
// inputmode=none), its options teleported into an overlay container only while open, its
// label doubled (a floating copy, aria-hidden). VRadioGroup labels its radios by aria-label and
// <label for>; VSwitch is a plain checkbox with no switch role. After "Ja" the form loads its
// first, empty DGA row a moment later (as if fetched), even after rows were added meanwhile:
// a filler quicker than that ends with one empty row too many.
import 'vuetify/styles';
import { createApp, h, reactive, watch, type Component } from 'vue';
import { createVuetify } from 'vuetify';
import { VApp, VBtn, VMain, VRadio, VRadioGroup, VSelect, VSwitch, VTextField } from 'vuetify/components';
import { countSubmit, exposeState, variant } from './page';

// Vuetify's prop types for these two do not fit h()'s overloads under this project's strict
// options (exactOptionalPropertyTypes); the props given are the documented ones.
const RadioGroup = VRadioGroup as Component;
const Switch = VSwitch as Component;

// The "refuses" variant ignores the pay period: the report must then say it did not take.
const refuses = variant() === 'refuses';

const state = reactive({
  organisatienaam: '',
  email: '',
  contractnummer: '',
  lhNummer: '',
  werkgeverId: '',
  dga: null as null | 'ja' | 'nee',
  rijen: [] as { naam: string; personeelsnummer: string }[],
  frequentie: null as null | string,
  dertiende: false,
});
exposeState(() => JSON.parse(JSON.stringify(state)));

// The first "Ja" loads a starting row a moment later, whatever rows were added meanwhile.
let loaded = false;
watch(
  () => state.dga,
  (v) => {
    if (v !== 'ja' || loaded) return;
    loaded = true;
    setTimeout(() => state.rijen.push({ naam: '', personeelsnummer: '' }), 400);
  },
);

type TextKey = 'organisatienaam' | 'email' | 'contractnummer' | 'lhNummer' | 'werkgeverId';
const field = { variant: 'outlined', density: 'compact' } as const;
const text = (k: TextKey, label: string, hint?: string) =>
  h(VTextField, { ...field, label, hint, persistentHint: !!hint, modelValue: state[k], 'onUpdate:modelValue': (v: string) => (state[k] = v) });

const App = {
  setup() {
    return () =>
      h(VApp, null, () =>
        h(VMain, null, () =>
          h('form', { onSubmit: countSubmit, style: 'max-width:560px' }, [
            h('h2', 'Aanleveren gegevens in eigen beheer'),
            text('organisatienaam', 'Organisatienaam'),
            text('email', 'Emailadres', 'Voor verzoeken tot een koppeling'),
            text('contractnummer', 'Contractnummer'),
            text('lhNummer', 'LH-nummer'),
            text('werkgeverId', 'Werkgever-ID'),
            h(
              RadioGroup,
              { label: "Zit er één of meerdere DGA's in de verloning?", inline: true, modelValue: state.dga, 'onUpdate:modelValue': (v: 'ja' | 'nee') => (state.dga = v) },
              () => [h(VRadio, { label: 'Ja', value: 'ja' }), h(VRadio, { label: 'Nee', value: 'nee' })],
            ),
            state.dga === 'ja'
              ? h('fieldset', { style: 'border:0;padding:0' }, [
                  h('legend', 'Directeur-grootaandeelhouders'),
                  ...state.rijen.map((d, i) =>
                    h('div', { class: 'dga-rij', key: i }, [
                      h(VTextField, { ...field, label: 'Naam', modelValue: d.naam, 'onUpdate:modelValue': (v: string) => (d.naam = v) }),
                      h(VTextField, { ...field, label: 'Personeelsnummer', modelValue: d.personeelsnummer, 'onUpdate:modelValue': (v: string) => (d.personeelsnummer = v) }),
                      h(VBtn, { variant: 'text', color: 'error', onClick: () => state.rijen.splice(i, 1) }, () => 'Verwijderen'),
                    ]),
                  ),
                  h(VBtn, { variant: 'tonal', class: 'mb-4', onClick: () => state.rijen.push({ naam: '', personeelsnummer: '' }) }, () => '+ Toevoegen'),
                ])
              : null,
            h(VSelect, {
              ...field,
              label: 'Verloningsfrequentie',
              modelValue: state.frequentie,
              'onUpdate:modelValue': (v: string) => refuses || (state.frequentie = v),
              items: [
                { value: 'maand', title: 'Maand' },
                { value: '4weken', title: '4 weken' },
              ],
            }),
            h(Switch, { label: '13de maand', color: 'primary', modelValue: state.dertiende, 'onUpdate:modelValue': (v: boolean | null) => (state.dertiende = !!v) }),
            h(VBtn, { type: 'submit', color: 'primary' }, () => 'Indienen'),
          ]),
        ),
      );
  },
};
createApp(App).use(createVuetify()).mount('#root');

// a.s.r. form built with Ant Design (antd): Form.Item labels (label[for] the control's id),
// Inputs, a Switch for the DGA question (a <button role=switch>), a Form.List of DGA rows
// that starts empty (each row added with "DGA toevoegen"), a Select for the pay period (a
// read-only <input role=combobox> that opens on mousedown; its options render in a portal,
// where the role=option elements of the accessibility list carry the value and the visible
// option text sits in other elements), and a Radio.Group for the 13th month.
// Variant "steps" (lib-antd-steps.built.html): the same form in two steps (Steps + "Volgende"); step 2
// only renders after step 1 validates. Unmounted fields keep their values (antd preserves).
// window.__formState(): form.getFieldsValue(true), antd's own store.
import { useState, type ReactNode } from 'react';
import { Button, Form, Input, Radio, Select, Space, Steps, Switch, Typography } from 'antd';
import { countSubmit, exposeState, variant, type Dga } from './page';
import { mount } from './react-page';

interface AntdValues {
  organisatie: string;
  email: string;
  contractnummer: string;
  loonheffingennummer: string;
  werkgeverId: string;
  heeftDga: boolean;
  dgas: Dga[];
  verloning?: 'maand' | '4weken';
  dertiendeMaand?: 'ja' | 'nee';
}

const initialValues: AntdValues = {
  organisatie: '',
  email: '',
  contractnummer: '',
  loonheffingennummer: '',
  werkgeverId: '',
  heeftDga: false,
  dgas: [],
};

const required = (what: string) => [{ required: true, message: `Vul ${what} in.` }];
const STEP_ONE: (keyof AntdValues)[] = ['organisatie', 'email', 'contractnummer', 'loonheffingennummer', 'werkgeverId'];

function OrganisationAndEmployer() {
  return (
    <>
      <Typography.Title level={4}>Uw organisatie</Typography.Title>
      <Form.Item label="Naam van uw organisatie" name="organisatie" rules={required('de naam van uw organisatie')}>
        <Input />
      </Form.Item>
      <Form.Item label="E-mailadres" name="email" extra="Hier sturen wij verzoeken voor een koppeling naartoe." rules={required('uw e-mailadres')}>
        <Input type="email" />
      </Form.Item>
      <Form.Item label="Raamwerkcontract nummer" name="contractnummer" rules={required('het raamwerkcontractnummer')}>
        <Input placeholder="A020..." />
      </Form.Item>
      <Typography.Title level={4}>Werkgever</Typography.Title>
      <Form.Item label="Loonheffingennummer" name="loonheffingennummer" rules={required('het loonheffingennummer')}>
        <Input placeholder="123456782L01" />
      </Form.Item>
      <Form.Item label="Werkgevers-ID" name="werkgeverId" extra="Het ID van de werkgever in Loket.nl." rules={required('het werkgevers-ID')}>
        <Input />
      </Form.Item>
    </>
  );
}

function PayrollAndDgas() {
  const heeftDga = Form.useWatch('heeftDga') as boolean | undefined;
  return (
    <>
      <Form.Item label="Zit er één of meerdere DGA's in de verloning?" name="heeftDga" valuePropName="checked">
        <Switch checkedChildren="Ja" unCheckedChildren="Nee" />
      </Form.Item>
      {heeftDga ? (
        <Form.List name="dgas">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" className="dga-rij">
                  <Form.Item label="Naam DGA" name={[field.name, 'naam']}>
                    <Input />
                  </Form.Item>
                  <Form.Item label="Personeelsnummer" name={[field.name, 'personeelsnummer']}>
                    <Input />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(field.name)}>
                    Verwijderen
                  </Button>
                </Space>
              ))}
              <Form.Item>
                <Button type="dashed" onClick={() => add({ naam: '', personeelsnummer: '' })}>
                  + DGA toevoegen
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
      ) : null}
      <Form.Item label="Verloningsperiode" name="verloning" rules={[{ required: true, message: 'Kies een verloningsperiode.' }]}>
        <Select
          placeholder="Kies een periode"
          style={{ maxWidth: 280 }}
          options={[
            { value: 'maand', label: 'Maandelijks' },
            { value: '4weken', label: 'Vierwekelijks' },
          ]}
        />
      </Form.Item>
      <Form.Item label="13e maand" name="dertiendeMaand" rules={[{ required: true, message: 'Geef aan of er een 13e maand wordt uitgekeerd.' }]}>
        <Radio.Group
          options={[
            { value: 'ja', label: 'Ja, wordt uitgekeerd' },
            { value: 'nee', label: 'Nee' },
          ]}
        />
      </Form.Item>
    </>
  );
}

function AntdForm({ steps }: { steps: boolean }) {
  const [form] = Form.useForm<AntdValues>();
  const [step, setStep] = useState(0);
  exposeState(() => form.getFieldsValue(true));
  const submit: ReactNode = (
    <Button type="primary" htmlType="submit">
      Aanmelding versturen
    </Button>
  );
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={() => countSubmit()}
      onFinishFailed={() => countSubmit()}
      requiredMark
    >
      <Typography.Title level={2}>Aanleveren gegevens in eigen beheer</Typography.Title>
      <Typography.Paragraph>Geef de gegevens van de werkgever door voor de salariskoppeling met a.s.r.</Typography.Paragraph>
      {steps ? (
        <>
          <Steps current={step} items={[{ title: 'Organisatie en werkgever' }, { title: "Verloning en DGA's" }]} style={{ marginBottom: 24 }} />
          {step === 0 ? (
            <>
              <OrganisationAndEmployer />
              <Button type="primary" onClick={() => form.validateFields(STEP_ONE).then(() => setStep(1), () => undefined)}>
                Volgende
              </Button>
            </>
          ) : (
            <>
              <PayrollAndDgas />
              <Space>
                <Button onClick={() => setStep(0)}>Vorige</Button>
                {submit}
              </Space>
            </>
          )}
        </>
      ) : (
        <>
          <OrganisationAndEmployer />
          <PayrollAndDgas />
          {submit}
        </>
      )}
    </Form>
  );
}

mount(<AntdForm steps={variant() === 'steps'} />);

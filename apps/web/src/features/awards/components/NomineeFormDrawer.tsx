import {
  AWARD_DOSSIER_LIMITS as L,
  AWARD_KINDS,
  AWARD_SUBJECTS,
  INITIATIVE_SCOPES,
  isoToVn,
  type AwardSubject,
} from '@thidua/shared-domain';
import { FormActions, useDebouncedValue } from '@thidua/web-ui';
import {
  useAddAwardNominee,
  useInitiatives,
  usePeople,
  useUpdateAwardNominee,
  type AwardDossierDetail,
  type AwardNominationItem,
} from '@thidua/web-data-access';
import { App, Button, Drawer, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { foldFilter } from '../../../shared/forms/foldFilter';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { blankToNull, required, requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { UnitSelect } from '../../units/components/UnitSelect';
import { awardsMessages as m } from '../messages';

interface NomineeValues {
  subject: AwardSubject;
  personId?: string;
  unitId?: string;
  householdName?: string;
  householdAddress?: string;
  awardCode?: string;
  awardName?: string;
  achievements?: string;
  initiativeIds?: string[];
}

/**
 * The catalog's codes an officer may propose for `subject` in a round of `track`: the same filter the
 * API applies (AwardDossierService.award), so the list never offers what the send would refuse.
 */
export function awardOptions(subject: AwardSubject, track: string) {
  return AWARD_KINDS.filter(
    (k) =>
      (k.subjects as readonly string[]).includes(subject) &&
      (k.tracks as readonly string[]).includes(track),
  ).map((k) => ({ value: k.code, label: k.name }));
}

/**
 * Adds a nominee (`nominee` null) or edits one. Who is proposed is fixed once added (the API changes
 * only the award, the achievements and a household's name and address); a round with the plan's forms
 * takes one of them by name, any other round a code of the catalog.
 */
export function NomineeFormDrawer({
  open,
  dossier,
  nominee,
  onClose,
  onReload,
}: {
  open: boolean;
  dossier: AwardDossierDetail;
  nominee: AwardNominationItem | null;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const guard = useDiscardGuard(onClose);
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={nominee ? m.editNominee(nominee.name) : m.addNomineeTitle}
      size={640}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open && (
          <NomineeForm
            key={`${nominee?.id ?? 'new'}-${dossier.version}`}
            dossier={dossier}
            nominee={nominee}
            onDone={onClose}
            onReload={onReload}
          />
        )}
      </DiscardGuardScope>
    </Drawer>
  );
}

function NomineeForm({
  dossier,
  nominee,
  onDone,
  onReload,
}: {
  dossier: AwardDossierDetail;
  nominee: AwardNominationItem | null;
  onDone: () => void;
  onReload: () => Promise<unknown>;
}) {
  const [form] = Form.useForm<NomineeValues>();
  const cancel = useGuardedForm(form) ?? onDone;
  const add = useAddAwardNominee();
  const update = useUpdateAwardNominee();
  const save = useVersionedForm(form, onReload);
  const { message } = App.useApp();
  const pending = add.isPending || update.isPending;
  const subject = (Form.useWatch('subject', form) ??
    nominee?.subject ??
    'INDIVIDUAL') as AwardSubject;
  const chosenPerson = Form.useWatch('personId', form) as string | undefined;
  const personId = nominee ? nominee.personId : chosenPerson;
  const forms = dossier.round.awardForms;
  const track = dossier.round.track;

  const submit = (values: NomineeValues) => {
    save.reset();
    const award = forms.length
      ? { awardName: values.awardName ?? null, awardCode: nominee?.awardCode ?? null }
      : { awardCode: values.awardCode ?? null, awardName: null };
    const household =
      values.subject === 'HOUSEHOLD'
        ? {
            householdName: blankToNull(values.householdName),
            householdAddress: blankToNull(values.householdAddress),
          }
        : {};
    // only a person's own initiatives count (the API refuses others'); a kept field of a subject
    // switched away from is not sent
    const initiatives =
      values.subject === 'INDIVIDUAL' ? { initiativeIds: values.initiativeIds ?? [] } : {};
    const handlers = {
      onError: save.onError,
    };
    if (nominee) {
      update.mutate(
        {
          dossierId: dossier.id,
          version: dossier.version,
          nominationId: nominee.id,
          achievements: blankToNull(values.achievements),
          ...award,
          ...household,
          ...initiatives,
        },
        {
          ...handlers,
          onSuccess: () => {
            void message.success(m.nomineeUpdated);
            onDone();
          },
        },
      );
      return;
    }
    add.mutate(
      {
        dossierId: dossier.id,
        version: dossier.version,
        subject: values.subject,
        personId: values.subject === 'INDIVIDUAL' ? (values.personId ?? null) : null,
        unitId: values.subject === 'COLLECTIVE' ? (values.unitId ?? null) : null,
        achievements: blankToNull(values.achievements),
        ...award,
        ...household,
        ...initiatives,
      },
      {
        ...handlers,
        onSuccess: (saved) => {
          const added = saved.nominees[saved.nominees.length - 1];
          void message.success(m.nomineeAdded(added?.name ?? ''));
          onDone();
        },
      },
    );
  };

  return (
    <Form<NomineeValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={pending}
      // another person's initiatives are not theirs to cite
      onValuesChange={(changed: Partial<NomineeValues>) => {
        if ('personId' in changed) form.setFieldValue('initiativeIds', []);
      }}
      initialValues={
        nominee
          ? {
              subject: nominee.subject,
              householdName: nominee.subject === 'HOUSEHOLD' ? nominee.name : undefined,
              householdAddress: nominee.householdAddress ?? undefined,
              awardCode: nominee.awardCode ?? undefined,
              awardName: nominee.awardName,
              achievements: nominee.achievements,
              initiativeIds: nominee.initiativeIds,
            }
          : { subject: 'INDIVIDUAL' }
      }
    >
      {save.alert}
      <Form.Item name="subject" label={m.subject} rules={[requiredChoice(m.subjectWhat)]}>
        <Radio.Group
          disabled={Boolean(nominee)}
          options={(Object.keys(AWARD_SUBJECTS) as AwardSubject[]).map((s) => ({
            value: s,
            label: m.subjects[s],
          }))}
          onChange={() => form.setFieldValue('awardCode', undefined)}
        />
      </Form.Item>
      {!nominee && subject === 'INDIVIDUAL' && (
        <Form.Item
          name="personId"
          label={m.person}
          extra={m.personHelp}
          rules={[requiredChoice(m.personWhat)]}
        >
          <DossierPersonSelect unitId={dossier.unit.id} />
        </Form.Item>
      )}
      {!nominee && subject === 'COLLECTIVE' && (
        <Form.Item
          name="unitId"
          label={m.collectiveUnit}
          extra={m.collectiveUnitHelp}
          rules={[requiredChoice(m.collectiveUnitWhat)]}
        >
          <UnitSelect initialUnit={dossier.unit} />
        </Form.Item>
      )}
      {subject === 'HOUSEHOLD' && (
        <>
          <Form.Item
            name="householdName"
            label={m.householdName}
            rules={[required(m.householdNameWhat)]}
          >
            <Input maxLength={L.name} placeholder={m.householdNamePlaceholder} />
          </Form.Item>
          <Form.Item
            name="householdAddress"
            label={m.householdAddress}
            rules={[required(m.householdAddressWhat)]}
          >
            <Input maxLength={L.address} />
          </Form.Item>
        </>
      )}
      {forms.length ? (
        <Form.Item
          name="awardName"
          label={m.awardForm}
          extra={m.awardFormHelp}
          rules={[requiredChoice(m.awardFormWhat)]}
        >
          <Select
            showSearch={{ filterOption: foldFilter }}
            options={forms.map((f) => ({ value: f, label: f }))}
          />
        </Form.Item>
      ) : (
        <Form.Item
          name="awardCode"
          label={m.awardCode}
          extra={m.awardCodeHelp(m.subjects[subject] ?? subject, m.tracks[track] ?? track)}
          rules={[requiredChoice(m.awardCodeWhat)]}
        >
          <Select
            showSearch={{ filterOption: foldFilter }}
            options={awardOptions(subject, track)}
          />
        </Form.Item>
      )}
      {subject === 'INDIVIDUAL' && personId && (
        <Form.Item name="initiativeIds" label={m.initiatives} extra={m.initiativesHelp}>
          <InitiativeSelect personId={personId} current={nominee?.initiativeIds ?? []} />
        </Form.Item>
      )}
      <Form.Item name="achievements" label={m.achievements} extra={m.achievementsHelp}>
        <Input.TextArea rows={5} maxLength={L.achievements} showCount />
      </Form.Item>
      <FormActions>
        <Button onClick={cancel}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={pending}>
          {nominee ? t.common.saveChanges : m.addNominee}
        </Button>
      </FormActions>
    </Form>
  );
}

/** People working at the proposing unit or below, found by the server's search (name or code). */
function DossierPersonSelect({
  id,
  value,
  onChange,
  unitId,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  unitId: string;
}) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const people = usePeople({ first: 20, search: debounced, unitId, includeDescendants: true });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      placeholder={m.personPlaceholder}
      loading={people.isFetching}
      options={(people.data?.nodes ?? []).map((p) => {
        const post = p.currentPositions[0];
        const who = p.code ? `${p.fullName} (${p.code})` : p.fullName;
        return { value: p.id, label: post ? `${who} — ${post.title}, ${post.unit.name}` : who };
      })}
    />
  );
}

/**
 * The person's recognised sáng kiến, đề tài. One already locked by another proposal is shown but
 * disabled (the send would refuse it: each is used once); the nominee's own stay choosable, since an
 * inherited nomination's were locked by the lower unit's send for this very proposal.
 */
function InitiativeSelect({
  id,
  value,
  onChange,
  personId,
  current,
}: {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  personId: string;
  current: readonly string[];
}) {
  // 100 is the API's page ceiling; a person has a handful, so one page holds them all
  const initiatives = useInitiatives({ first: 100, personId });
  const nodes = initiatives.data?.nodes ?? [];
  const options = nodes.map((i) => {
    const text = m.initiativeOption(i.title, INITIATIVE_SCOPES[i.scope], isoToVn(i.recognisedOn));
    const used = current.includes(i.id) ? null : i.usedFor;
    return {
      value: i.id,
      label: used
        ? `${text} — ${m.initiativeUsedFor(used.awardName, used.year, used.reference)}`
        : text,
      disabled: Boolean(used),
    };
  });
  // a chosen one the viewer cannot list (recorded outside their scope) keeps its place instead of a bare id
  if (initiatives.isSuccess) {
    for (const chosen of value ?? [])
      if (!nodes.some((i) => i.id === chosen))
        options.push({ value: chosen, label: m.initiativeOutOfView, disabled: false });
  }
  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      value={value}
      onChange={(v: string[]) => onChange?.(v)}
      placeholder={m.initiativesPlaceholder}
      loading={initiatives.isFetching}
      notFoundContent={initiatives.isSuccess ? m.initiativesNone : undefined}
      showSearch={{ filterOption: foldFilter }}
      options={options}
    />
  );
}

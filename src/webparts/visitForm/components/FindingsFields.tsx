// The questions of a findings template as Fluent UI fields, section by section. Everything typed is
// rendered by React as text, so script or HTML in an answer is shown, never run.
import * as React from 'react';
import { Dropdown, Stack, Text, TextField, type IDropdownOption } from '@fluentui/react';
import { maxLengthOf, type FieldMessage, type FormTemplate, type Question } from '../../../core/forms';
import type { FormAnswers } from '../../../core/model';

export interface FindingsFieldsProps {
  template: FormTemplate;
  answers: FormAnswers;
  errors: FieldMessage[];
  readOnly: boolean;
  onChange(questionId: string, value: string | number | undefined): void;
}

const messageFor = (messages: FieldMessage[], id: string): string | undefined => {
  const hit = messages.filter((m) => m.questionId === id).map((m) => m.message);
  return hit.length ? hit.join(' ') : undefined;
};

function ScaleField(props: { question: Question; value: FormAnswers[string]; error?: string; readOnly: boolean; onChange(v: number | undefined): void }): React.ReactElement {
  const { question } = props;
  const options: IDropdownOption[] = [{ key: '', text: 'Not answered' }];
  for (let n = question.min ?? 0; n <= (question.max ?? 10); n++) options.push({ key: String(n), text: String(n) });
  return (
    <Dropdown
      label={question.label}
      options={options}
      selectedKey={props.value === undefined ? '' : String(props.value)}
      errorMessage={props.error}
      disabled={props.readOnly}
      onChange={(_e, o) => props.onChange(o && o.key !== '' ? Number(o.key) : undefined)}
    />
  );
}

function TextQuestion(props: { question: Question; value: FormAnswers[string]; error?: string; readOnly: boolean; onChange(v: string): void }): React.ReactElement {
  const { question } = props;
  const value = props.value === undefined ? '' : String(props.value);
  const max = maxLengthOf(question);
  const long = question.kind === 'longText';
  // No maxLength on the input: a paste over the limit would be cut silently; core's message says so instead.
  return (
    <TextField
      label={question.label}
      description={`${question.help ? `${question.help} ` : ''}${value.length.toLocaleString('en-GB')} of ${max.toLocaleString('en-GB')} characters.`}
      multiline={long}
      autoAdjustHeight={long}
      rows={long ? 5 : undefined}
      required={question.required}
      value={value}
      errorMessage={props.error}
      readOnly={props.readOnly}
      onChange={(_e, v) => props.onChange(v ?? '')}
    />
  );
}

export function FindingsFields(props: FindingsFieldsProps): React.ReactElement {
  return (
    <Stack tokens={{ childrenGap: 20 }}>
      {props.template.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <Stack tokens={{ childrenGap: 8 }}>
            <h3 id={`section-${section.id}`} style={{ margin: 0 }}>
              {section.title}
            </h3>
            {section.help && <Text variant="small">{section.help}</Text>}
            {section.questions.map((q) =>
              q.kind === 'scale' ? (
                <ScaleField key={q.id} question={q} value={props.answers[q.id]} error={messageFor(props.errors, q.id)} readOnly={props.readOnly} onChange={(v) => props.onChange(q.id, v)} />
              ) : (
                <TextQuestion key={q.id} question={q} value={props.answers[q.id]} error={messageFor(props.errors, q.id)} readOnly={props.readOnly} onChange={(v) => props.onChange(q.id, v)} />
              )
            )}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

// The questions of a findings template as fields styled like Fluent UI's (shared/ui), section by
// section. Everything typed is rendered by React as text, so script or HTML in an answer is shown,
// never run.
import * as React from 'react';
import { Flex } from '../../shared/ui/Flex';
import { LightText } from '../../shared/ui/LightText';
import { maxLengthOf, type FormTemplate, type Question } from '../../../core/forms/template';
import type { FieldMessage } from '../../../core/forms/validation';
import { Select, type SelectOption } from '../../shared/ui/Select';
import { TextInput } from '../../shared/ui/TextInput';
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

function ScaleField(props: {
  question: Question;
  value: FormAnswers[string];
  error?: string;
  readOnly: boolean;
  onChange(v: number | undefined): void;
}): React.ReactElement {
  const { question } = props;
  const options: SelectOption[] = [];
  for (let n = question.min ?? 0; n <= (question.max ?? 10); n++) options.push({ key: String(n), text: String(n) });
  return (
    <Select
      label={question.label}
      placeholder="Not answered"
      options={options}
      value={props.value === undefined ? '' : String(props.value)}
      errorMessage={props.error}
      disabled={props.readOnly}
      onChange={(key) => props.onChange(key !== '' ? Number(key) : undefined)}
    />
  );
}

function TextQuestion(props: {
  question: Question;
  value: FormAnswers[string];
  error?: string;
  readOnly: boolean;
  onChange(v: string): void;
}): React.ReactElement {
  const { question } = props;
  const value = props.value === undefined ? '' : String(props.value);
  const max = maxLengthOf(question);
  const long = question.kind === 'longText';
  // No maxLength on the input: a paste over the limit would be cut silently; core's message says so instead.
  return (
    <TextInput
      label={question.label}
      description={`${question.help ? `${question.help} ` : ''}${value.length.toLocaleString('en-GB')} of ${max.toLocaleString('en-GB')} characters.`}
      multiline={long}
      rows={long ? 5 : undefined}
      required={question.required}
      value={value}
      errorMessage={props.error}
      readOnly={props.readOnly}
      onChange={props.onChange}
    />
  );
}

export function FindingsFields(props: FindingsFieldsProps): React.ReactElement {
  return (
    <Flex gap={20}>
      {props.template.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <Flex gap={8}>
            <h3 id={`section-${section.id}`} style={{ margin: 0 }}>
              {section.title}
            </h3>
            {section.help && <LightText variant="small">{section.help}</LightText>}
            {section.questions.map((q) =>
              q.kind === 'scale' ? (
                <ScaleField
                  key={q.id}
                  question={q}
                  value={props.answers[q.id]}
                  error={messageFor(props.errors, q.id)}
                  readOnly={props.readOnly}
                  onChange={(v) => props.onChange(q.id, v)}
                />
              ) : (
                <TextQuestion
                  key={q.id}
                  question={q}
                  value={props.answers[q.id]}
                  error={messageFor(props.errors, q.id)}
                  readOnly={props.readOnly}
                  onChange={(v) => props.onChange(q.id, v)}
                />
              )
            )}
          </Flex>
        </section>
      ))}
    </Flex>
  );
}

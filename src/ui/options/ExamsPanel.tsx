import { useRef, useState } from 'preact/hooks';
import { emptyExamForm, examFromForm, examKindFromCode, type ExamFormErrors, type ExamFormValues } from '../../domain/exam-form';
import type { Exam } from '../../domain/schema';
import { EXAM_KINDS } from '../../domain/vocabulary';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { formatDate } from '../../text/format';
import { t } from '../../text/i18n';
import { EXAM_KIND_KEY } from '../../text/labels';
import { focusFirstInvalid } from '../components/focus';

interface Props {
  exams: Exam[];
  /** Resolves to whether it was saved; the form then empties for the next one, or keeps what was typed. */
  onAdd: (exam: Exam) => Promise<boolean>;
  onRemove: (exam: Exam) => void;
}

export const removeExamButtonId = (examId: string) => `remove-exam-${examId}`;

function ExamTable({ exams, onRemove }: Pick<Props, 'exams' | 'onRemove'>) {
  if (exams.length === 0) return <p class="muted">{t('examsNone')}</p>;
  return (
    <table class="exam-table">
      <thead>
        <tr>
          <th scope="col">{t('columnExam')}</th>
          <th scope="col">{t('columnKind')}</th>
          <th scope="col">{t('columnPassedOn')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('columnActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {exams.map((exam) => (
          <tr key={exam.id} data-exam={exam.id}>
            <th scope="row">
              <span class="exam-code">{exam.code}</span>
              {exam.name ? <span class="exam-name muted">{exam.name}</span> : null}
            </th>
            <td>{t(EXAM_KIND_KEY[exam.kind])}</td>
            <td>{formatDate(exam.passedOn)}</td>
            <td class="actions-cell">
              <button type="button" class="button subtle" id={removeExamButtonId(exam.id)} aria-label={t('removeExam', [exam.code])} onClick={() => onRemove(exam)}>
                {t('remove')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The exams passed (Cisco's, for now): they count toward the exam paths shown on the cards above. */
export function ExamsPanel({ exams, onAdd, onRemove }: Props) {
  const [values, setValues] = useState<ExamFormValues>(emptyExamForm);
  const [errors, setErrors] = useState<ExamFormErrors>({});
  // The kind follows the code typed ("350-401" is a technology core exam) until the user picks one.
  const [kindPicked, setKindPicked] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const update = (patch: Partial<ExamFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = examFromForm(values, crypto.randomUUID());
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    if (!(await onAdd(result.exam))) return;
    // Ready for the next one: most people record a few exams in a row.
    setValues(emptyExamForm());
    setKindPicked(false);
    form.current?.querySelector<HTMLElement>('input')?.focus();
  };

  return (
    <section class="exams" aria-labelledby="exams-heading">
      <h3 id="exams-heading">{t('examsHeading')}</h3>
      <p class="muted section-lead">{t('examsIntro')}</p>
      <ExamTable exams={exams} onRemove={onRemove} />
      <form ref={form} class="panel exam-form" aria-labelledby="exam-form-heading" onSubmit={(e) => void submit(e)} noValidate>
        <h4 id="exam-form-heading">{t('addExamTitle')}</h4>
        <div class="form-grid">
          <TextField id="exam-code" labelKey="fieldExamCode" hintKey="fieldExamCodeHint" value={values.code} errorKey={errors.code} required maxLength={200} onValue={(code) => update({ code, ...(kindPicked ? {} : { kind: examKindFromCode(code) ?? '' }) })} />
          <TextField id="exam-name" labelKey="fieldExamName" value={values.name} maxLength={200} onValue={(name) => update({ name })} />
          <SelectField id="exam-kind" labelKey="fieldExamKind" hintKey="fieldExamKindHint" value={values.kind} errorKey={errors.kind} onValue={(kind) => {
              setKindPicked(true);
              update({ kind });
            }}>
            <option value="">{t('examKindChoose')}</option>
            {EXAM_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(EXAM_KIND_KEY[kind])}
              </option>
            ))}
          </SelectField>
          <TextField id="exam-passed" type="date" labelKey="fieldExamPassedOn" value={values.passedOn} errorKey={errors.passedOn} required onValue={(passedOn) => update({ passedOn })} />
        </div>
        <div class="form-actions">
          <button type="submit" class="button primary">
            {t('addExam')}
          </button>
        </div>
      </form>
    </section>
  );
}

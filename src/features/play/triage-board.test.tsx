import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../i18n/test-i18n';
import type { Scenario, TriageNode } from '../../engine/schema/scenario';
import { TriageBoard } from './triage-board';
import { describeChanges } from './status-strip';

const node: TriageNode = { kind: 'triage', casualties: ['a', 'b'], outcomes: [{ next: 'x' }] };
const text = (key: string) =>
  ({ 'casualties.a.label': 'Man, about 34', 'casualties.b.label': 'Boy, about 4' })[key] ??
  `(${key})`;
const renderBoard = (lng: 'es' | 'en', onSubmit = vi.fn()) => {
  render(
    <I18nextProvider i18n={testI18n(lng)}>
      <TriageBoard scenario={{} as Scenario} node={node} text={text} onSubmit={onSubmit} />
    </I18nextProvider>,
  );
  return onSubmit;
};

describe('triage board', () => {
  it('can be submitted only when every casualty has a tag, and sends the tags chosen', async () => {
    const user = userEvent.setup();
    const onSubmit = renderBoard('en');
    const submit = screen.getByRole('button', { name: 'Confirm tags' });
    expect(submit).toBeDisabled();
    expect(screen.getByText('2 people still to tag.')).toBeInTheDocument();
    const [man, boy] = screen.getAllByRole('radiogroup');
    await user.click(within(man!).getByRole('radio', { name: 'Red — immediate' }));
    expect(screen.getByText('1 person still to tag.')).toBeInTheDocument();
    await user.click(within(boy!).getByRole('radio', { name: 'Yellow — delayed' }));
    expect(submit).toBeEnabled();
    await user.click(submit);
    expect(onSubmit).toHaveBeenCalledWith({ a: 'red', b: 'yellow' });
  });

  it('speaks Spanish with the Spanish UI', () => {
    renderBoard('es');
    expect(
      screen.getByRole('radiogroup', {
        name: 'Etiqueta para Niño, about 4'.replace('Niño', 'Boy'),
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Confirmar etiquetas' })).toBeDisabled();
    expect(screen.getAllByText('Rojo — inmediato')).toHaveLength(2);
  });
});

describe('triage board draft (a reload keeps a half-filled board)', () => {
  it('starts from the saved tags, ignores casualties not on this board, and reports every change', async () => {
    const user = userEvent.setup();
    const onDraft = vi.fn();
    render(
      <I18nextProvider i18n={testI18n('en')}>
        <TriageBoard
          scenario={{} as Scenario}
          node={node}
          text={text}
          initial={{ a: 'red', stranger: 'black' }}
          onDraft={onDraft}
          onSubmit={vi.fn()}
        />
      </I18nextProvider>,
    );
    const [man, boy] = screen.getAllByRole('radiogroup');
    expect(within(man!).getByRole('radio', { name: 'Red — immediate' })).toBeChecked();
    expect(screen.getByText('1 person still to tag.')).toBeInTheDocument();
    await user.click(within(boy!).getByRole('radio', { name: 'Green — minor' }));
    expect(onDraft).toHaveBeenLastCalledWith({ a: 'red', b: 'green' });
  });
});

describe('status changes announced', () => {
  it('says what moved, in words, in the current language', () => {
    const en = testI18n('en').getFixedT('en', 'play');
    const es = testI18n('es').getFixedT('es', 'play');
    const before = { trust: 50, hoursSinceRescue: 0, timesRecounted: 0, exposureRisk: 0 };
    const after = { trust: 40, hoursSinceRescue: 2, timesRecounted: 1, exposureRisk: 0 };
    expect(describeChanges(before, after, en as never)).toBe(
      'Trust fell by 10. 2 more hours have passed. They had to retell their story once more.',
    );
    expect(describeChanges(before, after, es as never)).toBe(
      'La confianza bajó 10. Pasaron 2 horas más. Tuvieron que repetir su relato una vez más.',
    );
  });
});

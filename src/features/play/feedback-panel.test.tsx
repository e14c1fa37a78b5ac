import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { twoDecisions } from '../../../tests/fixtures/tiny-scenarios';
import { advance, initialState } from '../../engine/attempt/advance';
import { testI18n } from '../../i18n/test-i18n';
import { FeedbackPanel, type Situation } from './feedback-panel';

const r = advance(twoDecisions, initialState(twoDecisions), {
  kind: 'choose',
  node: 'greet',
  choice: 'rush',
  at: 0,
});
if (!r.ok) throw new Error(r.error.kind);
const step = r.step;
const situation: Situation = {
  paragraphs: ['She is sitting by the wall.', 'Nobody speaks.'],
  choices: [
    { id: 'calm', text: 'Kneel and say who you are.', chosen: false },
    { id: 'rush', text: 'Ask everyone to stand up.', chosen: true },
  ],
};
const renderPanel = (lng: 'es' | 'en', onTryAnother?: () => void) =>
  render(
    <I18nextProvider i18n={testI18n(lng)}>
      <FeedbackPanel
        step={step}
        scenario={twoDecisions}
        text={(k) => `(${k})`}
        situation={situation}
        onContinue={vi.fn()}
        onTryAnother={onTryAnother}
      />
    </I18nextProvider>,
  );

describe('feedback next to the situation it answers (review UX #8)', () => {
  it('keeps the situation folded above the feedback, with the chosen option marked', async () => {
    const user = userEvent.setup();
    renderPanel('en');
    const folded = screen.getByTestId('feedback-situation');
    expect(folded).not.toHaveAttribute('open');
    expect(folded.compareDocumentPosition(screen.getByTestId('feedback'))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    await user.click(within(folded).getByText('The situation and your choice'));
    expect(folded).toHaveAttribute('open');
    expect(within(folded).getByText('Nobody speaks.')).toBeVisible();
    const chosen = within(folded)
      .getAllByRole('listitem')
      .filter((li) => li.matches('.chosen'));
    expect(chosen.map((li) => li.textContent)).toEqual(['Your choiceAsk everyone to stand up.']);
  });

  it('offers "try another option" in the panel when the step can be undone, and only then', async () => {
    const user = userEvent.setup();
    const tryAnother = vi.fn();
    const { unmount } = renderPanel('es', tryAnother);
    await user.click(screen.getByRole('button', { name: 'Probar otra opción' }));
    expect(tryAnother).toHaveBeenCalledOnce();
    unmount();
    renderPanel('en');
    expect(screen.queryByTestId('try-another')).toBeNull();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
  });
});

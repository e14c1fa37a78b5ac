import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../i18n/test-i18n';
import type { DispersionNode, Scenario, TriageNode } from '../../engine/schema/scenario';
import { DispersionBoard } from './dispersion-board';
import { StatusStrip } from './status-strip';
import { TriageBoard } from './triage-board';

const labels: Record<string, string> = {
  'casualties.a.label': 'Man, about 34',
  'casualties.b.label': 'Boy, about 4',
  'casualties.c.label': 'Woman, about 27',
  'survivors.s1.label': 'Man with chest injury',
  'survivors.s2.label': 'Boy, 4',
  'hospitals.big.label': 'General hospital',
  'hospitals.small.label': 'Health centre',
};
const text = (key: string) => labels[key] ?? `(${key})`;
const wrap = (lng: 'es' | 'en', ui: React.ReactNode) =>
  render(<I18nextProvider i18n={testI18n(lng)}>{ui}</I18nextProvider>);

describe('status strip: what the last step moved is visible (review UX #7)', () => {
  it('puts a chip on each value that moved, worse or better for the survivor, with the live region’s words', () => {
    wrap(
      'en',
      <StatusStrip
        vars={{ trust: 30, hoursSinceRescue: 2, timesRecounted: 0 }}
        before={{ trust: 50, hoursSinceRescue: 1, timesRecounted: 0 }}
      />,
    );
    const chips = screen.getAllByTestId('status-delta');
    expect(chips.map((c) => c.textContent)).toEqual([
      '▼ −20Trust fell by 20.',
      '▲ +11 more hour has passed.',
    ]);
    expect(chips[0]).toHaveClass('worse');
    // More hours is worse for the survivor even though the number rises.
    expect(chips[1]).toHaveClass('worse');
  });

  it('marks a rise in trust as better, in Spanish, and shows no chip before any step', () => {
    const { unmount } = wrap('es', <StatusStrip vars={{ trust: 60 }} before={{ trust: 50 }} />);
    expect(screen.getByTestId('status-delta')).toHaveClass('better');
    expect(screen.getByTestId('status-delta')).toHaveTextContent('La confianza subió 10.');
    unmount();
    wrap('es', <StatusStrip vars={{ trust: 50 }} />);
    expect(screen.queryByTestId('status-delta')).toBeNull();
  });
});

describe('triage board aids (review UX #4)', () => {
  // jsdom lays nothing out, so it has no scrollIntoView; the jump is about focus here.
  beforeAll(() => {
    Element.prototype.scrollIntoView = vi.fn();
  });
  const node: TriageNode = {
    kind: 'triage',
    casualties: ['a', 'b', 'c'],
    outcomes: [{ next: 'x' }],
  };
  it('shows the chosen tag in a tagged card’s header and jumps to the next person without a tag', async () => {
    const user = userEvent.setup();
    wrap(
      'en',
      <TriageBoard scenario={{} as Scenario} node={node} text={text} onSubmit={vi.fn()} />,
    );
    const cards = screen.getAllByTestId('casualty');
    await user.click(within(cards[0]!).getByRole('radio', { name: 'Red — immediate' }));
    expect(within(cards[0]!).getByTestId('casualty-tag')).toHaveTextContent('Red — immediate');
    expect(cards[0]).toHaveClass('tagged', 'tagged-red');
    expect(within(cards[1]!).queryByTestId('casualty-tag')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next person to tag' }));
    expect(document.activeElement).toBe(within(cards[1]!).getAllByRole('radio')[0]);
    await user.click(within(cards[1]!).getByRole('radio', { name: 'Green — minor' }));
    await user.click(screen.getByRole('button', { name: 'Next person to tag' }));
    expect(document.activeElement).toBe(within(cards[2]!).getAllByRole('radio')[0]);
    await user.click(within(cards[2]!).getByRole('radio', { name: 'Green — minor' }));
    expect(screen.queryByRole('button', { name: 'Next person to tag' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Confirm tags' })).toBeEnabled();
  });

  it('gives one instruction, not the story again', () => {
    wrap(
      'es',
      <TriageBoard scenario={{} as Scenario} node={node} text={text} onSubmit={vi.fn()} />,
    );
    expect(
      screen.getByText(
        'Usa START para personas adultas y JumpSTART para niñas y niños pequeños, según su apariencia.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Asigna una etiqueta a cada persona/)).toBeNull();
  });
});

describe('dispersion board counts beds where the trainee looks (review UX #9)', () => {
  const scenario = {
    hospitals: {
      big: { capacity: 1, capabilities: ['trauma'], security: 'guarded' },
      small: { capacity: 2, capabilities: ['general'], security: 'none' },
    },
  } as unknown as Scenario;
  const node: DispersionNode = {
    kind: 'dispersion',
    survivors: ['s1', 's2'],
    hospitals: ['big', 'small'],
    guidelines: { default: ['X-Y'] },
    outcomes: [{ next: 'x' }],
  };
  it('says the places left in each option, warns on the card of each person over capacity, and keeps a tally', async () => {
    const user = userEvent.setup();
    wrap('en', <DispersionBoard scenario={scenario} node={node} text={text} onSubmit={vi.fn()} />);
    const [first, second] = screen.getAllByRole('combobox');
    expect(
      within(first!)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Choose a hospital…',
      'General hospital — 1 place free',
      'Health centre — 2 places free',
    ]);
    await user.selectOptions(first!, 'big');
    await user.selectOptions(second!, 'big');
    const warnings = screen.getAllByTestId('capacity-warning');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toHaveTextContent(
      'General hospital has 2 people for 1 places: someone there has no bed.',
    );
    expect(first).toHaveAccessibleDescription(/someone there has no bed/);
    expect(within(first!).getAllByRole('option')[1]).toHaveTextContent(
      'General hospital — 1 too many',
    );
    const tally = screen.getByTestId('bed-tally');
    expect(tally).toHaveTextContent('General hospital2 of 1Health centre0 of 2');
    await user.selectOptions(second!, 'small');
    expect(screen.queryByTestId('capacity-warning')).toBeNull();
    expect(screen.getByRole('button', { name: 'Confirm transfers' })).toBeEnabled();
  });

  it('speaks Spanish', () => {
    wrap('es', <DispersionBoard scenario={scenario} node={node} text={text} onSubmit={vi.fn()} />);
    expect(screen.getAllByRole('option', { name: 'Health centre — 2 libres' })).toHaveLength(2);
    expect(screen.getByTestId('bed-tally')).toHaveAttribute('aria-label', 'Lugares por hospital');
  });
});

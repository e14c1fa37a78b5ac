import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../i18n/test-i18n';
import { ProfileForm } from './profile-form';

const renderForm = (lng: 'es' | 'en', onSave = vi.fn()) => {
  render(
    <I18nextProvider i18n={testI18n(lng)}>
      <ProfileForm submitLabel="Go" onSave={onSave} />
    </I18nextProvider>,
  );
  return onSave;
};

describe('profile form errors sit on their fields (review item 14)', () => {
  it('marks the empty pseudonym invalid, links the message and moves focus to it', async () => {
    const onSave = renderForm('en');
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    const input = screen.getByLabelText('Pseudonym');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Please choose a pseudonym\./);
    expect(input).toHaveFocus();
    expect(screen.getByTestId('role-error')).toHaveTextContent('Please choose your role.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('with a pseudonym, focus goes to the first role and the role group says why, in Spanish', async () => {
    const onSave = renderForm('es');
    await userEvent.type(screen.getByLabelText('Seudónimo'), 'Garza');
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByLabelText('Seudónimo')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('group', { name: 'Tu función' })).toHaveAccessibleDescription(
      'Elige tu función, por favor.',
    );
    expect(screen.getAllByRole('radio')[0]).toHaveFocus();
    await userEvent.click(screen.getAllByRole('radio')[2]!);
    expect(screen.queryByTestId('role-error')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ pseudonym: 'Garza', role: 'hospital-staff' }),
    );
  });
});

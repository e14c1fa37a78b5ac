import { describe, expect, it } from 'vitest';
import { loadGuidelineSources, shortTitle } from './guideline-sources';

describe('guideline sources', () => {
  it('names a source by its title before the edition and section details', () => {
    expect(
      shortTitle(
        'Ley General de Víctimas (DOF 09-01-2013; reform DOF 03-05-2013), esp. art. 5 (principios)',
      ),
    ).toBe('Ley General de Víctimas');
    expect(shortTitle('Guía Nacional de Cadena de Custodia: 2015')).toBe(
      'Guía Nacional de Cadena de Custodia',
    );
    expect(shortTitle('JumpSTART Pediatric MCI Triage Tool — Lou E. Romig MD (Miami)')).toBe(
      'JumpSTART Pediatric MCI Triage Tool',
    );
    expect(shortTitle('UNODC — Toolkit to Combat Trafficking in Persons (2008)')).toBe(
      'UNODC — Toolkit to Combat Trafficking in Persons',
    );
    const long = shortTitle(
      'Ley General para Prevenir, Sancionar y Erradicar los Delitos en Materia de Trata de Personas y para la Protección y Asistencia a las Víctimas',
    );
    expect(long.length).toBeLessThanOrEqual(73);
    expect(long.endsWith('…')).toBe(true);
  });

  it('loads every source of the catalogue', async () => {
    const s = await loadGuidelineSources();
    expect(s.get('SRC-LGV')?.shortTitle).toBe('Ley General de Víctimas');
    expect(s.size).toBeGreaterThan(50);
  });
});

import { describe, expect, it } from 'vitest';
import type { Casualty } from '../schema/scenario';
import { classifyCasualty, classifyJumpStart, classifyStart, toolFor } from './triage-start';

const adult = (over: Partial<Casualty>): Casualty => ({
  age: 30,
  walks: false,
  breathing: true,
  respiratoryRate: 20,
  pulse: true,
  capillaryRefillSeconds: 1,
  followsCommands: true,
  ...over,
});
const child = (over: Partial<Casualty>): Casualty => ({
  age: 5,
  walks: false,
  breathing: true,
  respiratoryRate: 25,
  pulse: true,
  avpu: 'A',
  ...over,
});

describe('START (adults)', () => {
  it('a walking survivor is tagged green (START-WALK), whatever else is found', () => {
    expect(classifyStart(adult({ walks: true, respiratoryRate: 40 }))).toMatchObject({
      tag: 'green',
      rule: 'START-WALK',
    });
  });
  it('an adult who stays apnoeic after one airway repositioning is black; one who starts breathing is red (START-APNEA)', () => {
    expect(classifyStart(adult({ breathing: false, breathesAfterAirway: false }))).toMatchObject({
      tag: 'black',
      rule: 'START-APNEA',
    });
    expect(classifyStart(adult({ breathing: false, breathesAfterAirway: true }))).toMatchObject({
      tag: 'red',
      rule: 'START-APNEA',
    });
  });
  it('respiratory rate above 30 is red; exactly 30 is not (START-RR30)', () => {
    expect(classifyStart(adult({ respiratoryRate: 31 }))).toMatchObject({
      tag: 'red',
      rule: 'START-RR30',
    });
    expect(classifyStart(adult({ respiratoryRate: 30 })).tag).toBe('yellow');
  });
  it('no radial pulse, or capillary refill over 2 s, is red; exactly 2 s is not (START-PERF)', () => {
    expect(classifyStart(adult({ pulse: false }))).toMatchObject({
      tag: 'red',
      rule: 'START-PERF',
    });
    expect(classifyStart(adult({ capillaryRefillSeconds: 3 }))).toMatchObject({
      tag: 'red',
      rule: 'START-PERF',
    });
    expect(classifyStart(adult({ capillaryRefillSeconds: 2 })).tag).toBe('yellow');
    expect(classifyStart(adult({ pulse: undefined, capillaryRefillSeconds: 2.5 })).tag).toBe('red');
  });
  it('cannot follow a simple command is red (START-MENTAL)', () => {
    expect(classifyStart(adult({ followsCommands: false }))).toMatchObject({
      tag: 'red',
      rule: 'START-MENTAL',
    });
  });
  it('non-walking, RR ≤ 30, perfused and obeying is yellow (START-DELAYED)', () => {
    expect(classifyStart(adult({}))).toMatchObject({ tag: 'yellow', rule: 'START-DELAYED' });
  });
  it('checks respiration before perfusion before mental status', () => {
    expect(
      classifyStart(adult({ respiratoryRate: 34, pulse: false, followsCommands: false })).rule,
    ).toBe('START-RR30');
    expect(classifyStart(adult({ pulse: false, followsCommands: false })).rule).toBe('START-PERF');
  });
});

describe('JumpSTART (children)', () => {
  it('uses JumpSTART for someone who looks like a child, START for one who looks adult (JS-AGE)', () => {
    expect(toolFor(child({ age: 8 }))).toBe('JumpSTART');
    expect(toolFor(adult({ age: 9 }))).toBe('START');
    expect(toolFor(adult({ age: 15, appearsChild: false }))).toBe('START');
    expect(toolFor(adult({ age: 10, appearsChild: true }))).toBe('JumpSTART');
  });
  it('a child who breathes once the airway is positioned is red (JS-APNEA5)', () => {
    expect(classifyJumpStart(child({ breathing: false, breathesAfterAirway: true }))).toMatchObject(
      { tag: 'red', rule: 'JS-APNEA5' },
    );
  });
  it('an apnoeic child with no palpable pulse is black without rescue breaths (JS-PULSE)', () => {
    expect(
      classifyJumpStart(
        child({
          breathing: false,
          breathesAfterAirway: false,
          pulse: false,
          breathesAfterRescueBreaths: true,
        }),
      ),
    ).toMatchObject({ tag: 'black', rule: 'JS-PULSE' });
  });
  it('an apnoeic child with a pulse gets five rescue breaths: breathing → red, not → black (JS-APNEA5)', () => {
    expect(
      classifyJumpStart(
        child({
          breathing: false,
          breathesAfterAirway: false,
          pulse: true,
          breathesAfterRescueBreaths: true,
        }),
      ).tag,
    ).toBe('red');
    expect(
      classifyJumpStart(
        child({
          breathing: false,
          breathesAfterAirway: false,
          pulse: true,
          breathesAfterRescueBreaths: false,
        }),
      ).tag,
    ).toBe('black');
  });
  it('respiratory rate under 15 or over 45 is red; 15 and 45 are not (JS-RR)', () => {
    expect(classifyJumpStart(child({ respiratoryRate: 14 }))).toMatchObject({
      tag: 'red',
      rule: 'JS-RR',
    });
    expect(classifyJumpStart(child({ respiratoryRate: 46 }))).toMatchObject({
      tag: 'red',
      rule: 'JS-RR',
    });
    expect(classifyJumpStart(child({ respiratoryRate: 15 })).tag).toBe('yellow');
    expect(classifyJumpStart(child({ respiratoryRate: 45 })).tag).toBe('yellow');
  });
  it('no palpable pulse with a normal rate is red (JS-PERF)', () => {
    expect(classifyJumpStart(child({ pulse: false }))).toMatchObject({
      tag: 'red',
      rule: 'JS-PERF',
    });
  });
  it('AVPU: unresponsive or inappropriate to pain is red; alert, voice or appropriate to pain is yellow (JS-AVPU)', () => {
    expect(classifyJumpStart(child({ avpu: 'U' })).tag).toBe('red');
    expect(classifyJumpStart(child({ avpu: 'P-inappropriate' })).tag).toBe('red');
    for (const avpu of ['A', 'V', 'P-appropriate'] as const)
      expect(classifyJumpStart(child({ avpu })).tag).toBe('yellow');
  });
  it('a walking child is green; an infant who cannot walk goes through every step (JS-NONAMB)', () => {
    expect(classifyJumpStart(child({ walks: true })).tag).toBe('green');
    expect(classifyJumpStart(child({ age: 1 }))).toMatchObject({
      tag: 'yellow',
      rule: 'JS-NONAMB',
    });
    expect(classifyJumpStart(child({ age: 1, respiratoryRate: 50 })).tag).toBe('red');
  });
  it('an infant too young to walk is Minor without a significant external injury, Delayed with one (JS-NONAMB)', () => {
    expect(classifyJumpStart(child({ age: 0, significantExternalInjury: false }))).toMatchObject({
      tag: 'green',
      rule: 'JS-NONAMB',
    });
    expect(classifyJumpStart(child({ age: 0, significantExternalInjury: true })).tag).toBe(
      'yellow',
    );
    // Red criteria still win, and the field means nothing from age 2 (walking age).
    expect(
      classifyJumpStart(child({ age: 0, significantExternalInjury: false, avpu: 'U' })).tag,
    ).toBe('red');
    expect(classifyJumpStart(child({ age: 3, significantExternalInjury: false })).tag).toBe(
      'yellow',
    );
  });
  it('classifyCasualty picks the tool by appearance', () => {
    // RR 12: red for a child under JumpSTART; START (RR ≤ 30) would say yellow.
    expect(classifyCasualty(child({ respiratoryRate: 12 })).tag).toBe('red');
    expect(classifyCasualty(adult({ respiratoryRate: 12 })).tag).toBe('yellow');
  });
});

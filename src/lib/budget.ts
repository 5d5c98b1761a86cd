// Hour budgets and the facilitator's running clock, computed from a handledarmanus' steps.
import type { Step } from './schema.ts';
import { kitConfig } from '../../kit.config.ts';

export const maxSessionMinutes = kitConfig.session.maxMinutes;

export interface TimedStep extends Step {
  /** Minutes from the start of the step's session. */
  startsAt: number;
  endsAt: number;
}

export interface Session {
  number: number;
  minutes: number;
  steps: TimedStep[];
}

export function totalMinutes(steps: readonly Step[]): number {
  return steps.reduce((sum, step) => sum + step.minutes, 0);
}

/** Groups steps into their sessions, in order, with each step's start and end on the session clock. */
export function sessions(steps: readonly Step[]): Session[] {
  const bySession = new Map<number, Session>();
  for (const step of steps) {
    const session = bySession.get(step.session) ?? { number: step.session, minutes: 0, steps: [] };
    session.steps.push({ ...step, startsAt: session.minutes, endsAt: session.minutes + step.minutes });
    session.minutes += step.minutes;
    bySession.set(step.session, session);
  }
  return [...bySession.values()].sort((a, b) => a.number - b.number);
}

/** 75 → "01:15" */
export function clock(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export interface BudgetProblem {
  field: string;
  message: string;
}

/** Checks that the steps add up to the point's budget and that sessions are numbered 1, 2, … and no longer than allowed. */
export function budgetProblems(steps: readonly Step[], hours: number): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  const budget = Math.round(hours * 60);
  const total = totalMinutes(steps);
  if (total !== budget) {
    problems.push({ field: 'steps', message: `steps add up to ${total} minutes but the point's budget is ${hours} h = ${budget} minutes` });
  }
  const grouped = sessions(steps);
  grouped.forEach((session, index) => {
    if (session.number !== index + 1) {
      problems.push({ field: 'steps.session', message: `sessions must be numbered 1, 2, 3 …; found session ${session.number} after ${index}` });
    }
    if (session.minutes > maxSessionMinutes) {
      problems.push({ field: 'steps.session', message: `session ${session.number} is ${session.minutes} minutes; a session is at most ${maxSessionMinutes}` });
    }
  });
  steps.forEach((step, index) => {
    if (index > 0 && step.session < steps[index - 1].session) {
      problems.push({ field: `steps[${index}].session`, message: `step "${step.id}" goes back to session ${step.session}; list steps in session order` });
    }
  });
  return problems;
}

export interface SlideTiming {
  /** Seconds planned for the slide: its steps' minutes shared among the slides each step uses. */
  seconds: number;
  /** The first step that uses the slide. */
  step: { number: number; title: string; minutes: number };
}

/** Per-slide plan for the presenter view's pacing clock (reveal.js data-timing) and the step shown with the notes. */
export function slideTimings(steps: readonly Step[]): Map<string, SlideTiming> {
  const timings = new Map<string, SlideTiming>();
  steps.forEach((step, index) => {
    if (step.slides.length === 0) return;
    const share = Math.round((step.minutes * 60) / step.slides.length);
    for (const slideId of step.slides) {
      const known = timings.get(slideId);
      if (known) known.seconds += share;
      else timings.set(slideId, { seconds: share, step: { number: index + 1, title: step.title, minutes: step.minutes } });
    }
  });
  return timings;
}

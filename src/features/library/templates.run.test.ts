/**
 * Every template runs at once in the simulator with its own input and mocks, through the same mock invoker as the
 * simulation panel, and ends the way its description says (status, path, history).
 */
import { describe, expect, it } from 'vitest';
import { templateById, TEMPLATES, type WorkflowTemplate } from '../../asl/templates.ts';
import type { JsonValue, StateMachineDefinition } from '../../asl/types.ts';
import { simulate, type ExecutionResult, type HistoryEvent } from '../../simulator/index.ts';
import { mockInvoker } from '../simulation/invoker.ts';
import type { MockSet } from '../simulation/mockSet.ts';
import { taskStates } from '../simulation/taskStates.ts';
import { SandboxFailure, type SandboxClient } from '../simulation/sandboxClient.ts';
import { createMockEngine } from '../../simulator/mockSandbox/engine.ts';

const engine = createMockEngine();

/** Runs a JavaScript mock in the same WebAssembly engine as the app's sandbox worker, here in Node. */
const localSandbox = {
  async call(code: string, event: JsonValue, context: JsonValue): Promise<JsonValue> {
    const out = await engine.run({ code, event, context });
    if (out.ok) return out.result;
    throw new SandboxFailure(out.kind === 'thrown' || out.kind === 'invalid' ? 'thrown' : out.kind, out.name, out.message);
  },
} as unknown as SandboxClient;

async function runTemplate(t: WorkflowTemplate, input = t.simulation!.input): Promise<ExecutionResult> {
  const definition = JSON.parse(t.text) as StateMachineDefinition;
  const mocks: MockSet = t.simulation!.mocks;
  const invoker = mockInvoker(mocks, taskStates(definition).map((s) => s.name), localSandbox, { log: () => undefined, result: () => undefined });
  return simulate(definition, { input, invoker, name: 'template', random: () => 0.5 });
}

const entered = (events: HistoryEvent[]) =>
  events.filter((e) => e.type.endsWith('StateEntered')).map((e) => (e.stateEnteredEventDetails as { name: string }).name);
const ofType = (events: HistoryEvent[], type: string) => events.filter((e) => e.type === type);
const ms = (e: HistoryEvent) => Date.parse(e.timestamp);

function template(id: string): WorkflowTemplate {
  const t = templateById(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

describe('templates run at once in the simulator', () => {
  it.each(TEMPLATES.filter((t) => t.simulation).map((t) => [t.id, t] as const))('%s ends as its outcome says', async (_id, t) => {
    const r = await runTemplate(t);
    expect({ status: r.status, error: r.error }).toEqual({ status: t.outcome!.status, error: 'error' in t.outcome! ? t.outcome.error : undefined });
  });

  it('seed: the JavaScript mocks create user 123 and order 456', async () => {
    const r = await runTemplate(template('seed'));
    expect(entered(r.events)).toEqual(['CreateUser', 'PlaceOrder', 'SendNotification']);
    expect(r.output).toEqual({ status: 'Notification sent successfully' });
  });

  it('retry with backoff: 3 attempts, waiting 2 s then 4 s (virtual time), then the receipt', async () => {
    const r = await runTemplate(template('retry-backoff'));
    const scheduled = ofType(r.events, 'TaskScheduled');
    const failed = ofType(r.events, 'TaskFailed');
    expect(failed.map((e) => (e.taskFailedEventDetails as { error: string }).error)).toEqual([
      'Lambda.TooManyRequestsException',
      'Lambda.TooManyRequestsException',
    ]);
    expect(scheduled).toHaveLength(4); // ChargePayment ×3, SendReceipt
    expect(ms(scheduled[1]!) - ms(failed[0]!)).toBe(2000);
    expect(ms(scheduled[2]!) - ms(failed[1]!)).toBe(4000);
    expect(entered(r.events)).toEqual(['ChargePayment', 'SendReceipt']);
    expect(r.output).toMatchObject({ payment: { paymentId: 'pay-789', status: 'CHARGED' }, receipt: { status: 'Receipt sent to ada@example.com' } });
  });

  it('saga: BookCar fails, the compensations run newest first, then BookingFailed', async () => {
    const r = await runTemplate(template('saga'));
    expect(entered(r.events)).toEqual(['BookHotel', 'BookFlight', 'BookCar', 'CancelFlight', 'CancelHotel', 'BookingFailed']);
    expect(r.error).toBe('BookingFailed');
    expect(r.cause).toContain('every booking made was cancelled');
    const cancelInputs = ofType(r.events, 'TaskScheduled')
      .map((e) => JSON.parse((e.taskScheduledEventDetails as { parameters: string }).parameters) as { Payload?: JsonValue })
      .map((p) => p.Payload);
    expect(cancelInputs.slice(3)).toEqual([{ bookingId: 'FLIGHT-2002' }, { bookingId: 'HOTEL-1001' }]);
  });

  it('parallel: the join merges the three branch outputs', async () => {
    const r = await runTemplate(template('parallel'));
    expect(r.output).toEqual({
      orderId: '456',
      inventory: { inStock: true, warehouse: 'eu-west' },
      payment: { authorized: true, authorizationId: 'auth-5521' },
      fraud: { score: 0.07, decision: 'ACCEPT' },
    });
  });

  it('map: one failed item out of four is tolerated and reported in the results', async () => {
    const r = await runTemplate(template('map'));
    expect(ofType(r.events, 'MapIterationFailed')).toHaveLength(1);
    expect(ofType(r.events, 'MapIterationSucceeded')).toHaveLength(3);
    const out = r.output as { shipments: JsonValue[]; notification: JsonValue };
    expect(out.shipments).toHaveLength(4);
    expect(out.shipments[2]).toEqual({ Error: 'OutOfStock', Cause: 'LAMP-3 is out of stock' });
    expect(out.shipments[3]).toEqual({ status: 'SHIPPED', trackingId: 'TRK-4' });
    expect(out.notification).toEqual({ status: 'Shipping update sent' });
  });

  it('approval: the callback result arrives in the output and the expense is paid', async () => {
    const r = await runTemplate(template('approval'));
    expect(entered(r.events)).toEqual(['RequestApproval', 'IsApproved', 'PayExpense']);
    const sent = JSON.parse((ofType(r.events, 'TaskScheduled')[0]!.taskScheduledEventDetails as { parameters: string }).parameters) as {
      MessageBody: { taskToken: string };
    };
    expect(sent.MessageBody.taskToken).toMatch(/^token-/);
    expect(r.output).toMatchObject({
      expenseId: 'EXP-2026-0142',
      approval: { decision: 'APPROVED', approver: 'grace@example.com' },
      payment: { paymentId: 'pay-3141' },
    });
  });

  it('JSONata: the output carries userId and orderId through Variables', async () => {
    const r = await runTemplate(template('jsonata'));
    expect(r.output).toEqual({ userId: '123', orderId: '456', status: 'Notification sent successfully' });
    const payload = JSON.parse((ofType(r.events, 'TaskScheduled')[2]!.taskScheduledEventDetails as { parameters: string }).parameters) as {
      Payload: JsonValue;
    };
    expect(payload.Payload).toEqual({ userId: '123', orderId: '456', message: 'Your order 456 is on its way' });
  });

  it('choice: no total takes the Default branch; the "Large order" preset goes through RequestApproval', async () => {
    const t = template('choice');
    expect(entered((await runTemplate(t)).events)).toEqual(['CheckTotal', 'ProcessOrder', 'Done']);
    const large = await runTemplate(t, t.simulation!.presets!['Large order']);
    expect(large.status).toBe('SUCCEEDED');
    expect(entered(large.events)).toEqual(['CheckTotal', 'RequestApproval', 'ProcessOrder', 'Done']);
  });
});
